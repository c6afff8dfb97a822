// Spellings that are also ordinary words ("Go", "Excel", "Spark", "cloud") count only with evidence: the exact
// casing plus a skill or a tech cue nearby, or, for lower case, sitting in a list between other skills.
import type { Candidate } from './scan.ts';

export interface AliasInfo {
  skill: number;
  weak: boolean;
  /** the spelling as written in the taxonomy, for the casing test */
  spelling: string;
  /** words of the skill's field; when set, a weak spelling counts only with one of them nearby */
  context?: RegExp;
}

/** how far around a name its field's words are looked for: about two sentences */
const CONTEXT_WINDOW = 200;

const WINDOW = 60;
/** between two list items: separators and "and"/"or" only */
const LIST_GAP = /^(\s*(,|\/|\||;|&|\+|\(|\)|and|or|and\/or|as well as|\s)\s*)+$/i;
const ITEM_END = /^\s*([,;|/)]|$|\n|\.(\s|$))/;
const ITEM_START = /(^|\n|[,;|/(:•*-])\s*$/;
const SEP_OR_SKILL_GAP = /^[^.!?\n]*$/;
const CUE_BEFORE =
  /\b(speak|speaking|spoken|experience|experienced|proficien\w*|knowledge|skills?|expertise|familiar\w*|fluent|fluency|background|coding|programming|develop\w*|written|built|using|languages?|frameworks?|tools?|stack|like|such as|e\.g\.?|including)\s*(in|with|of|using|on|:|-)?\s*$/i;
const CUE_AFTER =
  /^\s*(programming|language|lang|developers?|engineers?|engineering|framework|libraries|library|code|scripts?|scripting|sdk|skills?|experience|knowledge|proficiency|development|expertise|certification|speaking|writing|reading)\b/i;

/**
 * Words that point at a capitalised name as a thing used or known, but also precede everyday words in lower case:
 * "the tracker in Excel", "must know Excel", "command over Excel", "Good communication in Hindi".
 */
const CASED_CUE_BEFORE = /\b(in|know|knows|knowing|over|command (?:over|of)|use|uses)\s*$/i;
/** "Scala is a nice to have", "Go is a must", "R is a plus": a capitalised name asked for by name */
const CASED_CUE_AFTER = /^\s*(?:is|are)\s+(?:an?\s+)?(?:must|plus|nice[- ]to[- ]have|good[- ]to[- ]have|bonus|required|preferred|mandatory|added advantage|advantage)\b/i;

function exactCase(text: string, spelling: string): boolean {
  return text === spelling || (text.length > 1 && text === spelling.toUpperCase());
}

function gap(text: string, a: Candidate, b: Candidate): string {
  return text.slice(a.end, b.start);
}

/** only blanks between candidates `a` and `b` */
function blankBetween(text: string, a: Candidate, b: Candidate): boolean {
  for (let k = a.end; k < b.start; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0) return false;
  }
  return true;
}

/** A lower-case or re-cased weak word right before another skill modifies it: "knowledge of Basic statistics". */
function modifies(text: string, cands: Candidate[], i: number): boolean {
  return i + 1 < cands.length && cands[i + 1]!.start - cands[i]!.end <= 1 && blankBetween(text, cands[i]!, cands[i + 1]!);
}

/** Lower case is an ordinary word unless it is a whole list item between skills: "python, go, java". */
function listItem(text: string, cands: Candidate[], accepted: boolean[], i: number): boolean {
  const c = cands[i]!;
  const left = i > 0 && accepted[i - 1] ? cands[i - 1]! : undefined;
  const right = i + 1 < cands.length && accepted[i + 1] ? cands[i + 1]! : undefined;
  if (left === undefined && right === undefined) return false;
  const leftOk = left !== undefined && LIST_GAP.test(gap(text, left, c));
  const rightOk = right !== undefined && LIST_GAP.test(gap(text, c, right));
  // A bare space to one neighbour is a phrase, not a list ("Basic statistics", "agile testing"): one side needs a
  // real separator, and a comma-less list needs skills on both sides ("python go java") or a run of three ("ios
  // android mobile").
  if (leftOk && rightOk) return true;
  if (leftOk && ITEM_END.test(text.slice(c.end, c.end + 40)))
    return !blankBetween(text, left!, c) || (i > 1 && accepted[i - 2]! && blankBetween(text, cands[i - 2]!, left!));
  if (rightOk && ITEM_START.test(text.slice(Math.max(0, c.start - 40), c.start)))
    return !blankBetween(text, c, right!) || (i + 2 < cands.length && accepted[i + 2]! && blankBetween(text, right!, cands[i + 2]!));
  return false;
}

