import { squash } from '../normalize';
import { httpUrl } from './dom';
import { inferFromDescription } from './draft';
import { draftFromJobPosting, jsonLdIdentifier, readJobPostings } from './jsonld';
import type { PostingDraft, ReadContext, SiteAdapter } from './types';

/**
 * Any other site (company career pages: Greenhouse, Lever, Workday, ...): schema.org JobPosting
 * JSON-LD only. Markup differs per site, so there are no cards and no selectors.
 */
export const other: SiteAdapter = {
  site: 'other',
  handles: (url) => url.protocol === 'https:' || url.protocol === 'http:',
  layout: (doc) => (readJobPostings(doc).length > 0 ? 'other/json-ld' : null),
  pageKind: (doc) => (readJobPostings(doc).length > 0 ? 'detail' : 'none'),
  cards: () => [],
  readCard: () => null,
  detailId(doc, url) {
    return jsonLdDrafts(doc, { url, now: new Date(0) })[0]?.nativeId ?? null;
  },
  readDetail(doc, ctx) {
    return jsonLdDrafts(doc, ctx)[0] ?? null;
  },
  anchors: {
    card: () => null,
    detail: (doc) => doc.querySelector('h1')?.parentElement ?? doc.body,
    description: () => null,
  },
};

/**
 * Every JobPosting on the page as a draft. The native id is where the posting lives (its JSON-LD
 * `url`, else the page) as host + path; a page listing several adds each one's identifier (or
 * title) after `#` so they stay apart.
 */
export function jsonLdDrafts(doc: Document, ctx: ReadContext): PostingDraft[] {
  try {
    const nodes = readJobPostings(doc);
    const drafts = nodes.map((node) => {
      const d = draftFromJobPosting(node, '');
      inferFromDescription(d);
      const home = httpUrl(d.url) ?? ctx.url;
      d.url = home.href;
      d.nativeId = `${home.host}${home.pathname.replace(/\/+$/, '')}`.replace(/\s+/g, '') || 'page';
      const key = jsonLdIdentifier(node) ?? slug(d.title ?? '');
      return { d, key };
    });
    // the same posting given twice (same identifier or title) keeps the plain id: only different
    // postings sharing one address are told apart by their key
    const keys = new Map<string, Set<string>>();
    drafts.forEach(({ d, key }, i) => keys.set(d.nativeId, (keys.get(d.nativeId) ?? new Set()).add(key || String(i + 1))));
    const seen = new Set<string>();
    const out: PostingDraft[] = [];
    drafts.forEach(({ d, key }, i) => {
      if ((keys.get(d.nativeId)?.size ?? 0) > 1) d.nativeId = `${d.nativeId}#${key || i + 1}`;
      if (seen.has(d.nativeId)) return;
      seen.add(d.nativeId);
      out.push(d);
    });
    return out;
  } catch {
    return [];
  }
}

function slug(title: string): string {
  return squash(title).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
