import { POSTING_FIELDS, type Extraction, type Posting } from '../model';
import { parseDeadline, parseEmploymentType, parseExperience, parsePay, parseWorkplace, squash } from '../normalize';

/**
 * Labelled lines a pasted posting carries, as the job boards print them ("Stipend: ₹ 8,000 /month",
 * "Location: New Delhi", "Apply by 30 Nov' 26", "Experience: 1-3 years", "Job type: Full-time").
 * A label must open its line: the same words inside a sentence are the description's business.
 */
const LABELS: readonly [keyof Fields, RegExp][] = [
  ['pay', /^(?:stipend|salary|ctc|pay|compensation|package)(?:\s*\([^)]{0,20}\))?\s*[:\-–]\s*(.+)$/i],
  ['locations', /^(?:locations?|job locations?|work locations?|city|place of work)\s*[:\-–]\s*(.+)$/i],
  ['deadline', /^(?:apply by|last date(?: to apply)?|application deadline|deadline|closing date)\s*[:\-–]?\s*(.+)$/i],
  ['experience', /^(?:experience(?: required)?|exp)\s*[:\-–]\s*(.+)$/i],
  ['employmentType', /^(?:job type|employment type|type of job|type)\s*[:\-–]\s*(.+)$/i],
  ['workplace', /^(?:work ?mode|work ?place(?: type)?|mode of work|workplace type)\s*[:\-–]\s*(.+)$/i],
];

type Fields = Pick<Posting, 'pay' | 'locations' | 'deadline' | 'experience' | 'employmentType' | 'workplace'>;

/** What the labelled lines of a pasted text say, each field from its first line that reads. */
export function labelledFields(description: string, now: Date): Partial<Fields> {
  const out: Partial<Fields> = {};
  for (const raw of description.split('\n').slice(0, 400)) {
    const line = squash(raw.replace(/^[\s*•\-–]+/, ''));
    if (!line || line.length > 160) continue;
    for (const [field, label] of LABELS) {
      if (field in out) continue;
      const value = label.exec(line)?.[1]?.trim();
      if (!value) continue;
      const read = readField(field, value, now);
      if (read !== null) Object.assign(out, { [field]: read });
    }
  }
  return out;
}

function readField(field: keyof Fields, value: string, now: Date): Fields[keyof Fields] | null {
  switch (field) {
    case 'pay':
      return parsePay(value);
    case 'locations': {
      // "New Delhi, Noida", "Bengaluru / Pune"; a work mode in the same line is not a place
      const places = value.split(/\s*(?:,|\/|\||;|\band\b)\s*/i).map((p) => squash(p)).filter((p) => p && p.length <= 60 && !parseWorkplace(p));
      return places.length ? places.slice(0, 10) : null;
    }
    case 'deadline':
      return parseDeadline(value, now);
    case 'experience':
      return parseExperience(value);
    case 'employmentType':
      return parseEmploymentType(value);
    case 'workplace':
      return parseWorkplace(value);
  }
}

/** A posting the user pasted into the popup's check box: scored, never stored. */
export function pastedPosting(title: string, company: string, description: string, now: Date): Posting {
  let hash = 2166136261;
  for (const ch of `${title}\n${company}\n${description}`) hash = Math.imul(hash ^ ch.codePointAt(0)!, 16777619) >>> 0;
  const nativeId = `pasted-${hash.toString(36)}`;
  const fields = labelledFields(description, now);
  const found: Extraction['found'] = { title: 'fallback', description: 'fallback', ...(company ? { company: 'fallback' as const } : {}) };
  for (const key of Object.keys(fields) as (keyof Fields)[]) found[key] = 'fallback';
  return {
    id: `other:${nativeId}`, site: 'other', nativeId, url: 'https://steppingstone.invalid/pasted', title, company,
    locations: [], workplace: null, employmentType: null, experience: null, pay: null, postedText: null, postedAt: null,
    applicants: null, deadline: null, description, listedSkills: [],
    ...fields,
    extraction: { found, missing: POSTING_FIELDS.filter((f) => !(f in found)), layout: 'pasted', degraded: false },
    seenAt: now.toISOString(),
  };
}