/** "C-suite", "R-squared": a one- or two-letter name joined to a word by a hyphen is part of that word. */
function inCompound(text: string, c: Candidate): boolean {
  if (c.end - c.start > 2) return false;
  return (text.charCodeAt(c.end) === 45 && letterAt(text, c.end + 1)) || (text.charCodeAt(c.start - 1) === 45 && letterAt(text, c.start - 2));
}

const LETTER = /\p{L}/u;
function letterAt(text: string, k: number): boolean {
  return k >= 0 && k < text.length && LETTER.test(text[k]!);
}

/**
 * "BASIC" the language, read as "Basic" or "basic", is nearly always the adjective ("Basic knowledge of WordPress",
 * "basic video editing"): a name written in capitals counts in another casing only as a bare item of a list.
 */
function recasedAcronym(spelling: string, written: string): boolean {
  return spelling.length >= 3 && /^[A-Z]+$/.test(spelling) && written !== spelling;
}

/** spellings of strong names that are also verbs taking "to": "React to customer feedback" */
const VERB_TO = new Set(['react']);
const TO_AFTER = /^[ \t]+to[ \t]+\p{L}/u;
/** where a verb starts a clause: a line, sentence or bullet start, or after "and"/"or"/a modal */
const VERB_PLACE = /(?:^|[\n.!?;:\u2022*-]|\b(?:and|or|to|must|should|will|can|quickly|promptly|swiftly))[ \t]*$/i;

/**
 * The verb, not the library: "and React to customer feedback". Not "Angular and React to build dashboards",
 * where "and" joins two skills, nor "experience in React to build apps".
 */
function verbUse(text: string, cands: Candidate[], accepted: boolean[], i: number): boolean {
  const c = cands[i]!;
  if (!TO_AFTER.test(text.slice(c.end, c.end + 8))) return false;
  const before = text.slice(Math.max(0, c.start - 30), c.start);
  if (!VERB_PLACE.test(before)) return false;
  const prev = i > 0 && accepted[i - 1] ? cands[i - 1]! : undefined;
  return prev === undefined || !LIST_GAP.test(text.slice(prev.end, c.start));
}

const OFFERED_BEFORE = /\b(?:get|gets|getting|receive|receives|offer|offers|structured|dedicated|1:1|one[- ]on[- ]one)\s+$/i;
const OFFERED_AFTER = /^\s+(?:from|by|under|programs?|programmes?|sessions?)\b/i;

/**
 * "Mentorship from senior engineers", "you will get mentorship": mentorship the job gives, a perk, not the
 * skill of mentoring others that a posting asks for ("experience mentoring juniors").
 */
function mentorshipOffered(text: string, c: Candidate): boolean {
  if (text.slice(c.start, c.end).toLowerCase() !== 'mentorship') return false;
  return OFFERED_AFTER.test(text.slice(c.end, c.end + 16)) || OFFERED_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start));
}

