import { foldTable, wordTable } from './normalize.ts';
import { SPACED, type Trie } from './trie.ts';

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

/** text[start, end) read the way keys are stored (folded, blank runs as one space) equals `key`. */
function sameAs(text: string, start: number, end: number, key: string, fold: Uint16Array): boolean {
  let k = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isBlank(c)) {
      while (i + 1 < end && isBlank(text.charCodeAt(i + 1))) i++;
      if (key.charCodeAt(k++) !== 32) return false;
    } else if (key.charCodeAt(k++) !== fold[c]) return false;
  }
  return k === key.length;
}

/**
 * Leftmost-longest alias occurrences on word boundaries. Each word is read once for its hash; the trie is walked
 * a token at a time, and work per position is bounded by the longest alias, so the scan is linear in the text and
 * does not grow with the taxonomy. The lookups are inlined: this loop is the whole cost of matching.
 */
export function scan(text: string, trie: Trie): Candidate[] {
  const fold = foldTable();
  const word = wordTable();
  const { rootBits, rootHash, rootChild, rootMask, hNode, hEdge, hChild, mask, terminal, seed, keys } = trie;
  const out: Candidate[] = [];
  const n = text.length;
  // The word a failed walk read last ("the" → "team"): the main loop reaches it next and need not hash it again.
  let seenAt = -1;
  let seenEnd = 0;
  let seenHash = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let wordEnd = i + 1;
    let h: number;
    if (word[c]) {
      // Here i is always a word start. Read the word once for its hash: most words start no alias.
      if (i === seenAt) {
        h = seenHash;
        wordEnd = seenEnd;
      } else {
        h = Math.imul(seed ^ fold[c]!, 16777619);
        while (wordEnd < n) {
          const d = text.charCodeAt(wordEnd);
          if (!word[d]) break;
          h = Math.imul(h ^ fold[d]!, 16777619);
          wordEnd++;
        }
      }
      // A word right after "x." is part of a dotted name ("ASP.NET").
      if (i >= 2 && text.charCodeAt(i - 1) === DOT && word[text.charCodeAt(i - 2)]) {
        i = wordEnd;
        continue;
      }
    } else if (c === DOT && (i === 0 || !word[text.charCodeAt(i - 1)])) {
      // A "." after a non-word character may begin a name like ".NET".
      h = Math.imul(seed ^ DOT, 16777619);
    } else {
      i = wordEnd;
      continue;
    }
    h = h || 1;
    if ((rootBits[h >>> 21]! & (1 << ((h >>> 16) & 31))) === 0) {
      i = wordEnd;
      continue;
    }
    let slot = h & rootMask;
    let node = -1;
    for (let f = rootHash[slot]!; f !== 0; f = rootHash[(slot = (slot + 1) & rootMask)]!)
      if (f === h) {
        node = rootChild[slot]!;
        break;
      }
    if (node < 0) {
      i = wordEnd;
      continue;
    }
    let bestAlias = 0;
    let bestEnd = 0;
    let j = wordEnd;
    for (;;) {
      const t = terminal[node]!;
      if (t !== 0) {
        const after = j < n ? text.charCodeAt(j) : 0;
        // "+" and "#" after would make it a different name (C vs C++ / C#), and ".x" a dotted one (node vs node.js).
        if (
          after !== PLUS &&
          after !== HASH &&
          after !== AT &&
          !(after === DOT && j + 1 < n && word[text.charCodeAt(j + 1)]!) &&
          sameAs(text, i, j, keys[t - 1]!, fold)
        ) {
          bestAlias = t;
          bestEnd = j;
        }
      }
      if (j >= n) break;
      // The next token: blanks before it are one space in the key; a line break ends every name.
      let k = j;
      let d = text.charCodeAt(k);
      let spaced = false;
      if (isBlank(d)) {
        do k++;
        while (k < n && isBlank(text.charCodeAt(k)));
        if (k >= n) break;
        d = text.charCodeAt(k);
        spaced = true;
      }
      if (d === NL) break;
      let e = Math.imul(seed ^ fold[d]!, 16777619);
      let end = k + 1;
      if (word[d])
        while (end < n) {
          const w = text.charCodeAt(end);
          if (!word[w]) break;
          e = Math.imul(e ^ fold[w]!, 16777619);
          end++;
        }
      if (word[d]) {
        seenAt = k;
        seenEnd = end;
        seenHash = e;
      }
      e = e || 1;
      if (spaced) e ^= SPACED;
      let s = (Math.imul(node, 0x9e3779b1) ^ e) & mask;
      let child = -1;
      for (let m = hNode[s]!; m !== -1; m = hNode[(s = (s + 1) & mask)]!)
        if (m === node && hEdge[s] === e) {
          child = hChild[s]!;
          break;
        }
      if (child < 0) break;
      node = child;
      j = end;
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
