import { POSTING_FIELDS, type Posting } from '../model';

/**
 * A posting is often read twice: first from its card (title, company, pay), later from its detail view
 * (everything). Fields the newer read found win; fields it did not find keep what the older read had,
 * so a sparse card read never erases a full detail read.
 */
export function mergePosting(older: Posting | undefined, newer: Posting): Posting {
  if (!older || older.id !== newer.id) return newer;
  const merged: Posting = { ...older, url: newer.url || older.url, seenAt: newer.seenAt };
  const found = { ...older.extraction.found };
  const out = merged as Record<string, unknown>;
  for (const field of POSTING_FIELDS) {
    const strategy = newer.extraction.found[field];
    if (strategy) {
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
