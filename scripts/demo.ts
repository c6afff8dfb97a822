// The demo: sample pages of LinkedIn, Naukri and Internshala served at their real URLs, a sample
// career plan, and the popup, in Chromium with the built extension. No account, no network.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { SAMPLE_PLANS } from '../lib/plans';
import { launchWithExtension } from './browser/chromium';
import { loadFixtures, type Fixture } from '../tests/e2e/fixtures';

const args = process.argv.slice(2);
const headless = args.includes('--headless');
const shotsAt = args.indexOf('--screenshots');
const shotsDir = shotsAt >= 0 ? resolve(args[shotsAt + 1] ?? 'demo-screenshots') : null;
if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('no display here: run `npm run demo -- --headless --screenshots <dir>` to get screenshots instead');
  process.exit(2);
}
if (shotsDir) mkdirSync(shotsDir, { recursive: true });

/** One sample page of each kind worth showing: a list with a pane, a detail page, a listing. */
function demoPages(): Fixture[] {
  const all = loadFixtures();
  const pick = (site: string, page: string) => all.find((f) => f.site === site && f.expected.page === page && f.expected.postings.length > 0);
  return [
    all.find((f) => f.name === 'classic-search-2025') ?? pick('linkedin', 'search+detail'), pick('naukri', 'detail'), pick('naukri', 'search'),
    pick('internshala', 'search'), pick('internshala', 'detail'),
  ].filter((f): f is Fixture => !!f);
}

/** The student aiming at data analysis: the sample pages are mostly analyst postings. */
function samplePlan(): unknown {
  return (SAMPLE_PLANS.find((p) => p.id === 'student-data') ?? SAMPLE_PLANS[0]!).plan;
}

async function shot(page: Page, name: string) {
  if (!shotsDir) return;
  const path = join(shotsDir, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  console.log(`screenshot: ${path}`);
}

const browser = await launchWithExtension({ headless });
try {
  const setup = await browser.popup();
  await setup.waitForSelector('[data-ss-popup="ready"]');
  const saved = await setup.evaluate(async (plan) => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime;
    return runtime.sendMessage({ type: 'plan/save', plan });
  }, samplePlan());
  if (!saved.ok) throw new Error(`could not load the sample plan: ${JSON.stringify(saved)}`);
  await setup.close();

  for (const fixture of demoPages()) {
    await browser.route(`${fixture.url.split('?')[0]}*`, fixture.html);
    const page = await browser.context.newPage();
    await page.goto(fixture.url);
    // Badges and panels appear once the worker answered; give it a moment, then carry on regardless.
    await page.waitForSelector('[data-ss-fit]:not([data-ss-fit="pending"])', { timeout: 5000 }).catch(() => {});
    await page.waitForTimeout(500);
    await shot(page, `${fixture.site}-${fixture.name}`);
  }
  const popup = await browser.popup();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.waitForSelector('[data-ss-popup="ready"]');
  await shot(popup, 'popup');
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`).catch(() => {});
  await options.waitForTimeout(500);
  await shot(options, 'options');
  if (!headless) {
    console.log('Steppingstone is loaded: browse the sample tabs, open the popup from the toolbar. Close the window to end.');
    await new Promise((r) => browser.context.on('close', r));
  }
} finally {
  if (headless) await browser.close();
}
