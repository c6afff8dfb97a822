// Where a match sits in a posting (headings) and how it is asked for (cue phrases in its sentence).
import type { Requirement, Section } from './types.ts';

const HEADINGS: [Section, RegExp][] = [
  // Naukri's "Desired Candidate Profile" is what it asks for, not a wish list: it must win over "desired".
  ['requirements', /\b((desired|required) candidate profile)\b/i],
  ['nice-to-have', /\b(nice[- ]to[- ]haves?|preferred|bonus|good[- ]to[- ]haves?|desirable|desired|pluses|plus points?|optional|extra credit|would be (great|nice)|it'?s a plus)\b/i],
  ['benefits', /\b(benefits|perks|what we offer|we offer|compensation|why (join|work)|salary|package|what'?s in it for you|our offer)\b/i],
  // "About the role" / "About the job" introduce the job itself, which the responsibilities pattern reads.
  ['about-company', /\b(about (?!(the |this )?(role|job|position|opportunity|internship)\b)(us|the company|our company|the team|[A-Z<]\S*)|who we are|company (description|overview|profile)|our (story|mission|company)|the company)\b/i],
  ['requirements', /\b(requirements?|qualifications?|what you('ll)? (need|bring)|must[- ]haves?|who you are|what we('re| are) looking for|what we need|(required|technical|key|core) skills|skills( and experience)?|skill\(s\) required|skills? required|candidate profile|you have|your profile|about you|ideal candidate|experience|competenc\w+|eligibility|who (should|can) apply|technologies|tech stack)\b/i],
  ['responsibilities', /\b(roles? (and|&) responsibilit\w+|responsibilit\w+|what you('ll| will)? do|what you('ll| will) be doing|your role|job role|the role|duties|day[- ]to[- ]day|job description|job summary|role description|your mission|tasks|accountabilities|the job|you will)\b/i],
];

/** One pass that rejects most lines before the per-section patterns run. */
const ANY_HEADING = new RegExp(HEADINGS.map(([, re]) => re.source).join('|'), 'i');

const NOT_REQUIRED =
  /\bno\s+(prior\s+|previous\s+|formal\s+)?[^.!?\n]{0,40}?\b(experience|knowledge|background)\b[^.!?\n]{0,25}\b(needed|required|necessary|expected)\b|\b(not|never) (a )?(required|requirement|necessary|needed|mandatory)\b|\bno need (for|to know)\b/i;
// What a posting promises to teach is not asked of the reader ("You will learn Spark in our bootcamp",
// "Graduate trainee programme for data engineering"), unless the same sentence or section asks for it.
// Not "programme" alone (a large project: "leading a programme in Agile delivery") nor "program" alone
// (the verb: "ability to program in Java").
const TEACHES =
  /\b(you('ll| will)|we('ll| will)) (get to )?(learn|be trained|train you|teach you)\b|\btraining ((on|in|for) [^.!?\n]{1,60}? )?(will be |shall be |is |would be )?(provided|given)\b/i;
const PROGRAMME = /\b((graduate|trainee|training|apprenticeship|internship|rotational) (programme|program)|bootcamp) (for|in|on|covering)\b/i;
const PREFERRED =
  /\b(nice[- ]to[- ]have|good[- ]to[- ]have|preferred|preferably|bonus|a plus|is a plus|plus points?|desirable|desired|ideally|advantage(ous)?|would be (great|nice|helpful)|optional|not essential|extra credit)\b/i;
const REQUIRED = /\b(must|required|requires|requirement|mandatory|essential|need to have|needs? to have|minimum|at least|proven|strong)\b/i;

export interface Heading {
  /** offset where the section starts */
  at: number;
  section: Section;
}

/** what `\s` matches */
function isWs(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** "- Experience with Flutter", "* Swift", "• Docker", "1. Kotlin", "2) SQL": an item of the list it sits in. */
const BULLET = /^(?:[-*\u2022\u2013\u00b7\u25aa\u25e6\u25cf]|\d{1,2}[.)])\s/;
/** markdown and list decoration around a heading: "## Requirements", "**What we need**" */
const DECORATION_BEFORE = /^[#*_\s]+/;
const DECORATION_AFTER = /[*_\s]+$/;
/** "Key Skills: Java, SQL", "Skill(s) required: Canva": a label of at most five words before its content */
const INLINE_LABEL = /^([^:\n]{2,40}?)\s*:(?=\s*\S)/;

/**
 * Lines that read like headings ("Requirements:", "What you'll do", "NICE TO HAVE"), and lines that open with
 * one ("Key Skills: Java, Spring Boot, SQL"), whose content belongs to it however long the line is.
 */
export function findHeadings(text: string): Heading[] {
  const out: Heading[] = [];
  let start = 0;
  let current: Section = 'other';
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // Cheap tests on the raw line first: most lines of a posting are too long, too wordy or end a sentence.
    let a = start;
    let b = end;
    while (a < b && isWs(text.charCodeAt(a))) a++;
    while (b > a && isWs(text.charCodeAt(b - 1))) b--;
    const line = text.slice(a, Math.min(b, a + 72));
    if (b - a <= 1) {
      // blank
    } else if (BULLET.test(line)) {
      // A list item is one more entry of the list above it ("- Experience with React Native"); one that opens
      // with a label ("- Good to have: CATIA, Creo") sets its own line only, and the list goes on after it.
      // A bulleted line that is only a label ("• Nice to have:") is a heading all the same.
      const item = line.replace(BULLET, '');
      const heading = item.endsWith(':') && line.length === b - a ? headingOf(text, b - item.length, b, item) : undefined;
      const section = heading ?? inlineLabel(item);
      if (heading) {
        out.push({ at: start, section: heading });
        current = heading;
      } else if (section && section !== current) {
        out.push({ at: start, section });
        if (end < text.length) out.push({ at: end + 1, section: current });
      }
    } else {
      const section = headingOf(text, a, b, line);
      if (section) {
        out.push({ at: start, section });
        current = section;
      }
    }
    start = end + 1;
  }
  return out;
}

function headingOf(text: string, a: number, b: number, line: string): Section | undefined {
  const last = text.charCodeAt(b - 1);
  // . ! ? , ; end a sentence, not a heading; ":" ends a heading.
  if (b - a <= 70 && last !== 46 && last !== 33 && last !== 63 && last !== 44 && last !== 59 && wordsIn(text, a, b) <= 9) {
    const hit = sectionOf(text.slice(a, b));
    if (hit) return hit;
  }
  return inlineLabel(line);
}

function inlineLabel(line: string): Section | undefined {
  // most lines hold no early colon: skip the regex (the hottest in a profile of the engine) for them
  const colon = line.indexOf(':');
  if (colon < 2 || colon > 48) return undefined;
  const label = INLINE_LABEL.exec(line);
  if (!label || label[1]!.split(/\s+/).length > 5) return undefined;
  return sectionOf(label[1]! + ':', true);
}

/** the section a heading's text names; `inline` for a label before content, which must lead with its cue */
function sectionOf(raw: string, inline = false): Section | undefined {
  // decoration never hides a cue from the quick test, and most lines have none: strip it only for those that do
  if (!ANY_HEADING.test(raw)) return undefined;
  const head = raw.replace(DECORATION_BEFORE, '').replace(DECORATION_AFTER, '');
  const hit = HEADINGS.find(([, re]) => re.test(head));
  if (!hit) return undefined;
  if (inline) {
    // "Key Skills: Java", "Additional skills (good to have): Go", not "Strong SQL skills: a must"
    const before = head.slice(0, hit[1].exec(head)?.index ?? 0);
    return before.split(/\s+/).filter(Boolean).length <= 1 || before.trimEnd().endsWith('(') ? hit[0] : undefined;
  }
  return readsAsHeading(head, hit[0], hit[1]) ? hit[0] : undefined;
}

/** whitespace-separated words in text[a, b), which starts and ends with non-space */
function wordsIn(text: string, a: number, b: number): number {
  let n = 1;
  for (let i = a; i < b; i++) if (isWs(text.charCodeAt(i)) && !isWs(text.charCodeAt(i - 1))) n++;
  return n;
}

/**
 * A short line that merely contains a cue is a requirement, not a heading: "A mechanical engineering background
 * preferred" asks for one thing and must not make the next lines preferred. A heading ends with a colon, is in
 * Title Case or capitals ("Preferred Qualifications", "NICE TO HAVE"), or starts with its cue within two words
 * ("Nice to have", "What you'll do", "Key responsibilities").
 */
function readsAsHeading(head: string, section: Section, cue: RegExp): boolean {
  if (head.endsWith(':')) return true;
  const words = head.split(/\s+/);
  const at = cue.exec(head)?.index ?? 0;
  // "Python preferred", "SQL is a plus": a preference cue after the thing it qualifies is a sentence.
  const before = head.slice(0, at).split(/\s+/).filter(Boolean).length;
  if (before === 0 || (before === 1 && section !== 'nice-to-have')) return true;
  return words.every((w) => !/^\p{Ll}/u.test(w) || w.length <= 3 || /^(and|or|the|to|of|for|you|your|with|our|we|in)$/i.test(w));
}

export function sectionAt(headings: Heading[], offset: number): Section {
  let section: Section = 'other';
  for (const h of headings) {
    if (h.at > offset) break;
    section = h.section;
  }
  return section;
}

/** The sentence (or list line) around an offset. */
export function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0) {
    const c = text.charCodeAt(from - 1);
    // \n, and . ! ? ; • followed by a space
    if (c === 10 || ((c === 46 || c === 33 || c === 63 || c === 59 || c === 0x2022) && (from >= text.length || isWs(text.charCodeAt(from))))) break;
    from--;
  }
  let to = end;
  while (to < text.length) {
    const c = text.charCodeAt(to);
    if (c === 10 || c === 59 || c === 0x2022 || ((c === 46 || c === 33 || c === 63) && (to + 1 >= text.length || isWs(text.charCodeAt(to + 1))))) break;
    to++;
  }
  return { from, to };
}

/** Where a sentence may start after: a line break, or . ! ? ; • before a space (as `sentenceAround` reads back). */
const BACK_BREAK = /\n|[.!?;\u2022](?=\s)/g;
/** Where a sentence ends: a line break, ; or •, or . ! ? before a space or the end (as `sentenceAround` reads on). */
const END_BREAK = /[\n;\u2022]|[.!?](?=\s|$)/g;

/**
 * The sentences around matches given in text order, found by native regex scans that only move forward: the same
 * bounds as `sentenceAround`, at a fraction of the cost of walking characters in script.
 */
export class Sentences {
  private lastBreak = -1;
  private nextBreak = -1;
  from = 0;
  to = 0;
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
    BACK_BREAK.lastIndex = 0;
    this.advance();
  }

  private advance(): void {
    const m = BACK_BREAK.exec(this.text);
    this.nextBreak = m ? m.index : Infinity;
  }

  /** Moves to the sentence holding text[start, end); `start` never decreases between calls. */
  around(start: number, end: number): void {
    while (this.nextBreak < start) {
      this.lastBreak = this.nextBreak;
      BACK_BREAK.lastIndex = this.nextBreak + 1;
      this.advance();
    }
    this.from = this.lastBreak + 1;
    END_BREAK.lastIndex = end;
    const m = END_BREAK.exec(this.text);
    this.to = m ? m.index : this.text.length;
  }
}

/** Word starts every cue begins with: one cheap pass tells most sentences carry no cue at all. */
const CUE_HINT =
  /\b(?:no\s|not\s|never\s|you'll|you will|we'll|we will|training|programme|program|bootcamp|nice|good|prefer|bonus|a plus|is a plus|plus point|desir|ideal|advantag|would be|optional|extra credit|must|requir|mandatory|essential|needs? to|minimum|at least|proven|strong)/i;
const ANY_CUE = new RegExp([NOT_REQUIRED, TEACHES, PROGRAMME, PREFERRED, REQUIRED].map((re) => re.source).join('|'), 'i');

export function requirementOf(sentence: string, section: Section): Requirement {
  if (CUE_HINT.test(sentence) && ANY_CUE.test(sentence)) {
    if (NOT_REQUIRED.test(sentence)) return 'not-required';
    if (TEACHES.test(sentence) && !REQUIRED.test(sentence)) return 'not-required';
    if (PROGRAMME.test(sentence) && section !== 'requirements' && !REQUIRED.test(sentence)) return 'not-required';
    if (PREFERRED.test(sentence)) return 'preferred';
    if (REQUIRED.test(sentence)) return 'required';
  }
  if (section === 'requirements') return 'required';
  if (section === 'nice-to-have') return 'preferred';
  return 'mentioned';
}

/** what opens a clause that asks for something on its own: "knowledge of Tally", "and experience with Docker" */
const CLAUSE_HEAD =
  /^\s*(?:(?:and|or)\s+)?(?:(?:a|an|some|basic|good|strong|working|sound|solid|prior|hands[- ]on|in[- ]depth|deep|excellent|advanced)\s+)*(?:knowledge|experience|exposure|familiarity|understanding|proficiency|expertise|background|ability|certifications?)\b/i;
const AND_HEAD = /\s(?=(?:and|or)\s+(?:(?:a|an|some|basic|good|strong|working|sound|solid|prior|hands[- ]on|in[- ]depth|deep|excellent|advanced)\s+)*(?:knowledge|experience|exposure|familiarity|understanding|proficiency|expertise|background|ability|certifications?)\b)/giy;

/**
 * Where a preference cue's reach starts in its sentence: "Knowledge of MS Office (Word, Excel), typing speed 35
 * wpm, basic English, knowledge of Tally will be an added advantage" prefers Tally, not the whole list. A cue
 * reaches back to the nearest clause that opens with its own ask ("knowledge of", "experience with"), or over the
 * whole sentence when none does ("Experience with Docker, Kubernetes and Terraform is a plus"). 0 is the start.
 */
export function preferenceScope(sentence: string): number {
  const cue = PREFERRED.exec(sentence);
  if (!cue) return 0;
  // Clause starts: after a comma outside brackets, or before "and/or" that opens a new ask.
  const starts = [0];
  let depth = 0;
  for (let i = 0; i < cue.index; i++) {
    const c = sentence.charCodeAt(i);
    if (c === 40 || c === 91) depth++;
    else if ((c === 41 || c === 93) && depth > 0) depth--;
    else if (c === 44 && depth === 0) starts.push(i + 1);
    else if (c === 32 && depth === 0 && ((sentence.charCodeAt(i + 1) | 32) === 97 || (sentence.charCodeAt(i + 1) | 32) === 111)) {
      // only a space before "and" / "or" can open a new ask
      AND_HEAD.lastIndex = i;
      if (AND_HEAD.test(sentence)) starts.push(i + 1);
    }
  }
  for (let k = starts.length - 1; k > 0; k--) if (CLAUSE_HEAD.test(sentence.slice(starts[k]!, cue.index + 1))) return starts[k]!;
  // A cue that opens its clause (", preferably Django") reaches only forward.
  const own = starts.at(-1)!;
  return own > 0 && sentence.slice(own, cue.index).trim() === '' ? own : 0;
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const HAS_YEARS = /y(ea)?rs?\b/i;
const YEARS = /\b(\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten)\s*\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*)?\+?\s*(?:years?|yrs?)\b/gi;

export interface YearPhrase {
  at: number;
  stop: number;
  years: number;
}

/** "3+ years", "2-4 yrs", "three years" in a sentence, found once per sentence. */
export function yearPhrases(sentence: string): YearPhrase[] {
  if (!HAS_YEARS.test(sentence)) return [];
  const out: YearPhrase[] = [];
  for (const m of sentence.matchAll(YEARS)) {
    const raw = m[1]!.toLowerCase();
    out.push({ at: m.index, stop: m.index + m[0].length, years: NUMBER_WORDS[raw] ?? Number.parseFloat(raw) });
  }
  return out;
}

/**
 * Years asked for a skill: "3+ years of Python", "Python (3 years)". The nearest phrase wins; a phrase before
 * the match may be up to 80 chars away ("5+ years of experience with Java and Spring"), after it about 30.
 */
export function yearsFor(phrases: YearPhrase[], matchStart: number, matchEnd: number): number | null {
  let best: number | null = null;
  let bestDist = Infinity;
  for (const p of phrases) {
    const dist = p.stop <= matchStart ? matchStart - p.stop : p.at >= matchEnd ? (p.at - matchEnd) * 2.5 : Infinity;
    if (dist > 80 || dist >= bestDist) continue;
    best = p.years;
    bestDist = dist;
  }
  return best;
}
