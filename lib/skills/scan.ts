import { foldTable, wordTable } from './normalize.ts';
import type { Trie } from './trie.ts';

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

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/**
 * Leftmost-longest alias occurrences on word boundaries. Work per position is bounded by the longest alias, so
 * the scan is linear in the text and does not grow with the taxonomy.
 */
export function scan(text: string, trie: Trie): Candidate[] {
  const fold = foldTable();
  const word = wordTable();
  const { root, terminal } = trie;
  const out: Candidate[] = [];
  const n = text.length;
  let prev = 0; // char code before i (0 = start of text)
  let prevPrev = 0;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    // Aliases start at a word start, or at a "." that begins a name like ".NET". A word right after "x." is part
    // of a dotted name ("ASP.NET"), not a start.
    const startable = word[c] ? !word[prev] && !(prev === DOT && word[prevPrev]) : c === DOT && !word[prev];
    let node = startable ? root[fold[c]!]! : -1;
    if (node < 0) {
      prevPrev = prev;
      prev = c;
      i++;
      continue;
    }
    let bestAlias = 0;
    let bestEnd = 0;
    let j = i + 1;
    for (;;) {
      const t = terminal[node]!;
      if (t !== 0) {
        const last = text.charCodeAt(j - 1);
        const after = j < n ? text.charCodeAt(j) : 0;
        // Word boundary after the alias; "+" and "#" would make it a different name (C vs C++ / C#), and
        // ".x" a dotted one (node vs node.js).
        const ok =
          !(word[last] && word[after]) &&
          after !== PLUS &&
          after !== HASH &&
          after !== AT &&
          !(after === DOT && j + 1 < n && word[text.charCodeAt(j + 1)]!);
        if (ok) {
          bestAlias = t;
          bestEnd = j;
        }
      }
      if (j >= n) break;
      let d = text.charCodeAt(j);
      if (isBlank(d)) {
        // Runs of blanks match the single space stored in the key.
        let k = j + 1;
        while (k < n && isBlank(text.charCodeAt(k))) k++;
        node = trie.next(node, 32);
        if (node < 0) break;
        j = k;
        continue;
      }
      if (d === NL) break;
      d = fold[d]!;
      node = trie.next(node, d);
      if (node < 0) break;
      j++;
    }
    if (bestAlias !== 0) {
      out.push({ alias: bestAlias - 1, start: i, end: bestEnd });
      prevPrev = text.charCodeAt(bestEnd - 2);
      prev = text.charCodeAt(bestEnd - 1);
      i = bestEnd;
    } else {
      prevPrev = prev;
      prev = c;
      i++;
    }
  }
  return out;
}
