// In Chromium, on LinkedIn search pages with 25 and 1,000 filled cards and a detail pane:
// - read: the content script's own reading of the page, summed over its slices (`steppingstone:read` measures);
// - added main-thread time from cards present to all badges shown: the renderer's main-thread task time
//   (CPU time) with the extension minus the same page without it, in the same run (scoring runs in the
//   worker, excluded), and how much of it is rendering (style, layout, paint);
// - long tasks over 50 ms with and without the extension;
// - the same for the next 25 cards arriving in a tab where the content script already runs.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import type { Page } from 'playwright-core';
import { SAMPLE_PLANS } from '../../lib/plans';
import { loadFixtures } from '../../tests/e2e/fixtures';
import { savePlan } from '../../tests/e2e/helpers';
import { launchWithExtension, type ExtensionBrowser } from '../browser/chromium';

type Report = (name: string, value: number, unit: string) => void;
const RUNS = 5;

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

/** the renderer's own work on the document, as DevTools' Performance panel names it */
const RENDERING = ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit'];

interface TraceEvent { name: string; ph: string; dur?: number; tdur?: number; pid: number; tid: number; args?: { name?: string } }

/**
 * Main-thread tasks of the page's renderer, from a Chromium trace (content scripts included), in thread
 * (CPU) time: on a shared machine wall time also counts the waits for a core, which are not the page's.
 */
async function tracedTasks(page: Page, run: () => Promise<void>): Promise<{ tasks: number[]; rendering: number }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', '__metadata'] }, transferMode: 'ReportEvents' });
  await run();
  await cdp.send('Tracing.end');
  await done;
  const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const on = (name: string) => events.filter((e) => e.name === name && e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`)).map((e) => (e.tdur ?? e.dur ?? 0) / 1000);
  return { tasks: on('RunTask'), rendering: RENDERING.flatMap(on).reduce((a, b) => a + b, 0) };
}

async function measure(browser: ExtensionBrowser, html: string, url: string, cards: number, withExtension: boolean) {
  await browser.route(`${url.split('?')[0]}*`, () => html);
  const page: Page = await browser.context.newPage();
  const { tasks, rendering } = await tracedTasks(page, async () => {
    await page.goto(url);
    // Both runs wait the same way, so the harness's own script and polling cancel out of the difference.
    const done = withExtension ? '[data-ss-host="badge"]:not([data-ss-fit="pending"])' : '[data-occludable-job-id]';
    await page.waitForFunction(([sel, n]) => document.querySelectorAll(sel as string).length >= (n as number), [done, cards], { timeout: 60_000, polling: 100 });
    await page.waitForTimeout(300);
  });
  const read = await page.evaluate(() => performance.getEntriesByName('steppingstone:read').map((e) => e.duration));
  await page.close();
  return { task: tasks.reduce((a, b) => a + b, 0), rendering, read: read.reduce((a, b) => a + b, 0), long: tasks.filter((t) => t > 50) };
}

/**
 * The next page of results arriving in an open tab (what LinkedIn's pagination does without a reload):
 * the content script is already running, so this is the steady cost of 25 new cards, apart from the
 * script's start-up that `measure` includes.
 */
async function measureNextPage(browser: ExtensionBrowser, html: string, url: string, cards: number, withExtension: boolean) {
  await browser.route(`${url.split('?')[0]}*`, () => html);
  const page: Page = await browser.context.newPage();
  await page.goto(url);
  const wait = async (badge: string, card: string) => {
    await page.waitForFunction(([sel, n]) => document.querySelectorAll(sel as string).length >= (n as number), [withExtension ? badge : card, cards], { timeout: 60_000, polling: 100 });
    await page.waitForTimeout(300);
  };
  await wait('[data-ss-host="badge"]:not([data-ss-fit="pending"])', '[data-occludable-job-id]');
  const before = await page.evaluate(() => performance.getEntriesByName('steppingstone:read').length);
  const { tasks, rendering } = await tracedTasks(page, async () => {
    await page.evaluate(() => {
      const list = document.querySelector('li[data-occludable-job-id]')!.parentElement!;
      const next = list.cloneNode(true) as Element;
      for (const ours of next.querySelectorAll('[data-ss-host]')) ours.remove();
      list.innerHTML = next.innerHTML.replaceAll('41000000', '42000000');
    });
    await wait('[data-ss-host="badge"][data-ss-posting^="linkedin:42"]:not([data-ss-fit="pending"])', '[data-occludable-job-id^="42"]');
  });
  const read = await page.evaluate((from) => performance.getEntriesByName('steppingstone:read').slice(from).map((e) => e.duration), before);
  await page.close();
  return { task: tasks.reduce((a, b) => a + b, 0), rendering, read: read.reduce((a, b) => a + b, 0), long: tasks.filter((t) => t > 50) };
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
      // of which style, layout and paint (the rest is script: the content script's startup, reading, badges)
      report(`pages.ui.${n}-cards.added-rendering`, Math.max(0, median(a.map((r) => r.rendering)) - median(b.map((r) => r.rendering))), 'ms');
      report(`pages.ui.${n}-cards.longest-task.with-extension`, median(a.map((r) => Math.max(0, ...r.long))), 'ms');
      report(`pages.ui.${n}-cards.longest-task.without`, median(b.map((r) => Math.max(0, ...r.long))), 'ms');
      report(`pages.ui.${n}-cards.long-tasks.with-extension`, median(a.map((r) => r.long.length)), 'count');
      report(`pages.ui.${n}-cards.long-tasks.without`, median(b.map((r) => r.long.length)), 'count');
    }
    const { html, url } = pageWith(25);
    const a: Awaited<ReturnType<typeof measureNextPage>>[] = [];
    const b: Awaited<ReturnType<typeof measureNextPage>>[] = [];
    for (let i = 0; i < RUNS; i++) {
      a.push(await measureNextPage(withExt, html, url, 25, true));
      b.push(await measureNextPage(without, html, url, 25, false));
    }
    report('pages.read.25-cards.next-page', median(a.map((r) => r.read)), 'ms');
    report('pages.ui.25-cards.next-page.added-main-thread', Math.max(0, median(a.map((r) => r.task)) - median(b.map((r) => r.task))), 'ms');
    report('pages.ui.25-cards.next-page.added-rendering', Math.max(0, median(a.map((r) => r.rendering)) - median(b.map((r) => r.rendering))), 'ms');
    report('pages.ui.25-cards.next-page.longest-task.with-extension', median(a.map((r) => Math.max(0, ...r.long))), 'ms');
  } finally {
    await withExt.close();
    await without.close();
  }
}
