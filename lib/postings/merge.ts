import { POSTING_FIELDS, type Posting, type Strategy } from '../model';

// Lower is more trustworthy: structured data beats selectors beats guesses.
const RANK: Record<Strategy, number> = { 'json-ld': 0, 'embedded-json': 1, selectors: 2, url: 3, fallback: 4 };

/**
 * A posting is often read twice: first from its card (title, company, pay), later from its detail view
 * (everything). A field the newer read found wins unless the older value came from a more structured
 * source; fields the newer read did not find keep what the older read had, so a sparse card read never
 * erases a full detail read.
 */
export function mergePosting(older: Posting | undefined, newer: Posting): Posting {
  if (!older || older.id !== newer.id) return newer;
  const merged: Posting = { ...older, url: newer.url || older.url, seenAt: newer.seenAt };
  const found = { ...older.extraction.found };
  const out = merged as Record<string, unknown>;
  for (const field of POSTING_FIELDS) {
    const strategy = newer.extraction.found[field];
    const previous = found[field];
    if (strategy && (!previous || RANK[strategy] <= RANK[previous])) {
      out[field] = newer[field];
      found[field] = strategy;
    }
  }
  merged.extraction = {
    found,
    missing: POSTING_FIELDS.filter((f) => !found[f]),
    layout: newer.extraction.layout ?? older.extraction.layout,
    degraded: newer.extraction.degraded && older.extraction.degraded,
  };
  return merged;
}
