// A character trie over normalised alias spellings. Transitions live in one open-addressing hash table of typed
// arrays, so a lookup is a multiply, a mask and one or two array reads, with no per-character allocation.

export interface Trie {
  /** child of `node` on folded char `c`, or -1 */
  next(node: number, c: number): number;
  /** child of the root on folded char `c`, or -1: most text positions start no alias, so this is the hot path */
  readonly root: Int32Array;
  /** alias index + 1 ending at `node`, 0 if none */
  readonly terminal: Int32Array;
  readonly nodes: number;
  /**
   * Hash set of the first word (run of letters/digits) of every key: one probe after reading a word rejects the
   * many words no alias starts with, before any trie step.
   */
  readonly firstWords: Int32Array;
  readonly firstMask: number;
  /** the transition table itself, for the scanner's inlined lookup (see `next` for the probe sequence) */
  readonly table: { node: Int32Array; char: Uint16Array; child: Int32Array; mask: number };
}

const EMPTY = -1;

/** FNV-1a step over folded char codes; the scanner computes the same while skipping a word. */
export function wordHashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 16777619);
}
export const WORD_HASH_SEED = -2128831035;

export function buildTrie(keys: string[], isWord: Uint8Array): Trie {
  // Upper bound on nodes: total characters + root.
  let total = 1;
  for (const k of keys) total += k.length;
  const capacity = 1 << Math.ceil(Math.log2(total * 2 + 16));
  const mask = capacity - 1;
  const hNode = new Int32Array(capacity).fill(EMPTY);
  const hChar = new Uint16Array(capacity);
  const hChild = new Int32Array(capacity);
  const terminal = new Int32Array(total);
  let nodes = 1;

  const slot = (node: number, c: number): number => {
    let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & mask;
    while (hNode[h] !== EMPTY && (hNode[h] !== node || hChar[h] !== c)) h = (h + 1) & mask;
    return h;
  };

  keys.forEach((key, index) => {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      const h = slot(node, c);
      if (hNode[h] === EMPTY) {
        hNode[h] = node;
        hChar[h] = c;
        hChild[h] = nodes++;
      }
      node = hChild[h]!;
    }
    if (terminal[node] === 0) terminal[node] = index + 1;
  });

  const firstCap = 1 << Math.ceil(Math.log2(keys.length * 4 + 16));
  const firstMask = firstCap - 1;
  const firstWords = new Int32Array(firstCap);
  for (const key of keys) {
    let h = WORD_HASH_SEED;
    for (let i = 0; i < key.length && isWord[key.charCodeAt(i)]; i++) h = wordHashStep(h, key.charCodeAt(i));
    // 0 marks an empty slot, so a hash of 0 is stored (and looked up) as 1.
    const hv = h || 1;
    let slotAt = hv & firstMask;
    while (firstWords[slotAt] !== 0 && firstWords[slotAt] !== hv) slotAt = (slotAt + 1) & firstMask;
    firstWords[slotAt] = hv;
  }

  const root = new Int32Array(65536).fill(-1);
  for (let h = 0; h < capacity; h++) if (hNode[h] === 0) root[hChar[h]!] = hChild[h]!;

  return {
    root,
    next(node: number, c: number): number {
      let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & mask;
      for (;;) {
        const n = hNode[h]!;
        if (n === EMPTY) return -1;
        if (n === node && hChar[h] === c) return hChild[h]!;
        h = (h + 1) & mask;
      }
    },
    terminal,
    nodes,
    firstWords,
    firstMask,
    table: { node: hNode, char: hChar, child: hChild, mask },
  };
}
