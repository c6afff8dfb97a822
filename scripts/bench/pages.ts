// In Chromium, on LinkedIn search pages with 25 and 1,000 filled cards and a detail pane:
// - read: the content script's own reading of the page, summed over its slices (`steppingstone:read` measures);
// - added main-thread time from cards present to all badges shown: the renderer's TaskDuration with
//   the extension minus the same page without it, in the same run (scoring runs in the worker, excluded);
// - long tasks over 50 ms with and without the extension.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import type { Page } from 'playwright-core';
import { SAMPLE_PLANS } from '../../lib/plans';
import { loadFixtures } from '../../tests/e2e/fixtures';
import { savePlan } from '../../tests/e2e/helpers';
import { launchWithExtension, type ExtensionBrowser } from '../browser/chromium';

type Report = (name: string, value: number, unit: string) => void;
const RUNS = 3;

/** The classic LinkedIn list with `n` filled cards, each a copy of a real one under a new id. */
export function pageWith(n: number): { html: string; url: string } {
  const fixture = loadFixtures(['linkedin']).find((f) => f.name === 'classic-search-2025')!;
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  const doc = window.document;
  doc.write(readFileSync(fixture.html, 'utf8'));
  const items = [...doc.querySelectorAll('li[data-occludable-job-id]')];
  const filled = items.find((li) => li.querySelector('[data-job-id]'))!;
  const template = filled.outerHTML;
  const id = filled.getAttribute('data-occludable-job-id')!;
  const list = filled.parentElement!;
  for (const li of items) li.remove();
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(template.replaceAll(id, String(4100000000 + i)));
  list.innerHTML = parts.join('');
  const html = `<!doctype html>${doc.documentElement.outerHTML}`;
  void window.happyDOM.close();
  return { html, url: fixture.url };
}

interface TraceEvent { name: string; ph: string; dur?: number; pid: number; tid: number; args?: { name?: string } }

/** Main-thread tasks of the page's renderer, from a Chromium trace (content scripts included). */
async function tracedTasks(page: Page, run: () => Promise<void>): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', '__metadata'] }, transferMode: 'ReportEvents' });
  await run();
  await cdp.send('Tracing.end');
  await done;
  const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  return events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`)).map((e) => (e.dur ?? 0) / 1000);
}

async function measure(browser: ExtensionBrowser, html: string, url: string, cards: number, withExtension: boolean) {
  await browser.route(`${url.split('?')[0]}*`, () => html);
  const page: Page = await browser.context.newPage();
  const tasks = await tracedTasks(page, async () => {
    await page.goto(url);
    if (withExtension) {
      await page.waitForFunction((n) => document.querySelectorAll('[data-ss-host="badge"]:not([data-ss-fit="pending"])').length >= n, cards, { timeout: 60_000, polling: 100 });
    } else {
      await page.waitForLoadState('load');
    }
    await page.waitForTimeout(300);
  });
  const read = await page.evaluate(() => performance.getEntriesByName('steppingstone:read').map((e) => e.duration));
  await page.close();
  return { task: tasks.reduce((a, b) => a + b, 0), read: read.reduce((a, b) => a + b, 0), long: tasks.filter((t) => t > 50) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(report: Report): Promise<void> {
  const withExt = await launchWithExtension();
  const without = await launchWithExtension({ withExtension: false });
  try {
    await savePlan(withExt, SAMPLE_PLANS[0]!.plan);
    for (const n of [25, 1000]) {
      const { html, url } = pageWith(n);
      const a: Awaited<ReturnType<typeof measure>>[] = [];
      const b: Awaited<ReturnType<typeof measure>>[] = [];
      for (let i = 0; i < RUNS; i++) {
        a.push(await measure(withExt, html, url, n, true));
        b.push(await measure(without, html, url, n, false));
      }
      const read = median(a.map((r) => r.read));
      const added = Math.max(0, median(a.map((r) => r.task)) - median(b.map((r) => r.task)));
      report(`pages.read.${n}-cards`, read, 'ms');
      report(`pages.read.${n}-cards.per-card`, read / n, 'ms');
      report(`pages.ui.${n}-cards.added-main-thread`, added, 'ms');
      report(`pages.ui.${n}-cards.added-per-card`, added / n, 'ms');
      report(`pages.ui.${n}-cards.longest-task.with-extension`, median(a.map((r) => Math.max(0, ...r.long))), 'ms');
      report(`pages.ui.${n}-cards.longest-task.without`, median(b.map((r) => Math.max(0, ...r.long))), 'ms');
      report(`pages.ui.${n}-cards.long-tasks.with-extension`, median(a.map((r) => r.long.length)), 'count');
      report(`pages.ui.${n}-cards.long-tasks.without`, median(b.map((r) => r.long.length)), 'count');
    }
  } finally {
    await withExt.close();
    await without.close();
  }
}
