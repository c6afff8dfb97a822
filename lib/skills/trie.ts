// A trie over the *tokens* of normalised alias spellings: a token is a run of letters/digits (a word) or one other
// character ("+", ".", "/"); a key is a sequence of tokens, each either glued to the one before or after one space.
// Edges are keyed by a 32-bit hash of the folded token plus that gap, in one open-addressing table of typed arrays,
// so matching costs one probe per word rather than one per character, with no allocation. Hashes are checked to
// be unambiguous among the taxonomy's own tokens at build time, and a match is verified against its key's text,
// so a text word that happens to share a hash with a key's word can never produce a wrong match.

export interface Trie {
  /** one bit per (hash >>> 16) of every first token: an L1-sized filter that rejects most words before a probe */
  readonly rootBits: Int32Array;
  /** root transitions, by token hash (0 marks an empty slot; a hash of 0 is stored as 1) */
  readonly rootHash: Int32Array;
  readonly rootChild: Int32Array;
  readonly rootMask: number;
  /** every other transition: (node, edge) → child, edge = token hash, xor SPACED when a space precedes it */
  readonly hNode: Int32Array;
  readonly hEdge: Int32Array;
  readonly hChild: Int32Array;
  readonly mask: number;
  /** alias index + 1 ending at node, 0 if none */
  readonly terminal: Int32Array;
  readonly nodes: number;
  /** FNV-1a seed the scanner must use (chosen so that no two distinct key tokens collide) */
  readonly seed: number;
  /** the keys themselves, to verify a match */
  readonly keys: readonly string[];
}

/** mixed into a token's hash when a space separates it from the previous token */
export const SPACED = 0x5bd1e995 | 0;

/** FNV-1a step over folded char codes. */
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 16777619);
}

function hashOf(text: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = hashStep(h, text.charCodeAt(i));
  return h || 1;
}

/** keys must already be folded (normalizeKey): the scanner folds text with the same table. */
export function buildTrie(keys: string[], isWord: Uint8Array): Trie {
  // Distinct tokens, and how many edges the keys need; tokens are read in place, without token objects.
  const distinct = new Set<string>();
  let edges = 1;
  for (const key of keys)
    for (let i = 0; i < key.length; ) {
      if (key.charCodeAt(i) === 32) {
        i++;
        continue;
      }
      const j = tokenEnd(key, i, isWord);
      distinct.add(key.slice(i, j));
      edges++;
      i = j;
    }
  // A seed under which distinct tokens (and each with SPACED mixed in) have distinct hashes.
  let seed = -2128831035;
  const hashes = new Int32Array(distinct.size * 2);
  for (let attempt = 0; ; attempt++) {
    let n = 0;
    for (const t of distinct) {
      const h = hashOf(t, seed);
      hashes[n++] = h;
      hashes[n++] = h ^ SPACED;
    }
    hashes.sort();
    let clash = false;
    for (let k = 1; k < n && !clash; k++) clash = hashes[k] === hashes[k - 1];
    if (!clash) break;
    if (attempt > 64) throw new Error('trie: no collision-free hash seed');
    seed = Math.imul(seed ^ (attempt + 1), 0x9e3779b1) | 1;
  }

  const capacity = 1 << Math.ceil(Math.log2(edges * 2 + 16));
  const mask = capacity - 1;
  const hNode = new Int32Array(capacity).fill(-1);
  const hEdge = new Int32Array(capacity);
  const hChild = new Int32Array(capacity);
  const rootCap = 1 << Math.ceil(Math.log2(keys.length * 2 + 16));
  const rootMask = rootCap - 1;
  const rootHash = new Int32Array(rootCap);
  const rootChild = new Int32Array(rootCap);
  const rootBits = new Int32Array(2048);
  const terminal = new Int32Array(edges + 1);
  let nodes = 1;

  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!;
    let node = 0;
    let first = true;
    let spaced = false;
    for (let i = 0; i < key.length; ) {
      if (key.charCodeAt(i) === 32) {
        spaced = true;
        i++;
        continue;
      }
      const j = tokenEnd(key, i, isWord);
      let h = seed;
      for (let k = i; k < j; k++) h = hashStep(h, key.charCodeAt(k));
      h = h || 1;
      if (first) {
        rootBits[h >>> 21]! |= 1 << ((h >>> 16) & 31);
        let s = h & rootMask;
        while (rootHash[s] !== 0 && rootHash[s] !== h) s = (s + 1) & rootMask;
        if (rootHash[s] === 0) {
          rootHash[s] = h;
          rootChild[s] = nodes++;
        }
        node = rootChild[s]!;
        first = false;
      } else {
        const e = spaced ? h ^ SPACED : h;
        let s = (Math.imul(node, 0x9e3779b1) ^ e) & mask;
        while (hNode[s] !== -1 && (hNode[s] !== node || hEdge[s] !== e)) s = (s + 1) & mask;
        if (hNode[s] === -1) {
          hNode[s] = node;
          hEdge[s] = e;
          hChild[s] = nodes++;
        }
        node = hChild[s]!;
      }
      spaced = false;
      i = j;
    }
    if (!first && terminal[node] === 0) terminal[node] = index + 1;
  }

  return { rootBits, rootHash, rootChild, rootMask, hNode, hEdge, hChild, mask, terminal, nodes, seed, keys };
}

/** end of the token starting at i: a run of letters/digits, or one other character */
function tokenEnd(key: string, i: number, isWord: Uint8Array): number {
  let j = i + 1;
  if (isWord[key.charCodeAt(i)]) while (j < key.length && isWord[key.charCodeAt(j)]) j++;
  return j;
}
