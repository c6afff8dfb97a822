import { squash } from '../normalize';

// Selector helpers over arrays of alternatives (old and new layouts). A selector a browser rejects
// must not take the adapter down with it, so each query is guarded.

export function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    try {
      const el = root.querySelector(selector);
      if (el) return el;
    } catch {
      // an alternative this engine cannot parse: try the next
    }
  }
  return null;
}

/**
 * The first element in document order that matches any alternative: one traversal instead of one
 * per alternative, for whole-page checks that usually fail (a layout's marks on another layout).
 */
export function firstOfAny(root: ParentNode, selectors: readonly string[]): Element | null {
  try {
    return root.querySelector(selectors.join(','));
  } catch {
    return first(root, selectors); // one alternative this engine rejects: query them one by one
  }
}

/** Every element that matches any alternative, in document order (a page may mix layouts). */
export function allOfAny(root: ParentNode, selectors: readonly string[]): Element[] {
  try {
    return Array.from(root.querySelectorAll(selectors.join(',')));
  } catch {
    // one alternative this engine rejects: query them one by one, then restore page order
    const found = new Set<Element>();
    for (const selector of selectors) {
      try {
        for (const el of root.querySelectorAll(selector)) found.add(el);
      } catch {
        // as above
      }
    }
    return [...found].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  }
}

/** Whether `el` matches any alternative. */
export function matchesAny(el: Element, selectors: readonly string[]): boolean {
  return selectors.some((s) => {
    try {
      return el.matches(s);
    } catch {
      return false;
    }
  });
}

/** Elements of the first alternative that matches anything. */
export function all(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    try {
      const found = root.querySelectorAll(selector);
      if (found.length > 0) return Array.from(found);
    } catch {
      // as above
    }
  }
  return [];
}

const HIDDEN_CLASSES = ['visually-hidden', 'sr-only', 'a11y-text'];
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Text a sighted reader sees: LinkedIn repeats titles and chips in screen-reader-only spans
 * ("Data Analyst" + "Data Analyst with verification"), which plain textContent would glue together.
 */
export function visibleText(el: Element | null | undefined): string {
  if (!el) return '';
  const parts: string[] = [];
  collect(el, parts);
  return squash(parts.join(' '));
}

function collect(node: Node, parts: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) parts.push(child.nodeValue ?? '');
    else if (child.nodeType === ELEMENT_NODE && !isHidden(child as Element)) collect(child, parts);
  }
}

function isHidden(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || (tag === 'BUTTON' && el.getAttribute('data-testid') === 'expandable-text-button')) return true;
  const cls = el.classList;
  return HIDDEN_CLASSES.some((c) => cls.contains(c));
}

/** What a screen reader alone is told about a job: LinkedIn's verified-job note. */
const SR_ONLY_SUFFIX = /\s*,?\s*(?:with verification|\(verified(?: job)?\)|verified job)\s*$/i;

/**
 * A title as a sighted reader sees it. The 2026 LinkedIn layout hashes every class, so its
 * screen-reader-only copy ("Data Analyst with verification") has no class to skip: what marks the
 * two copies apart is that the shown one is `aria-hidden="true"` (kept out of the screen reader,
 * which reads the other). Without that mark, a repeat of the title's start is the hidden copy.
 */
export function sightedText(el: Element | null | undefined): string {
  if (!el) return '';
  const shown = Array.from(el.querySelectorAll('[aria-hidden="true"]'))
    .filter((h) => {
      const outer = h.parentElement?.closest('[aria-hidden="true"]');
      return !outer || !el.contains(outer);
    })
    .map((h) => visibleText(h))
    .filter((t) => /\p{L}/u.test(t));
  if (shown.length > 0) return withoutRepeat(shown.join(' '));
  const parts: string[] = [];
  collect(el, parts);
  const first = squash(parts.find((p) => squash(p)) ?? '');
  const text = squash(parts.join(' '));
  // "Data Analyst Data Analyst with verification": the first copy, when the rest repeats it
  if (first && first.length < text.length && text.slice(first.length + 1).toLowerCase().startsWith(first.toLowerCase())) return first;
  return withoutRepeat(text);
}

/** "Data Analyst Data Analyst" → "Data Analyst"; "Data Analyst with verification" → "Data Analyst". */
function withoutRepeat(text: string): string {
  // the suffix first: "Senior Data Engineer Senior Data Engineer with verification" halves only without it
  const bare = text.replace(SR_ONLY_SUFFIX, '') || text;
  const words = bare.split(' ');
  const half = words.length / 2;
  if (words.length >= 2 && Number.isInteger(half) && words.slice(0, half).join(' ').toLowerCase() === words.slice(half).join(' ').toLowerCase()) {
    return words.slice(0, half).join(' ');
  }
  return bare;
}

/** A card line that is only the title again, as its screen-reader copy ("Data Analyst with verification"). */
export function isTitleCopy(text: string, title: string): boolean {
  return !!title && withoutRepeat(squash(text)).toLowerCase() === title.toLowerCase();
}

/** Visible text of the first match. */
export function textAt(root: ParentNode, selectors: readonly string[]): string {
  return visibleText(first(root, selectors));
}

/** Visible texts of every match of the first matching alternative, empty ones dropped. */
export function textsAt(root: ParentNode, selectors: readonly string[]): string[] {
  return all(root, selectors).map((el) => visibleText(el)).filter(Boolean);
}

/** An http(s) URL for an href (relative to `base` when given), or null: never `javascript:` or `data:`. */
export function httpUrl(href: string | null | undefined, base?: URL | string): URL | null {
  if (!href || href.length > 2048) return null;
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** Absolute http(s) URL for an href, or undefined. */
export function absoluteUrl(href: string | null | undefined, base: URL | string): string | undefined {
  return httpUrl(href, base)?.href;
}

/** Unique, non-empty, in order (case-insensitive). */
export function uniq(items: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of items) {
    const item = squash(raw);
    const key = item.toLowerCase();
    if (item && !seen.has(key)) {
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}
