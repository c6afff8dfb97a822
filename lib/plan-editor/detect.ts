import type { SkillEngine } from '../skills/types';
import { sameKey, splitItems } from './lists';

// "Paste your resume or your LinkedIn skills list": finds the skills in the text so the person can
// confirm them with checkboxes. Two passes: the engine's extractor over the whole text (finds skills
// inside sentences), and `resolve` on each comma- or line-separated item (finds list entries written
// the way LinkedIn and resumes list them, "MS Excel", "ReactJS"). Items the taxonomy does not know are
// offered, unticked, only when the text reads as a list, where they are likely to be skills.

export interface DetectedSkill {
  /** canonical id, or the person's own words when the taxonomy does not know the skill */
  name: string;
  label: string;
  known: boolean;
  /** how often the text mentions it */
  mentions: number;
  /** "3+ years of Python" in the text → 3 */
  years: number | null;
  /** already in the plan (by id or spelling) */
  inPlan: boolean;
  /** ticked by default: known skills not yet in the plan */
  suggested: boolean;
}

export const MAX_DETECT_CHARS = 60_000;

// LinkedIn's skills page and resumes carry lines that are not skills.
const NOISE =
  /endorse|colleague|connection|show all|see more|skills? assessment|passed|experiences? (?:at|across)|^\d+\s*(?:year|yr|month|mo)s?\b|@|https?:|www\.|^\+?\d[\d\s-]{6,}$/i;

// Section headings of resumes and profiles.
const HEADING =
  /^(?:(?:top|key|core|technical|soft|other|professional)\s+)?(?:skills?|experience|education|projects?|summary|profile|about|certifications?|languages?|interests|hobbies|achievements|awards|contact|objective|tools|technologies|industry knowledge|interpersonal skills)\s*:?$/i;

/** The line of `text` around [start, end). */
// Lines of LinkedIn's skills page that mention skills without being one ("Passed LinkedIn Skill Assessment").
const CHROME_LINE = /endorse|skills? assessment|show all|see more/i;

function lineAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const to = text.indexOf('\n', end);
  return text.slice(from, to < 0 ? text.length : to);
}

function looksLikeListItem(item: string): boolean {
  if (item.length < 2 || item.length > 40) return false;
  if (item.split(' ').length > 4) return false;
  if (/[.!?]$/.test(item) && !/\.(?:js|net)$/i.test(item)) return false;
  if (!/\p{L}/u.test(item)) return false;
  return !NOISE.test(item) && !HEADING.test(item);
}

/** True when most items (page furniture aside) are short: a pasted skills list rather than prose. */
function readsAsList(items: string[]): boolean {
  const content = items.filter((item) => !NOISE.test(item) && !HEADING.test(item));
  if (content.length === 0) return false;
  return content.filter(looksLikeListItem).length / content.length >= 0.6;
}

export function detectSkills(text: string, engine: SkillEngine | null, planSkills: readonly string[]): DetectedSkill[] {
  const input = text.slice(0, MAX_DETECT_CHARS);
  const inPlan = new Set<string>();
  for (const name of planSkills) {
    inPlan.add(sameKey(name));
    const sk = engine?.skill(name) ?? engine?.resolve(name);
    if (sk) inPlan.add(sameKey(sk.id));
  }

  // First position of each skill in the text keeps the list in the order the person wrote it.
  const found = new Map<string, DetectedSkill & { at: number }>();
  const add = (name: string, label: string, known: boolean, at: number, years: number | null) => {
    const key = sameKey(name);
    if (!key) return;
    const prev = found.get(key);
    if (prev) {
      prev.mentions++;
      prev.at = Math.min(prev.at, at);
      if (years !== null) prev.years = Math.max(prev.years ?? 0, years);
      return;
    }
    const already = inPlan.has(key) || inPlan.has(sameKey(label));
    found.set(key, { name, label, known, mentions: 1, years, inPlan: already, suggested: known && !already, at });
  };

  const spans: [number, number][] = [];
  if (engine) {
    for (const m of engine.extract(input)) {
      // "Passed LinkedIn Skill Assessment" names LinkedIn, but not as a skill of the person.
      if (CHROME_LINE.test(lineAround(input, m.start, m.end))) continue;
      add(m.id, m.label, true, m.start, m.years);
      spans.push([m.start, m.end]);
    }
  }

  const items = splitItems(input);
  const list = readsAsList(items);
  let cursor = 0;
  for (const item of items) {
    const foundAt = input.indexOf(item, cursor);
    const at = foundAt < 0 ? cursor : foundAt;
    cursor = at + item.length;
    if (item.length > 60) continue;
    const sk = engine?.resolve(item);
    if (sk) {
      // The extractor usually found it already, and counted its mentions.
      if (!found.has(sameKey(sk.id))) add(sk.id, sk.label, true, at, null);
    } else if (list && looksLikeListItem(item) && !found.has(sameKey(item))) {
      // "Advanced Excel" when the extractor found Excel inside it: the known skill is enough.
      const end = at + item.length;
      if (!spans.some(([s, e]) => s < end && e > at)) add(item, item, false, at, null);
    }
  }

  return [...found.values()]
    .sort((a, b) => a.at - b.at)
    .map(({ at: _at, ...skill }) => skill);
}
