import { POSTING_FIELDS, type Extraction, type Posting } from '../model';

/** A posting the user pasted into the popup's check box: scored, never stored. */
export function pastedPosting(title: string, company: string, description: string, now: Date): Posting {
  let hash = 2166136261;
  for (const ch of `${title}\n${company}\n${description}`) hash = Math.imul(hash ^ ch.codePointAt(0)!, 16777619) >>> 0;
  const nativeId = `pasted-${hash.toString(36)}`;
  const found: Extraction['found'] = { title: 'fallback', description: 'fallback', ...(company ? { company: 'fallback' as const } : {}) };
  return {
    id: `other:${nativeId}`, site: 'other', nativeId, url: 'https://steppingstone.invalid/pasted', title, company,
    locations: [], workplace: null, employmentType: null, experience: null, pay: null, postedText: null, postedAt: null,
    applicants: null, deadline: null, description, listedSkills: [],
    extraction: { found, missing: POSTING_FIELDS.filter((f) => !(f in found)), layout: 'pasted', degraded: false },
    seenAt: now.toISOString(),
  };
}
