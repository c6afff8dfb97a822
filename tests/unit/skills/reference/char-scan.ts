import { foldTable, wordTable } from '../../../../lib/skills/normalize.ts';
import { WORD_HASH_SEED, type Trie } from './char-trie.ts';

export interface Candidate {
  alias: number;
  start: number;
  end: number;
}

const DOT = 46;
const PLUS = 43;
const HASH = 35;
const AT = 64;
const NL = 10;
const SPACE = 32;

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/**
 * Leftmost-longest alias occurrences on word boundaries. Work per position is bounded by the longest alias, so
 * the scan is linear in the text and does not grow with the taxonomy. The trie lookup is inlined: this loop is
 * the whole cost of matching.
 */
export function scan(text: string, trie: Trie): Candidate[] {
  const fold = foldTable();
  const word = wordTable();
  const { root, terminal } = trie;
  const { node: hNode, char: hChar, child: hChild, mask } = trie.table;
  const { firstWords, firstMask } = trie;
  const out: Candidate[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let node: number;
    let wordEnd = i + 1;
    if (word[c]) {
      // Here i is always a word start. Read the word once for its hash: most words start no alias.
      let h = WORD_HASH_SEED;
      while (wordEnd <= n) {
        h = Math.imul(h ^ fold[text.charCodeAt(wordEnd - 1)]!, 16777619);
        if (wordEnd === n || !word[text.charCodeAt(wordEnd)]) break;
        wordEnd++;
      }
      h = h || 1;
      let slot = h & firstMask;
      let known = false;
      for (let f = firstWords[slot]!; f !== 0; f = firstWords[(slot = (slot + 1) & firstMask)]!)
        if (f === h) {
          known = true;
          break;
        }
      // A word right after "x." is part of a dotted name ("ASP.NET").
      node = !known || (i >= 2 && text.charCodeAt(i - 1) === DOT && word[text.charCodeAt(i - 2)]) ? -1 : root[fold[c]!]!;
    } else {
      // A "." after a non-word character may begin a name like ".NET".
      node = c === DOT && (i === 0 || !word[text.charCodeAt(i - 1)]) ? root[DOT]! : -1;
    }
    let bestAlias = 0;
    let bestEnd = 0;
    let j = i + 1;
    while (node >= 0) {
      const t = terminal[node]!;
      if (t !== 0) {
        const after = j < n ? text.charCodeAt(j) : 0;
        // Word boundary after the alias; "+" and "#" would make it a different name (C vs C++ / C#), and
        // ".x" a dotted one (node vs node.js).
        if (
          !(word[text.charCodeAt(j - 1)] && word[after]) &&
          after !== PLUS &&
          after !== HASH &&
          after !== AT &&
          !(after === DOT && j + 1 < n && word[text.charCodeAt(j + 1)]!)
        ) {
          bestAlias = t;
          bestEnd = j;
        }
      }
      if (j >= n) break;
      let d = text.charCodeAt(j);
      let step = 1;
      if (isBlank(d)) {
        // Runs of blanks match the single space stored in the key.
        while (j + step < n && isBlank(text.charCodeAt(j + step))) step++;
        d = SPACE;
      } else if (d === NL) break;
      else d = fold[d]!;
      let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(d, 0x85ebca6b)) & mask;
      for (;;) {
        const k = hNode[h]!;
        if (k === -1) {
          node = -1;
          break;
        }
        if (k === node && hChar[h] === d) {
          node = hChild[h]!;
          break;
        }
        h = (h + 1) & mask;
      }
      j += step;
    }
    if (bestAlias !== 0) {
      out.push({ alias: bestAlias - 1, start: i, end: bestEnd });
      i = bestEnd;
    } else {
      // No alias starts here: skip the rest of the word, whose positions are not word starts.
      i = wordEnd;
    }
  }
  return out;
}
