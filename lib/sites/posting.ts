import { POSTING_FIELDS, postingId, type Posting, type PostingField, type Site, type Strategy } from '../model';
import { clip, isoFromAttr } from '../normalize';
import { httpUrl, uniq } from './dom';
import type { PostingDraft, ReadContext } from './types';

const RANK: Record<Strategy, number> = { 'json-ld': 0, 'embedded-json': 1, selectors: 2, fallback: 3, url: 4 };

function has(draft: PostingDraft, field: PostingField): boolean {
  const value = draft[field];
  if (value === undefined || value === null || value === '') return false;
  return !Array.isArray(value) || value.length > 0;
}

/**
 * One draft from several reads of the same posting (JSON-LD, embedded JSON, detail view, card).
 * Each field comes from the most structured source that has it; between equals, the earlier draft
 * wins, so pass the detail before the card.
 */
export function mergeDrafts(head: PostingDraft, ...rest: PostingDraft[]): PostingDraft {
  const drafts = [head, ...rest];
  const merged: PostingDraft = { nativeId: head.nativeId, found: {} };
  merged.url = drafts.find((d) => d.url)?.url;
  for (const field of POSTING_FIELDS) {
    let best: PostingDraft | undefined;
    let bestRank = Infinity;
    for (const draft of drafts) {
      if (!has(draft, field)) continue;
      const rank = RANK[draft.found[field] ?? 'fallback'];
      if (rank < bestRank) {
        best = draft;
        bestRank = rank;
      }
    }
    if (best) {
      (merged as unknown as Record<string, unknown>)[field] = best[field];
      merged.found[field] = best.found[field] ?? 'fallback';
    }
  }
  return merged;
}

/**
 * The `Posting` the model stores, from what one page read. Fields the draft lacks become null or
 * empty and are listed in `extraction.missing`; text is cut to the schema's bounds. A posting
 * without a title or company is marked degraded: every layout shows both, so their absence means
 * the page was not read as it should have been.
 */
export function toPosting(site: Site, draft: PostingDraft, ctx: ReadContext, layout: string | null): Posting {
  const found: Partial<Record<PostingField, Strategy>> = {};
  for (const field of POSTING_FIELDS) if (has(draft, field)) found[field] = draft.found[field] ?? 'fallback';
  const title = clip(draft.title ?? '', 500);
  const company = clip(draft.company ?? '', 500);
  return {
    id: postingId(site, draft.nativeId),
    site,
    nativeId: draft.nativeId,
    url: httpUrl(draft.url)?.href ?? ctx.url.href,
    title,
    company,
    locations: uniq(draft.locations ?? []).slice(0, 500).map((s) => clip(s, 500)),
    workplace: draft.workplace ?? null,
    employmentType: draft.employmentType ?? null,
    experience: draft.experience ?? null,
    pay: draft.pay ?? null,
    postedText: draft.postedText ? clip(draft.postedText, 500) : null,
    postedAt: isoFromAttr(draft.postedAt),
    applicants: typeof draft.applicants === 'number' && Number.isFinite(draft.applicants) && draft.applicants >= 0 ? draft.applicants : null,
    deadline: isoFromAttr(draft.deadline),
    description: draft.description ? clip(draft.description, 100_000) : null,
    listedSkills: uniq(draft.listedSkills ?? []).slice(0, 500).map((s) => clip(s, 500)),
    extraction: {
      found,
      missing: POSTING_FIELDS.filter((field) => !(field in found)),
      layout,
      degraded: !title || !company,
    },
    seenAt: ctx.now.toISOString(),
  };
}