/** Keeps strong candidates and the weak ones with evidence; `accepted[i]` is set for kept candidates. */
export function weigh(text: string, cands: Candidate[], aliases: AliasInfo[]): boolean[] {
  const accepted: boolean[] = new Array<boolean>(cands.length);
  const weak: number[] = [];
  for (let i = 0; i < cands.length; i++) {
    accepted[i] = !aliases[cands[i]!.alias]!.weak;
    if (!accepted[i]) weak.push(i);
  }
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (accepted[i] && c.end - c.start === 5 && VERB_TO.has(text.slice(c.start, c.end).toLowerCase()) && verbUse(text, cands, accepted, i)) accepted[i] = false;
    if (accepted[i] && c.end - c.start === 10 && mentorshipOffered(text, c)) accepted[i] = false;
  }
  if (weak.length === 0) return accepted;
  // Casing is evidence only for names that have capitals ("Go" vs "go"); an all-lower-case weak spelling
  // ("cloud", "backend") must sit in a list of skills.
  const cased: boolean[] = new Array<boolean>(cands.length).fill(false);
  // Cue words settle it for names with capitals; lower-case words also need a list or a cue ("skills in").
  const cued: boolean[] = new Array<boolean>(cands.length).fill(false);
  const settled: boolean[] = new Array<boolean>(cands.length).fill(false);
  const recased: number[] = [];
  for (const i of weak) {
    const c = cands[i]!;
    const { spelling, context } = aliases[c.alias]!;
    const written = text.slice(c.start, c.end);
    cased[i] = spelling !== spelling.toLowerCase() && exactCase(written, spelling);
    if (inCompound(text, c)) {
      settled[i] = true;
      continue;
    }
    if (recasedAcronym(spelling, written)) {
      // only an item of a list, in lower case, and not the adjective of the next skill ("basic video editing")
      settled[i] = true;
      accepted[i] = false;
      recased.push(i);
      continue;
    }
    if (context) {
      // "an Epic journey with Python": a name this common needs its own field nearby, not just any skill.
      accepted[i] = cased[i]! && context.test(text.slice(Math.max(0, c.start - CONTEXT_WINDOW), c.end + CONTEXT_WINDOW));
      settled[i] = true;
      continue;
    }
    const before = text.slice(Math.max(0, c.start - 40), c.start);
    const after = text.slice(c.end, c.end + 30);
    const dashed = before.endsWith('-') || after.startsWith('-');
    if (!dashed && (CUE_BEFORE.test(before) || CUE_AFTER.test(after))) {
      cued[i] = true;
      if (cased[i]) accepted[i] = true;
    } else if (!dashed && cased[i] && (CASED_CUE_BEFORE.test(before) || CASED_CUE_AFTER.test(after))) accepted[i] = true;
  }
  // Neighbours spread acceptance along lists, so iterate to a fixed point (bounded by the number of weak ones).
  for (let changed = true; changed; ) {
    changed = false;
    for (const i of weak) {
      if (accepted[i] || settled[i]) continue;
      const c = cands[i]!;
      let ok: boolean;
      if (cased[i]) {
        const left = i > 0 && accepted[i - 1] ? cands[i - 1]! : undefined;
        const right = i + 1 < cands.length && accepted[i + 1] ? cands[i + 1]! : undefined;
        ok =
          (left !== undefined && c.start - left.end <= WINDOW && SEP_OR_SKILL_GAP.test(gap(text, left, c))) ||
          (right !== undefined && right.start - c.end <= WINDOW && SEP_OR_SKILL_GAP.test(gap(text, c, right)));
      } else ok = listItem(text, cands, accepted, i) || (cued[i]! && !modifies(text, cands, i));
      if (ok) accepted[i] = changed = true;
    }
  }
  for (const i of recased) {
    const written = text.slice(cands[i]!.start, cands[i]!.end);
    // In a comma list, a word run into the next skill qualifies it; a tag line without commas runs them all.
    const adjective = i > 0 && modifies(text, cands, i) && /[,;|/]/.test(text.slice(cands[i - 1]!.end, cands[i]!.start));
    if (written === written.toLowerCase() && !adjective && listItem(text, cands, accepted, i)) accepted[i] = true;
  }
  return accepted;
}

/**
 * "Java Developer", "DevOps engineers", "our backend team": a skill naming a role or a team is the job's title or
 * the company's org chart, not something asked of the reader; the posting names the skill again where it asks.
 */
const ROLE_AFTER =
  /[ \t]*(developers?|engineers?|architects?|administrators?|admins?|managers?|consultants?|specialists?|leads?|analysts?|programmers?|teams?|department|practice|guild|chapter|squad|warriors?|interns?|internship|positions?|roles?|jobs?(?![ \t]*(?:description|type|details|summary|posting|requirements)\b)|openings?|vacanc(y|ies)|hiring|recruiters?|professionals?|operators?|executives?|assistants?|officers?|coordinators?|trainees?|freshers?)\b/iy;

/** a capitalised word of a title between the skill and the role: "Java Backend Engineer", "AWS Cloud Architect" */
const TITLE_WORD = /[ \t]+[A-Z][\w.+#/-]*/y;

/** "As an SRE you will", "Role: QA/Test", "Manager DevOps": the skill is a role the posting names. */
const ROLE_BEFORE = /(?:\b(?:as an?|role|position|title|manager|head of|director of)[ \t]*:?[ \t]*)$/i;

export function namesARoleBefore(text: string, start: number): boolean {
  // Each of those words ends in a, n, e, r or f: most skills are preceded by something else.
  let k = start - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 58)) k--;
  const last = k >= 0 ? text.charCodeAt(k) | 32 : 0;
  if (last !== 97 && last !== 110 && last !== 101 && last !== 114 && last !== 102) return false;
  return ROLE_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

export function namesARole(text: string, end: number): boolean {
  let at = end;
  for (let words = 0; ; words++) {
    ROLE_AFTER.lastIndex = at;
    if (ROLE_AFTER.test(text)) return true;
    if (words === 2) return false;
    TITLE_WORD.lastIndex = at;
    if (!TITLE_WORD.test(text)) return false;
    at = TITLE_WORD.lastIndex;
  }
}
