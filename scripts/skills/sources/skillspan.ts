import { readFileSync } from 'node:fs';

export interface Sentence {
  tokens: string[];
  /** BIO tags of the Knowledge layer */
  knowledge: string[];
  skill: string[];
}

/** CoNLL: TOKEN \t SKILL-BIO \t KNOWLEDGE-BIO, blank line between sentences. */
export function readConll(path: string): Sentence[] {
  const out: Sentence[] = [];
  let cur: Sentence = { tokens: [], knowledge: [], skill: [] };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], knowledge: [], skill: [] };
      continue;
    }
    const [tok, skill, know] = line.split('\t');
    cur.tokens.push(tok ?? '');
    cur.skill.push(skill ?? 'O');
    cur.knowledge.push(know ?? 'O');
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}

/** [start, end) token ranges of BIO spans. */
export function spansOf(tags: string[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < tags.length; i++) {
    if (!tags[i]!.startsWith('B')) continue;
    let j = i + 1;
    while (j < tags.length && tags[j]!.startsWith('I')) j++;
    out.push([i, j]);
    i = j - 1;
  }
  return out;
}

/**
 * A sentence as the engine reads it: tokens joined by single spaces, with where each token starts.
 * `offset` is where the sentence begins in a longer text (a posting of several sentences).
 */
export function spaced(tokens: string[], offset = 0): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = '';
  for (const t of tokens) {
    if (starts.length) text += ' ';
    starts.push(offset + text.length);
    text += t;
  }
  return { text, starts };
}

/** The [a, b) tokens a character span [start, end) overlaps, as `a:b`; null when it overlaps none. */
export function tokenRange(starts: number[], tokens: string[], start: number, end: number): string | null {
  let a = -1;
  let b = -1;
  starts.forEach((st, k) => {
    if (st + tokens[k]!.length > start && st < end) {
      if (a < 0) a = k;
      b = k + 1;
    }
  });
  return a < 0 ? null : `${a}:${b}`;
}
