// Text helpers shared by the factors. Everything here is pure and locale-independent so that a report
// computed in the worker equals one computed by the CLI on another machine.

/** Lower-case, accents stripped, punctuation folded to single spaces (keeps + # . for C++, C#, Node.js). */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9+#.]+/g, ' ')
    .replace(/(^|\s)\.+|\.+(\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A case-insensitive pattern for a phrase a person typed (a plan skill the taxonomy does not know): word
 * boundaries on both sides (so "Java" does not match "JavaScript"), and any run of spaces or hyphens between
 * words. Returns null for a phrase with nothing to match. Dealbreakers have their own (dealbreakerPattern).
 */
export function phrasePattern(phrase: string): RegExp | null {
  const words = phrase.trim().split(/[\s\-_/]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return null;
  const body = words.map(escapeRegExp).join('[\\s\\-_/]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');
}

export interface Found {
  text: string;
  start: number;
  end: number;
}

/** First occurrence of `pattern` in `text` with its offsets, or null. */
export function findFirst(text: string, pattern: RegExp): Found | null {
  // A global or sticky pattern keeps state between calls; a plain one always searches from the start.
  const re = pattern.global || pattern.sticky ? new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')) : pattern;
  const m = re.exec(text);
  return m ? { text: m[0], start: m.index, end: m.index + m[0].length } : null;
}

/** Evidence text must stay short (ShortText); a quote is cut rather than dropped. */
export function clip(text: string, max = 200): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * A quote around a match: the surrounding clause, so the reader sees "mentorship from senior analysts", not
 * just "mentorship". Offsets still point into the original text.
 */
export function quoteAround(text: string, start: number, end: number, span = 60): Found {
  let s = Math.max(0, start - span);
  let e = Math.min(text.length, end + span);
  const before = text.slice(s, start);
  const cutBefore = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('. '), before.lastIndexOf('•'));
  if (cutBefore >= 0) s += cutBefore + 1;
  const after = text.slice(end, e);
  const stops = [after.indexOf('\n'), after.indexOf('. '), after.indexOf('•')].filter((i) => i >= 0);
  if (stops.length > 0) e = end + Math.min(...stops) + (after[Math.min(...stops)] === '.' ? 1 : 0);
  while (s < start && /\s/.test(text[s] ?? '')) s++;
  while (e > end && /\s/.test(text[e - 1] ?? '')) e--;
  return { text: text.slice(s, e), start: s, end: e };
}

/** "a", "a and b", "a, b and c" — lists in plain English for reasons. */
export function listWords(items: readonly string[], max = 3): string {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length <= 1) return shown[0] ?? '';
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** A 53-bit string hash (cyrb53): stable across runs and engines, good enough for cache keys. */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "an intern", "a junior": enough English for the words these reasons use. */
export function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}
