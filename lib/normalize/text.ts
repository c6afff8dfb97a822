// Plain text from page markup. Page text never becomes markup here: DOM text is read through
// textContent, and HTML strings (JSON-LD, API payloads) go through a tag stripper, never innerHTML.

/** Elements that start a new paragraph (blank line around them). */
const PARAGRAPH = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'TABLE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'DL']);
/** Elements that start a new line. */
const LINE = new Set(['DIV', 'TR', 'DT', 'DD', 'FIGURE', 'FORM', 'MAIN', 'NAV', 'ASIDE', 'HR']);
/** Elements whose text is never content. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'IFRAME']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** One-line text of an element: whitespace collapsed, trimmed; '' when absent. */
export function cleanText(el: Element | null | undefined): string {
  return el ? squash(el.textContent ?? '') : '';
}

/** Collapses whitespace (including nbsp) to single spaces and trims. */
export function squash(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/**
 * Readable multi-line text of an element: paragraphs separated by a blank line, `<br>` and block
 * elements by a newline, list items prefixed with "- ". Walks text nodes instead of `innerText`,
 * which forces layout.
 */
export function blockText(el: Element | null | undefined, skip?: (el: Element) => boolean): string {
  if (!el) return '';
  const out: string[] = [];
  walk(el, out, skip);
  return tidy(out.join(''));
}

function walk(node: Node, out: string[], skip?: (el: Element) => boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      out.push(child.nodeValue ?? '');
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const tag = (child as Element).tagName.toUpperCase();
    if (SKIP.has(tag) || skip?.(child as Element)) continue;
    if (tag === 'BR') {
      out.push('\n');
      continue;
    }
    const open = isChip(child as Element) ? '\n- ' : opening(tag);
    out.push(open);
    walk(child, out, skip);
    if (open && open !== '\n- ') out.push(open); // the next item opens its own line
  }
}

/** Chips (Internshala's skill and perk tabs) sit side by side with no text between them: list them. */
const CHIP_CLASSES = ['round_tabs', 'chip'];
function isChip(el: Element): boolean {
  return CHIP_CLASSES.some((c) => el.classList.contains(c));
}

function opening(tag: string): string {
  if (tag === 'LI') return '\n- ';
  if (PARAGRAPH.has(tag)) return '\n\n';
  if (LINE.has(tag)) return '\n';
  return '';
}

/** Trims lines, collapses inner whitespace and keeps at most one blank line between paragraphs. */
function tidy(raw: string): string {
  return raw
    .split('\n')
    .map((line) => {
      const t = squash(line);
      return t === '-' ? '' : t; // an empty list item
    })
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '\u2019', lsquo: '\u2018',
  rdquo: '\u201d', ldquo: '\u201c', ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', bull: '\u2022',
  middot: '\u00b7', rupee: '\u20b9', euro: '\u20ac', pound: '\u00a3', copy: '\u00a9', reg: '\u00ae', trade: '\u2122',
};

/** Decodes the entities job descriptions use; unknown named entities are left as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const BLOCK_TAG = /<(\/?)(p|h[1-6]|ul|ol|blockquote|pre|table|section|article|header|footer|dl|div|tr|dt|dd|li|br|hr)\b[^>]*>/gi;

/**
 * Plain text from an HTML string (JSON-LD `description`, API payloads), with the same paragraph
 * rules as `blockText`. A stripper rather than a parser: it runs the same in the browser and in
 * the CLI, and never builds a DOM from page-supplied markup.
 */
export function htmlToText(html: string): string {
  // Some sources send plain text with newlines: keep them.
  if (!/<[a-z!/]/i.test(html)) return tidy(decodeEntities(html.replace(/\r\n?/g, '\n')));
  const marked = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|template|svg|button|iframe)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/\s+/g, ' ')
    .replace(BLOCK_TAG, (_m, close: string, tag: string) => {
      const t = tag.toUpperCase();
      if (t === 'BR') return '\n';
      const open = opening(t) || '\n';
      if (t === 'LI') return close ? '' : open;
      return open;
    })
    .replace(/<[^>]*>/g, '');
  return tidy(decodeEntities(marked));
}

/** Cuts text to a schema bound without splitting a surrogate pair. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}
