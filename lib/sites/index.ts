import type { Site } from '../model';
import { internshala } from './internshala/adapter';
import { linkedin } from './linkedin/adapter';
import { naukri } from './naukri/adapter';
import { jsonLdDrafts, other } from './other';
import { mergeDrafts, toPosting } from './posting';
import type { PageExtraction, PostingDraft, ReadContext, SiteAdapter } from './types';

export { mergeDrafts, toPosting } from './posting';
export { jsonLdDrafts } from './other';
export type { CardRef, PageExtraction, PageKind, PostingDraft, ReadContext, SiteAdapter } from './types';
export { SELECTOR_TABLES } from './selector-tables';

const SITE_ADAPTERS = [linkedin, naukri, internshala] as const;

/** The adapter for a page: one of the three sites, else the JSON-LD reader for any http(s) page; null otherwise. */
export function adapterFor(url: URL): SiteAdapter | null {
  return SITE_ADAPTERS.find((a) => a.handles(url)) ?? (other.handles(url) ? other : null);
}

/** Why a recognised page holds no posting yet (content still arriving), as opposed to being unreadable. */
function pendingReason(adapter: SiteAdapter, doc: Document, url: URL): string | null {
  const pending = (adapter as { pending?: (doc: Document, url: URL) => string | null }).pending;
  return pending ? pending(doc, url) : null;
}

/**
 * Reads every posting a page shows: cards of the list and the detail view, merged per id (JSON-LD,
 * then embedded JSON, then selectors, then fallbacks). Never throws. `degraded` with `problems` when
 * the page is recognised but could not be read; a page whose content has not arrived yet (Naukri's
 * server shell, a LinkedIn pane still showing the previous job) gives no posting, `degraded: false`
 * and the reason in `problems`.
 */
export function extractPage(doc: Document, url: URL, now: Date): PageExtraction {
  const adapter = adapterFor(url);
  if (!adapter) return { page: 'none', cardCount: null, postings: [], degraded: false, layout: null, problems: ['not a web page'] };
  try {
    return read(adapter, doc, url, now);
  } catch (error) {
    return { page: 'none', cardCount: null, postings: [], degraded: true, layout: null, problems: [`reading failed: ${String(error)}`] };
  }
}

function read(adapter: SiteAdapter, doc: Document, url: URL, now: Date): PageExtraction {
  const ctx: ReadContext = { url, now };
  const site: Site = adapter.site;
  const page = adapter.pageKind(doc, url);
  const layout = adapter.layout?.(doc, url) ?? null;
  const problems: string[] = [];
  const byId = new Map<string, PostingDraft[]>();
  const add = (d: PostingDraft, priority: 'first' | 'last') => {
    const list = byId.get(d.nativeId) ?? [];
    if (priority === 'first') list.unshift(d);
    else list.push(d);
    byId.set(d.nativeId, list);
  };

  if (site === 'other') {
    for (const d of jsonLdDrafts(doc, ctx)) add(d, 'last');
    const postings = [...byId.values()].map((ds) => toPosting(site, mergeDrafts(ds[0]!, ...ds.slice(1)), ctx, layout));
    return { page, cardCount: null, postings, degraded: false, layout, problems };
  }

  let cardCount: number | null = null;
  let degraded = false;
  if (page === 'search' || page === 'search+detail') {
    const cards = adapter.cards(doc, url);
    cardCount = cards.length;
    let read = 0;
    for (const card of cards) {
      const d = adapter.readCard(card, ctx);
      if (d) {
        read++;
        add(d, 'last');
      }
    }
    if (cards.length === 0) {
      problems.push('no job cards found in the list');
      degraded = true;
    } else if (read === 0) {
      problems.push('cards found but none could be read');
      degraded = true;
    }
  }
  if (page === 'detail' || page === 'search+detail') {
    const pending = pendingReason(adapter, doc, url);
    const d = pending ? null : adapter.readDetail(doc, ctx);
    if (pending) problems.push(pending);
    if (d) add(d, 'first');
    // the list's card may supply what the pane lacks (2026 panes show no title hook)
    const shown = d ? byId.get(d.nativeId) ?? [] : [];
    if (!pending && !shown.some((x) => x.title)) {
      problems.push('the detail posting could not be read');
      degraded = true;
    }
  }
  if (page === 'none' && layout !== null) {
    problems.push('page recognised but no list or posting found');
    degraded = true;
  }
  const postings = [...byId.values()].map((ds) => toPosting(site, mergeDrafts(ds[0]!, ...ds.slice(1)), ctx, layout));
  return { page, cardCount, postings, degraded, layout, problems };
}
