import type { Evidence, Posting, Seniority } from '../model';
import type { Requirement, SkillCategory, SkillEngine, SkillMatch } from '../skills/types';
import { readTitle, seniorityFromYears, type TitleRead } from './roles';
import { CAUTION_RULES, SIGNAL_RULES, type CautionKind, type SignalKind } from './signals';
import { clip, findFirst, fold, hash53, quoteAround } from './text';

// Everything the scorer reads from a posting alone, independent of any plan. Kept separate (and cached) so
// that re-scoring stored postings after a plan change does not re-run skill extraction.

export interface PostingSkill {
  /** canonical id, or the folded text for a skill the taxonomy does not know */
  id: string;
  label: string;
  required: boolean;
  /** share of the skills score this skill carries before the required/preferred split */
  weight: number;
  evidence: Evidence;
  /** every place the description names it (offsets into `posting.description`), for highlighting */
  mentions?: { start: number; end: number }[];
  years: number | null;
  known: boolean;
  category: SkillCategory | null;
  /** engine.implied(id): what knowing this skill also means knowing */
  implies: readonly string[];
}

export interface Quote {
  kind: string;
  label: string;
  evidence: Evidence;
}

export interface PostingAnalysis {
  title: TitleRead;
  /** title seniority, else from employment type or the experience asked */
  seniority: Seniority | null;
  senioritySource: 'title' | 'employment-type' | 'experience' | null;
  skills: PostingSkill[];
  signals: (Quote & { kind: SignalKind })[];
  cautions: (Quote & { kind: CautionKind })[];
  hasDescription: boolean;
  /** the posting's experience field, else the years the description asks for ("5+ years of experience") */
  experience: { min: number | null; max: number | null; fromText: boolean } | null;
}

// Strongest first: a skill named as required anywhere is required, whatever else the text says about it.
const RANK: Record<Requirement, number> = { required: 3, mentioned: 2, preferred: 1, 'not-required': 0 };

function descriptionQuote(description: string, m: { start: number; end: number }): Evidence {
  const q = quoteAround(description, m.start, m.end);
  return { source: 'posting', text: clip(q.text), start: q.start, end: q.end };
}

function fromDescription(matches: readonly SkillMatch[]): Map<string, SkillMatch & { rank: number }> {
  const best = new Map<string, SkillMatch & { rank: number }>();
  for (const m of matches) {
    // Skills named only under "about us" or "benefits" describe the company, not the job.
    if (m.requirement === 'mentioned' && (m.section === 'about-company' || m.section === 'benefits')) continue;
    const rank = RANK[m.requirement];
    const prev = best.get(m.id);
    if (!prev || rank > prev.rank || (rank === prev.rank && (m.years ?? 0) > (prev.years ?? 0))) {
      best.set(m.id, { ...m, rank, years: Math.max(m.years ?? 0, prev?.years ?? 0) || null });
    }
  }
  return best;
}

