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

/**
 * Reads every posting a page shows: cards of the list and the detail view, merged per id (JSON-LD,
 * then embedded JSON, then selectors, then fallbacks). Never throws. `degraded` with `problems` when
 * the page is recognised but could not be read; a page whose content has not arrived yet (Naukri's
 * server shell, a LinkedIn pane still showing the previous job) gives no posting, `degraded: false`
 * and the reason in `problems`.
 */
export function extractPage(doc: Document, url: URL, now: Date): PageExtraction {
  const adapter = adapterFor(url);
  if (!adapter) return { page: 'none', cardCount: null, postings: [], degraded: false, layout: null, problems: ['not a web page'], pending: [] };
  try {
    return read(adapter, doc, url, now);
  } catch (error) {
    return { page: 'none', cardCount: null, postings: [], degraded: true, layout: null, problems: [`reading failed: ${String(error)}`], pending: [] };
  }
}

function read(adapter: SiteAdapter, doc: Document, url: URL, now: Date): PageExtraction {
  const ctx: ReadContext = { url, now };
  const site: Site = adapter.site;
  const page = adapter.pageKind(doc, url);
  const layout = adapter.layout?.(doc, url) ?? null;
  const problems: string[] = [];
  const pendingReasons: string[] = [];
  if (site === 'other') {
    const postings = jsonLdDrafts(doc, ctx).map((d) => toPosting(site, d, ctx, layout));
    return { page, cardCount: null, postings, degraded: false, layout, problems, pending: pendingReasons };
  }

  /** drafts per posting id, the detail's first so its fields win over the card's */
  const byId = new Map<string, PostingDraft[]>();
  let cardCount: number | null = null;
  let degraded = false;
  if (page === 'search' || page === 'search+detail') {
    const cards = adapter.cards(doc, url);
    cardCount = cards.length;
    let unreadable = 0;
    for (const card of cards) {
      const d = adapter.readCard(card, ctx);
      if (d) byId.set(d.nativeId, [...(byId.get(d.nativeId) ?? []), d]);
      // a virtualised or placeholder card holds only its id: not yet rendered, not broken
      else if ((card.element.textContent ?? '').trim()) unreadable++;
    }
    if (cards.length === 0) {
      problems.push('no job cards found in the list');
      degraded = true;
    } else if (byId.size === 0 && unreadable > 0) {
      problems.push('cards found but none could be read');
      degraded = true;
    } else if (byId.size === 0) {
      problems.push('cards not rendered yet');
      pendingReasons.push('cards not rendered yet');
    }
  }
  if (page === 'detail' || page === 'search+detail') {
    const pending = adapter.pending?.(doc, url) ?? null;
    const d = pending ? null : adapter.readDetail(doc, ctx);
    if (pending) {
      problems.push(pending);
      pendingReasons.push(pending);
    }
    if (d) byId.set(d.nativeId, [d, ...(byId.get(d.nativeId) ?? [])]);
    // the list's card may supply what the pane lacks (2026 panes have no title hook)
    if (!pending && !(d && byId.get(d.nativeId)?.some((x) => x.title))) {
      problems.push('the detail posting could not be read');
      degraded = true;
    }
  }
  if (page === 'none' && layout !== null) {
    problems.push('page recognised but no list or posting found');
    degraded = true;
  }
  const postings = [...byId.values()].map(([head, ...rest]) => toPosting(site, mergeDrafts(head!, ...rest), ctx, layout));
  return { page, cardCount, postings, degraded, layout, problems, pending: pendingReasons };
}
