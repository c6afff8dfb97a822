import type { TaxonomySkill } from './data-format.ts';
import { namesARole, namesARoleBefore, weigh, type AliasInfo } from './evidence.ts';
import { normalizeKey, wordTable } from './normalize.ts';
import { scan } from './scan.ts';
import { findHeadings, preferenceScope, requirementOf, Sentences, yearPhrases, yearsFor, type YearPhrase } from './sections.ts';
import { buildTrie } from './trie.ts';
import type { Requirement, Section, Skill, SkillEngine, SkillMatch } from './types.ts';

/** Other spellings of the same key that postings use: "spring-boot" / "spring boot" / "springboot", "vue.js" / "vuejs". */
function variants(key: string): string[] {
  const out = new Set([key]);
  if (key.includes('-')) {
    out.add(key.replace(/-/g, ' '));
    if (!/\d-|-\d/.test(key)) out.add(key.replace(/-/g, ''));
  }
  if (/\w\.js$/.test(key)) {
    out.add(key.slice(0, -3) + 'js');
    out.add(key.slice(0, -3) + ' js');
  }
  return [...out];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** a version after a name, but not a count of years ("Python 3+ years") or other units */
const VERSION =
  /[ \t]+v?\.?\d{1,4}(?:\.\d+)*(?:\.x)?\+?(?![\p{L}\p{N}_+#%]|\.[\p{L}\p{N}]|[ \t]*(?:[-–][ \t]*\d+[ \t]*|to[ \t]+\d+[ \t]*)?\+?[ \t]*(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|lakhs?|lpa|k\b|%|wpm|WPM|words|members?|people|employees|countries))/uy;
/**
 * "Spring framework", "SQL database", "Kafka architecture", "REST principles": a name and the head noun it
 * qualifies are one mention, as SkillSpan's annotators mark them (train split: 23 such spans, 4 without the noun).
 */
const HEAD_NOUN = /[ \t]+(?:frameworks?|architecture|principles|protocols|patterns|sdk|tools|databases?)\b/iy;
/** how a human language is qualified in tags and plans: "spoken english", "business english" */
const LANGUAGE_QUALIFIER = /^(?:spoken|written|verbal|fluent|business|conversational|basic)\s+(?:and\s+(?:spoken|written|verbal)\s+)?/;
const OPEN_BRACKET = /^[ \t]*\([ \t]*$/;
const CLOSE_BRACKET = /[ \t]*\)/y;

/** Compiles a taxonomy into an engine. Pure: the same skills give the same engine. */
export function createSkillEngine(list: readonly TaxonomySkill[]): SkillEngine {
  const skills: Skill[] = list.map(({ id, label, aliases, category, implies }) => ({ id, label, aliases, category, implies }));
  const byId = new Map(skills.map((s, i) => [s.id, i]));
  const keys: string[] = [];
  const aliases: AliasInfo[] = [];
  const keyIndex = new Map<string, number>();
  list.forEach((s, skill) => {
    const weak = new Set((s.weak ?? []).map(normalizeKey));
    const context = s.context?.length ? new RegExp(`\\b(?:${s.context.map(escapeRegExp).join('|')})\\b`, 'i') : undefined;
    for (const spelling of [s.label, ...s.aliases]) {
      const key = normalizeKey(spelling);
      for (const v of variants(key)) {
        const prior = keyIndex.get(v);
        // A spelling written in the data beats a generated variant of another skill's spelling.
        if (prior !== undefined && (aliases[prior]!.skill !== skill || v !== key)) continue;
        if (prior !== undefined) {
          if (weak.has(key)) aliases[prior] = { skill, weak: true, spelling, context };
          continue;
        }
        keyIndex.set(v, keys.length);
        keys.push(v);
        aliases.push(weak.has(key) && context ? { skill, weak: true, spelling, context } : { skill, weak: weak.has(key), spelling });
      }
    }
  });
  const trie = buildTrie(keys, wordTable());
  const sortedKeys = [...keyIndex.keys()].sort();

  function extract(text: string): SkillMatch[] {
    const cands = scan(text, trie);
    if (cands.length === 0) return [];
    const accepted = weigh(text, cands, aliases);
    const headings = findHeadings(text);
    const out: SkillMatch[] = [];
    let h = 0;
    let section: Section = 'other';
    // Matches come in text order, so headings and sentences are walked once, not searched per match.
    let sentFrom = -1;
    let sentTo = -1;
    let sentence = '';
    let years: YearPhrase[] = [];
    let requirement: Requirement = 'mentioned';
    // a preference that reaches only the end of its sentence: what comes before `scope` is asked as `before`
    let scope = 0;
    let before: Requirement = 'mentioned';
    let sentenceSection: Section | undefined;
    const sentences = new Sentences(text);
    for (let i = 0; i < cands.length; i++) {
      if (!accepted[i]) continue;
      const c = cands[i]!;
      if (namesARole(text, c.end) || namesARoleBefore(text, c.start)) continue;
      while (h < headings.length && headings[h]!.at <= c.start) section = headings[h++]!.section;
      if (c.start >= sentTo || c.start < sentFrom) {
        sentences.around(c.start, c.end);
        sentFrom = sentences.from;
        sentTo = sentences.to;
        sentence = text.slice(sentFrom, sentTo);
        sentenceSection = undefined;
        years = yearPhrases(sentence);
      }
      if (sentenceSection !== section) {
        requirement = requirementOf(sentence, section);
        sentenceSection = section;
        scope = requirement === 'preferred' ? preferenceScope(sentence) : 0;
        if (scope > 0) before = requirementOf(sentence.slice(0, scope), section);
      }
      const skill = aliases[c.alias]!.skill;
      const s = skills[skill]!;
      let end = c.end;
      // "Amazon Web Services (AWS)", "Continuous Integration (CI)": a name and its spelling in brackets are one
      // mention, quoted whole.
      const next = cands[i + 1];
      if (next !== undefined && accepted[i + 1] && aliases[next.alias]!.skill === skill && OPEN_BRACKET.test(text.slice(c.end, next.start))) {
        CLOSE_BRACKET.lastIndex = next.end;
        // Only a closed pair: "Advanced Excel (VLOOKUP, pivot tables)" lists examples, each its own mention.
        if (CLOSE_BRACKET.test(text)) {
          end = CLOSE_BRACKET.lastIndex;
          i++;
        }
      }
      // "Java 8", "Angular 2+", "Python 3.x", "Java EE v.7": the version asked for is part of the name.
      VERSION.lastIndex = end;
      if (VERSION.test(text) && (i + 1 >= cands.length || cands[i + 1]!.start >= VERSION.lastIndex)) end = VERSION.lastIndex;
      HEAD_NOUN.lastIndex = end;
      // ...but "JavaScript frameworks", "Python tools" are other things written in or for the language.
      if (s.category !== 'language' && HEAD_NOUN.test(text) && (i + 1 >= cands.length || !accepted[i + 1] || cands[i + 1]!.start >= HEAD_NOUN.lastIndex)) end = HEAD_NOUN.lastIndex;
      out.push({
        id: s.id,
        label: s.label,
        start: c.start,
        end,
        text: text.slice(c.start, end),
        section,
        requirement: c.start - sentFrom < scope ? before : requirement,
        years: years.length ? yearsFor(years, c.start - sentFrom, end - sentFrom) : null,
      });
    }
    return out;
  }

  function resolve(name: string): Skill | undefined {
    const key = normalizeKey(name);
    let hit = keyIndex.get(key) ?? keyIndex.get(key.replace(/[\s.-]+/g, ''));
    // "Spoken English", "Written German": postings quote the language alone, as annotators do, so the taxonomy
    // has no such spellings; a name typed or tagged that way is still the language.
    if (hit === undefined && LANGUAGE_QUALIFIER.test(key)) {
      const rest = keyIndex.get(key.replace(LANGUAGE_QUALIFIER, ''));
      if (rest !== undefined && skills[aliases[rest]!.skill]!.category === 'soft') hit = rest;
    }
    return hit === undefined ? undefined : skills[aliases[hit]!.skill];
  }

  /** curated and O*NET Hot Technology skills first, then by O*NET use: "typ" → TypeScript before Typing */
  const known = list.map((s) => s.known ?? 0);
  const labelKeys = skills.map((s) => normalizeKey(s.label));

  function suggest(prefix: string, limit = 10): Skill[] {
    const p = normalizeKey(prefix);
    if (!p) return [];
    let lo = 0;
    let hi = sortedKeys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sortedKeys[mid]! < p) lo = mid + 1;
      else hi = mid;
    }
    const found = new Map<number, number>();
    for (let i = lo; i < sortedKeys.length && sortedKeys[i]!.startsWith(p); i++) {
      const key = sortedKeys[i]!;
      const skill = aliases[keyIndex.get(key)!]!.skill;
      // The exact name first ("go" → Go, "js" → JavaScript); then well-known skills (curated or O*NET Hot
      // Technology) before the long tail ("ms" → Microsoft Excel before MSC Software Adams); within each, labels
      // that start with what was typed, then a word of the label, then another spelling; then the better known.
      const label = labelKeys[skill]!;
      const k = known[skill]!;
      const shows = label.startsWith(p) ? 0 : label.includes(' ' + p) ? 1 : 2;
      const rank = (key === p ? 0 : 1e6) + (k >= 1 ? 0 : 1e5) + shows * 1e4 + (4 - k) * 1e3 + Math.min(label.length, 99);
      found.set(skill, Math.min(found.get(skill) ?? Infinity, rank));
    }
    return [...found]
      .sort((a, b) => a[1] - b[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([i]) => skills[i]!);
  }

  function implied(id: string): string[] {
    const seen = new Set<string>([id]);
    const stack = [...(skills[byId.get(id) ?? -1]?.implies ?? [])];
    const out: string[] = [];
    while (stack.length) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      out.push(next);
      stack.push(...(skills[byId.get(next) ?? -1]?.implies ?? []));
    }
    return out;
  }

  return {
    extract,
    skill: (id) => {
      const i = byId.get(id);
      return i === undefined ? undefined : skills[i];
    },
    resolve,
    suggest,
    implied,
    size: skills.length,
  };
}