// Years of experience asked in the text, for pages whose experience field is empty (most LinkedIn and many
// company pages say it only in the description). "3-5 years of experience", "8+ yrs of relevant experience",
// "Experience: 2 - 4 years", "up to 1 year of experience", "Freshers". A company's own age ("we have 20 years
// of experience") is not an ask.
const YEARS_ASKED = /\b(\d{1,2}(?:\.\d)?)\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*(\d{1,2}(?:\.\d)?)\s*\+?\s*)?(?:years?|yrs?)\b(?:'s)?\s+(?:of\s+)?(?:[\w/&.+#-]+\s+){0,4}?(?:experience|exp\b|work(?:ing)? experience)/gi;
const EXPERIENCE_LABEL = /\bexperience\s*(?:required)?\s*[:\-–]\s*(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\s*(?:years?|yrs?)\b/i;
/** "4-7 Yrs" on its own, as job boards label experience (the abbreviation is theirs; a contract says "years") */
const YRS_RANGE = /\b(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\s*yrs\b/i;
const UP_TO = /(?:up\s*to|max(?:imum)?(?:\s+of)?)\s*$/i;
const COMPANY_AGE = /\b(?:we|we've|our|company|firm|group|since|over the (?:past|last))\b[^.\n]{0,25}$/i;

export function experienceFromText(text: string): { min: number | null; max: number | null } | null {
  const label = EXPERIENCE_LABEL.exec(text) ?? YRS_RANGE.exec(text);
  if (label) return { min: Number(label[1]), max: Number(label[2]) };
  let best: { min: number | null; max: number | null } | null = null;
  YEARS_ASKED.lastIndex = 0;
  for (let m = YEARS_ASKED.exec(text); m !== null; m = YEARS_ASKED.exec(text)) {
    if (COMPANY_AGE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const a = Number(m[1]);
    const b = m[2] !== undefined ? Number(m[2]) : null;
    if (!(a <= 40) || (b !== null && !(b <= 40))) continue;
    const upTo = UP_TO.test(text.slice(Math.max(0, m.index - 16), m.index));
    const found = upTo ? { min: 0, max: a } : { min: a, max: b };
    // The least asked is the bar to clear: "8 years … (preferred: 10+ years)" asks 8.
    if (!best || (found.min ?? 0) < (best.min ?? 0)) best = found;
  }
  return best;
}

function isQualification(id: string): boolean {
  return id.startsWith('degree-');
}

export function analysePosting(posting: Posting, engine: SkillEngine): PostingAnalysis {
  const description = posting.description ?? '';
  const skills = new Map<string, PostingSkill>();
  // A degree ("B.Com / BBA", "Bachelor's degree") is a qualification, not a skill a plan lists: counted as a
  // skill it would be a required gap on nearly every fresher posting.
  const add = (s: PostingSkill): void => {
    if (!skills.has(s.id) && !isQualification(s.id)) skills.set(s.id, s);
  };
  const meta = (id: string) => {
    const sk = engine.skill(id);
    return { category: sk?.category ?? null, implies: engine.implied(id) };
  };

  // Description first (it carries offsets and how strongly each skill is asked for), then the page's own
  // skill list, then the title: a search card may have nothing but a title like "React Developer".
  const found = description ? engine.extract(description) : [];
  const mentions = new Map<string, { start: number; end: number }[]>();
  for (const m of found) {
    const list = mentions.get(m.id) ?? [];
    if (list.length < 20) list.push({ start: m.start, end: m.end });
    mentions.set(m.id, list);
  }
  const described = fromDescription(found);
  for (const m of [...described.values()].sort((a, b) => a.start - b.start)) {
    if (m.requirement === 'not-required') continue;
    add({
      id: m.id,
      label: m.label,
      required: m.requirement !== 'preferred',
      weight: m.requirement === 'mentioned' ? 0.75 : 1,
      evidence: descriptionQuote(description, m),
      mentions: mentions.get(m.id) ?? [],
      years: m.years,
      known: true,
      ...meta(m.id),
    });
  }
  for (const name of posting.listedSkills) {
    const sk = engine.resolve(name);
    const id = sk?.id ?? fold(name);
    if (!id) continue;
    const said = described.get(id);
    // A listed skill counts as required unless the description itself says it is optional.
    if (said?.requirement === 'not-required') continue;
    if (isQualification(id)) continue;
    const existing = skills.get(id);
    if (existing && said?.requirement === 'mentioned') {
      skills.set(id, { ...existing, required: true, weight: 1 });
      continue;
    }
    add({
      id,
      label: sk?.label ?? name.trim(),
      required: true,
      weight: 1,
      evidence: { source: 'posting', text: clip(`Key skill: ${name.trim()}`) },
      years: null,
      known: sk !== undefined,
      ...(sk ? meta(sk.id) : { category: null, implies: [] }),
    });
  }
  // The title only speaks for skills when nothing else does: on a full posting, "Frontend Developer" would
  // add a "Front-End Development" requirement that the described skills already spell out.
  for (const m of skills.size === 0 ? engine.extract(posting.title) : []) {
    add({
      id: m.id,
      label: m.label,
      required: true,
      weight: 1,
      evidence: { source: 'posting', text: clip(`Title: ${posting.title}`) },
      years: null,
      known: true,
      ...meta(m.id),
    });
  }

  const title = readTitle(posting.title);
  let seniority = title.seniority;
  let senioritySource: PostingAnalysis['senioritySource'] = seniority ? 'title' : null;
  if (posting.employmentType === 'internship' && seniority !== 'intern') {
    seniority = 'intern';
    senioritySource = 'employment-type';
  }
  const textYears = posting.experience || !description ? null : experienceFromText(description);
  const experience = posting.experience ? { ...posting.experience, fromText: false } : textYears ? { ...textYears, fromText: true } : null;
  if (!seniority && experience) {
    seniority = seniorityFromYears(experience.min, experience.max);
    senioritySource = seniority ? 'experience' : null;
  }

  const quote = (pattern: RegExp): Evidence | null => {
    if (pattern.test(posting.title)) return { source: 'posting', text: clip(posting.title) };
    const f = description ? findFirst(description, pattern) : null;
    return f ? descriptionQuote(description, f) : null;
  };
  const signals: PostingAnalysis['signals'] = [];
  for (const rule of SIGNAL_RULES) {
    const ev = quote(rule.pattern);
    if (ev) signals.push({ kind: rule.kind, label: rule.label, evidence: ev });
  }
  const cautions: PostingAnalysis['cautions'] = [];
  for (const rule of CAUTION_RULES) {
    const ev = quote(rule.pattern);
    if (ev) cautions.push({ kind: rule.kind, label: rule.label, evidence: ev });
  }

  return {
    title,
    seniority,
    senioritySource,
    skills: [...skills.values()],
    signals,
    cautions,
    hasDescription: description.trim().length > 0,
    experience,
  };
}

// Re-scoring after a plan change reuses extraction. The key includes a hash of every field read above, so a
// posting whose text changed under the same id is analysed again. Bounded: oldest entries go first.
const CACHE_LIMIT = 5000;
const caches = new WeakMap<SkillEngine, Map<string, PostingAnalysis>>();

function cacheKey(p: Posting): string {
  const body = `${p.title}\u0000${p.description ?? ''}\u0000${p.listedSkills.join('\u0001')}\u0000${p.employmentType}\u0000${p.experience?.min}\u0000${p.experience?.max}`;
  return `${p.id}\u0000${body.length}\u0000${hash53(body)}`;
}

export function analysePostingCached(posting: Posting, engine: SkillEngine): PostingAnalysis {
  let cache = caches.get(engine);
  if (!cache) {
    cache = new Map();
    caches.set(engine, cache);
  }
  const key = cacheKey(posting);
  const hit = cache.get(key);
  if (hit) return hit;
  const fresh = analysePosting(posting, engine);
  if (cache.size >= CACHE_LIMIT) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(key, fresh);
  return fresh;
}
