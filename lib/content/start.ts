import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { send } from '../messages/client';
import type { PageReport } from '../messages/protocol';
import type { FitReport, Posting } from '../model';
import { adapterFor, pageLayout, toPosting } from '../sites';
import { PageWatcher, type PageReading } from './page-watcher';

export interface ContentHooks {
  /** fit reports arrived for postings on this page */
  onReports?: (reports: FitReport[]) => void;
  onScan?: (reading: PageReading) => void;
}

/**
 * The content script's whole life: find the site's adapter, watch the page, send what it reads to the
 * worker. Stops cleanly when the extension is reloaded or disabled (`ctx` invalidated).
 */
export function startContentScript(ctx: ContentScriptContext, hooks: ContentHooks = {}): PageWatcher | null {
  const adapter = adapterFor(new URL(location.href));
  if (!adapter) return null;
  let lastReport = '';
  const report = (postings: Posting[], reading: PageReading): PageReport => {
    const layout = pageLayout(document, new URL(location.href));
    const unreadable = reading.kind !== 'none' && postings.length === 0;
    const degraded = postings.some((p) => p.extraction.degraded) || (unreadable && reading.cards.length > 0);
    return {
      url: location.href.slice(0, 2048),
      site: adapter.site,
      kind: reading.kind,
      layout,
      degraded,
      problems: degraded ? [...new Set(postings.flatMap((p) => p.extraction.missing.map((f) => `${f} not found`)))].slice(0, 10) : [],
      cardCount: reading.kind === 'search' || reading.kind === 'search+detail' ? reading.cards.length : null,
    };
  };
  const deliver = async (postings: Posting[], reading: PageReading, attempt = 0): Promise<void> => {
    try {
      const page = report(postings, reading);
      const { reports } = await send({ type: 'postings/seen', postings, page });
      lastReport = JSON.stringify(page);
      if (reports.length) hooks.onReports?.(reports);
    } catch (error) {
      // The worker may be starting up again (MV3 stops it when idle): one retry, then give up quietly.
      if (attempt === 0 && ctx.isValid) ctx.setTimeout(() => void deliver(postings, reading, 1), 500);
      else console.debug('[steppingstone] could not send postings', error);
    }
  };
  const watcher = new PageWatcher({
    adapter,
    doc: document,
    location: () => location.href,
    now: () => new Date(),
    toPosting: (draft, readCtx) => toPosting(adapter.site, draft, readCtx, pageLayout(document, readCtx.url)),
    onPostings: (postings, reading) => {
      // Large lists go in slices: one message stays small and validation on the worker stays quick.
      for (let i = 0; i < postings.length; i += 100) void deliver(postings.slice(i, i + 100), reading);
    },
    onScan: (reading) => {
      hooks.onScan?.(reading);
      // A recognised page that yields nothing new still tells the popup what it is (e.g. degraded).
      const page = report([], reading);
      if (reading.kind !== 'none' && lastReport === '' && page.degraded) void deliver([], reading);
    },
    onError: (where, error) => console.debug(`[steppingstone] ${where}`, error),
    setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => watcher.navigated());
  ctx.onInvalidated(() => watcher.stop());
  watcher.start();
  return watcher;
}
