// One definition of "the same spelling", shared by the taxonomy build, the matcher and `resolve`, so an alias
// written in the data always matches the text it was written for.

const FOLD = new Uint16Array(65536);
const WORD = new Uint8Array(65536);
let ready = false;

function init(): void {
  for (let c = 0; c < 65536; c++) FOLD[c] = c;
  for (let c = 65; c <= 90; c++) FOLD[c] = c + 32;
  // Typographic variants postings paste in from word processors.
  for (const c of [0x2019, 0x2018, 0x2032]) FOLD[c] = 39; // ’ ‘ ′ → '
  for (const c of [0x2010, 0x2011, 0x2012, 0x2013]) FOLD[c] = 45; // hyphens and en dash → -
  FOLD[0xa0] = 32;
  FOLD[0xff0b] = 43; // full-width +
  for (let c = 48; c <= 57; c++) WORD[c] = 1;
  for (let c = 65; c <= 90; c++) WORD[c] = 1;
  for (let c = 97; c <= 122; c++) WORD[c] = 1;
  // Non-ASCII letters: lower-case and mark as word characters once, so the hot loop is two array reads.
  const letter = /\p{L}|\p{N}/u;
  for (let c = 0xc0; c < 0x2000; c++) {
    const ch = String.fromCharCode(c);
    if (!letter.test(ch)) continue;
    WORD[c] = 1;
    const lower = ch.toLowerCase();
    if (lower.length === 1) FOLD[c] = lower.charCodeAt(0);
  }
  ready = true;
}

/** Lower-case fold table indexed by UTF-16 code unit. */
export function foldTable(): Uint16Array {
  if (!ready) init();
  return FOLD;
}

/** 1 for letters and digits (the characters a word boundary separates). */
export function wordTable(): Uint8Array {
  if (!ready) init();
  return WORD;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** The key an alias or a typed name is compared by: folded case, single spaces, trimmed. */
export function normalizeKey(s: string): string {
  const fold = foldTable();
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = fold[s.charCodeAt(i)]!;
    if (c === 32 || c === 9 || c === 10 || c === 13 || isSpace(c)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += String.fromCharCode(c);
  }
  return out;
}

/** A key with hyphens and underscores read as spaces: "amazon-web-services" and "amazon web services" collide. */
export function looseKey(s: string): string {
  return normalizeKey(s.replace(/[-_]/g, ' '));
}
