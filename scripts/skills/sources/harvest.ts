import { looseKey as normalizeKey } from '../../../lib/skills/normalize.ts';
import type { SkillCategory } from '../../../lib/skills/types.ts';
import { readConll, spansOf, type Sentence } from './skillspan.ts';

const PUNCT = /^[^\p{L}\p{N}]+$/u;

/** Undo SkillSpan's tokenisation where it split a name: ". net" → ".net". */
export function joinTokens(tokens: string[]): string {
  return tokens.join(' ').replace(/(^|\s)\. (net)\b/gi, '$1.$2');
}

/** Lower-case words seen outside Knowledge spans, not sentence-initial: ordinary prose words. */
export function ordinaryWords(...paths: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const path of paths)
    for (const s of readConll(path))
      s.tokens.forEach((t, i) => {
        if (i === 0 || s.knowledge[i] !== 'O' || t !== t.toLowerCase() || !/\p{L}/u.test(t)) return;
        counts.set(t, (counts.get(t) ?? 0) + 1);
      });
  return new Set([...counts].filter(([, n]) => n >= 2).map(([w]) => w));
}

/** How often each wanted key occurs as a run of up to `maxTokens` tokens anywhere in the sentences, annotated or not. */
export function occurrences(sentences: Sentence[], wanted: { has(key: string): boolean }, maxTokens: number): Map<string, number> {
  const seen = new Map<string, number>();
  for (const s of sentences) {
    const keys = s.tokens.map((t) => normalizeKey(t));
    for (let i = 0; i < keys.length; i++)
      for (let n = 1; n <= maxTokens && i + n <= keys.length; n++) {
        const key = normalizeKey(joinTokens(keys.slice(i, i + n)));
        if (wanted.has(key)) seen.set(key, (seen.get(key) ?? 0) + 1);
      }
  }
  return seen;
}

export interface Harvested {
  label: string;
  category: SkillCategory;
  /** set when the span is a known skill plus a version or a generic word ("Java 8", "AWS environment") */
  aliasOf?: string;
}

const MAX_TOKENS = 4;
const NAME_LIKE = /^(?=\S*[A-Z0-9])[\p{L}\p{N}.+#/-]{2,}$/u;

function balanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0 && !/\(\s|\s\)/.test(text);
}
const GENERIC_TAIL = /^(\d+(\.\d+)*x?|framework|environment|platform|stack|development|programming|language|languages|technologies|services|ecosystem|applications?)$/i;

function cleanSpan(tokens: string[]): string[] {
  let a = 0;
  let b = tokens.length;
  while (a < b && PUNCT.test(tokens[a]!) && tokens[a] !== '.') a++;
  while (b > a && PUNCT.test(tokens[b - 1]!)) b--;
  return tokens.slice(a, b);
}

/**
 * Knowledge spans of the train split that annotators mark at least half the times the words occur, so adding
 * them raises precision as well as recall. Spans of a known skill plus a version or a generic tail become aliases.
 */
export function harvestSkillSpan(path: string, claims: Map<string, string>): Harvested[] {
  const sentences: Sentence[] = readConll(path);
  const annotated = new Map<string, { n: number; casings: Map<string, number> }>();
  for (const s of sentences)
    for (const [a, b] of spansOf(s.knowledge)) {
      const toks = cleanSpan(s.tokens.slice(a, b));
      if (!toks.length || toks.length > MAX_TOKENS) continue;
      const text = joinTokens(toks).replace(/[\u200b-\u200d\ufeff]/g, '');
      const key = normalizeKey(text);
      if (key.length < 2 || claims.has(key)) continue;
      // Tokenisation debris is not a name: "Docker)", "Spring ( Boot", "AWS:", "<LOCATION> ...", "JavaScript-based".
      if (!balanced(text) || /[:;/-]$|^[^\p{L}\p{N}.]|-based$|<|^v?\d+(\.\d+)*\+?$/iu.test(text)) continue;
      // "C#/.NET", "React/Redux", "Java and Spring": several known skills, which the matcher finds one by one.
      const parts = key.split(/\s*(?:\/|,|&|\band\b|\bor\b)\s*/).filter(Boolean);
      if (parts.length > 1 && parts.some((p) => claims.has(p))) continue;
      // Lists without commas ("AWS Azure"): every word a known skill.
      const words = key.split(' ');
      if (words.length > 1 && words.every((w) => claims.has(w))) continue;
      const e = annotated.get(key) ?? { n: 0, casings: new Map() };
      e.n++;
      e.casings.set(text, (e.casings.get(text) ?? 0) + 1);
      annotated.set(key, e);
    }
  const seen = occurrences(sentences, annotated, MAX_TOKENS);
  const out: Harvested[] = [];
  for (const [key, e] of [...annotated].sort()) {
    if (e.n / Math.max(e.n, seen.get(key) ?? 0) < 0.5) continue;
    const label = [...e.casings].sort((x, y) => y[1] - x[1])[0]![0];
    // One annotation is thin evidence: keep it only for what reads as a product's name ("Kibana", "IPv6",
    // "CMake"), not for phrases ("client requests", "initial analysis") or sentence seams ("English We").
    if (e.n < 2 && !NAME_LIKE.test(label)) continue;
    const words = key.split(' ');
    const head = words.slice(0, -1).join(' ');
    const tail = words.slice(1).join(' ');
    const aliasOf =
      (GENERIC_TAIL.test(words.at(-1)!) && claims.get(head)) || (/^(core|modern|advanced)$/.test(words[0]!) && claims.get(tail)) || undefined;
    out.push({ label, category: 'domain', aliasOf });
  }
  return out;
}
