// Firefox ESR smoke test: the same source, built for Firefox, loads, reads a job page and shows the
// posting in the popup. Puppeteer drives Firefox (Playwright cannot load extensions there).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/browser/chromium';
import { SAMPLE_PLANS } from '@/lib/plans';
import { loadFixtures, type Fixture } from './fixtures';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const BUILD = join(ROOT, '.output/firefox-mv2');
const GECKO_ID = 'steppingstone@steppingstone.local';
const UUID = '5d1c3a52-6f4e-4c2b-9a51-0f3c5e2b7a11';

let browser: Browser;
beforeAll(async () => {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox ESR not found at ${FIREFOX}: run \`bash scripts/ensure-browsers.sh\``);
  if (!existsSync(join(BUILD, 'manifest.json'))) throw new Error('no Firefox build: run `npx wxt build -b firefox`');
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'network.proxy.type': 0,
    },
  });
  await browser.installExtension(BUILD);
});
afterAll(async () => {
  await browser?.close();
});

/** A new tab on the fixture's real URL, served the saved page; nothing else on the network answers. */
async function open(fixture: Fixture): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    if (req.isNavigationRequest() && req.url().startsWith(fixture.url.split('?')[0]!)) {
      void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(fixture.html, 'utf8') });
    } else void req.respond({ status: 204, body: '' });
  });
  await page.goto(fixture.url);
  return page;
}

describe('Firefox ESR', () => {
  it('reads a Naukri posting and lists it in the popup', async () => {
    const fixture = loadFixtures(['naukri']).find((f) => f.expected.page === 'detail' && f.expected.postings.length > 0)!;
    const expected = fixture.expected.postings[0]!;
    const page = await open(fixture);
    const popup = await browser.newPage();
    const deadline = Date.now() + 15_000;
    let listed: string[] = [];
    // The content script stores the posting asynchronously: reload the popup until it lists it.
    while (Date.now() < deadline && !listed.includes(expected.id!)) {
      void popup.goto(`moz-extension://${UUID}/popup.html`).catch(() => {});
      await popup.waitForSelector('[data-ss-popup="ready"]', { timeout: 5000 }).catch(() => {});
      listed = await popup.$$eval('[data-ss-recent]', (rows) => rows.map((r) => r.getAttribute('data-ss-recent') ?? '')).catch(() => []);
      if (!listed.includes(expected.id!)) await new Promise((r) => setTimeout(r, 500));
    }
    expect(listed).toContain(expected.id);
  });

  it('shows the fit panel with a score once a plan is saved', async () => {
    const popup = await browser.newPage();
    void popup.goto(`moz-extension://${UUID}/popup.html`).catch(() => {});
    await popup.waitForSelector('[data-ss-popup="ready"]', { timeout: 10_000 });
    const saved = await popup.evaluate(async (plan) => {
      const api = (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).browser;
      return api.runtime.sendMessage({ type: 'plan/save', plan });
    }, SAMPLE_PLANS[0]!.plan as unknown as Record<string, unknown>);
    expect(saved.ok).toBe(true);
    const fixture = loadFixtures(['naukri']).find((f) => f.name === 'jd-hashed-hybrid')!;
    const page = await open(fixture);
    const fit = await page.waitForFunction(() => {
      const host = document.querySelector('[data-ss-host="panel"]');
      const value = host?.getAttribute('data-ss-fit');
      return value && /^\d+$/.test(value) ? value : false;
    }, { timeout: 15_000, polling: 200 });
    expect(Number(await fit.jsonValue())).toBeGreaterThanOrEqual(0);
    // styled inside its shadow root (the adopted sheet, or the <style> fallback)
    const styled = await page.evaluate(() => {
      const root = document.querySelector('[data-ss-host="panel"]')!.shadowRoot!;
      const panel = root.querySelector('.panel')!;
      return getComputedStyle(panel).borderRadius;
    });
    expect(styled).toBe('8px');
    await page.screenshot({ path: 'test-artifacts/firefox-naukri-panel.png' });
  });

  it('puts a styled badge with a score on every card of a search page', async () => {
    const fixture = loadFixtures(['naukri']).find((f) => f.name === 'srp-2025')!;
    const cards = fixture.expected.cardCount!;
    const page = await open(fixture);
    await page.waitForFunction((n) => [...document.querySelectorAll('[data-ss-host="badge"]')]
      .filter((h) => /^\d+$/.test(h.getAttribute('data-ss-fit') ?? '')).length === n, { timeout: 15_000, polling: 200 }, cards);
    // the badge's own sheet reached its shadow root (in Firefox a content script's constructed sheet may not)
    const radius = await page.evaluate(() => getComputedStyle(document.querySelector('[data-ss-host="badge"]')!.shadowRoot!.querySelector('.badge')!).borderRadius);
    expect(radius).toBe('999px');
    await page.screenshot({ path: 'test-artifacts/firefox-naukri-badges.png' });
  });
});
