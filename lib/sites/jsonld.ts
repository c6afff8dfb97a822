import {
  experienceFromJsonLd, htmlToText, decodeEntities, isoFromAttr, parseEmploymentType, payFromMonetaryAmount, squash,
  type PayHints,
} from '../normalize';
import type { PostingDraft } from './types';

type Json = Record<string, unknown>;

/**
 * Every schema.org JobPosting in the page's JSON-LD blocks: a single object, an array, a `@graph`,
 * a `mainEntity`, across several blocks. A malformed block is repaired where the usual slips allow
 * (raw newlines in strings, trailing commas) and otherwise skipped, never fatal.
 */
export function readJobPostings(doc: Document): Json[] {
  const out: Json[] = [];
  const blocks: unknown[] = [];
  // the live tag collection is cached by the engine: cheaper than a selector over a large page
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (!/^application\/ld\+json\s*(;|$)/i.test((script.getAttribute('type') ?? '').trim())) continue; // "; charset=utf-8" too
    const data = parseLenient(script.textContent ?? '');
    if (data !== undefined) {
      blocks.push(data);
      collect(data, out, 0);
    }
  }
  return out.length > 0 ? out.map((node) => resolveRefs(node, blocks)) : out;
}

/**
 * A `@graph` often names the employer once and points at it: `"hiringOrganization": {"@id": "#org"}`.
 * Such a bare reference is replaced by the node with that `@id` (looked up only when one is present).
 */
function resolveRefs(node: Json, blocks: unknown[]): Json {
  const org = node.hiringOrganization;
  if (!org || typeof org !== 'object' || Array.isArray(org)) return node;
  const ref = (org as Json)['@id'];
  if (typeof ref !== 'string' || str((org as Json).name)) return node;
  const target = findById(blocks, ref, 0);
  return target ? { ...node, hiringOrganization: target } : node;
}

function findById(node: unknown, id: string, depth: number): Json | null {
  if (depth > 4 || !node || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findById(item, id, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const obj = node as Json;
  if (obj['@id'] === id && str(obj.name)) return obj;
  return obj['@graph'] ? findById(obj['@graph'], id, depth + 1) : null;
}

function parseLenient(raw: string): unknown {
  const text = raw
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>$/g, '')
    .trim();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(repair(text));
    } catch {
      return undefined;
    }
  }
}

/** Escapes control characters inside strings and drops trailing commas. */
function repair(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') {
        out += c + (text[i + 1] ?? '');
        i++;
        continue;
      }
      if (c === '"') inString = false;
      out += c === '\n' ? '\\n' : c === '\r' ? '' : c === '\t' ? '\\t' : c;
      continue;
    }
    if (c === '"') inString = true;
    out += c;
  }
  return out.replace(/,\s*([}\]])/g, '$1');
}

function isJobPosting(node: Json): boolean {
  const type = node['@type'];
  return Array.isArray(type) ? type.some((t) => String(t).endsWith('JobPosting')) : String(type ?? '').endsWith('JobPosting');
}

function collect(node: unknown, out: Json[], depth: number): void {
  if (depth > 5 || !node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collect(item, out, depth + 1);
    return;
  }
  const obj = node as Json;
  if (isJobPosting(obj)) {
    out.push(obj);
    return;
  }
  // containers: a graph, a page's main entity, a list of postings (ItemList > ListItem > item)
  for (const key of ['@graph', 'mainEntity', 'itemListElement', 'item']) if (obj[key]) collect(obj[key], out, depth + 1);
}

function str(v: unknown): string {
  if (typeof v === 'string') return squash(decodeEntities(v));
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && !Array.isArray(v)) return str((v as Json).name ?? (v as Json)['@value']);
  return '';
}

function list(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

function place(loc: unknown): string {
  if (typeof loc === 'string') return squash(loc);
  if (!loc || typeof loc !== 'object') return '';
  const address = (loc as Json).address ?? loc;
  if (typeof address === 'string') return squash(address);
  if (!address || typeof address !== 'object') return str((loc as Json).name);
  const a = address as Json;
  const parts = [str(a.addressLocality), str(a.addressRegion), str(a.addressCountry)].filter(Boolean);
  return parts.length ? Array.from(new Set(parts)).join(', ') : str((loc as Json).name);
}

/** Description HTML as plain text; some sites escape the HTML once more (`&lt;p&gt;`). */
function descriptionText(v: unknown): string {
  if (typeof v !== 'string') return '';
  const html = !/<[a-z]/i.test(v) && /&lt;[a-z/]/i.test(v) ? decodeEntities(v) : v;
  return htmlToText(html);
}

/** The identifier a site gives the posting (`identifier.value`), when it gives one. */
export function jsonLdIdentifier(node: Json): string | undefined {
  const id = node.identifier;
  const value = id && typeof id === 'object' ? (id as Json).value : id;
  const s = str(value).replace(/\s+/g, '');
  return s || undefined;
}

/** A draft from one JobPosting node, every field marked `json-ld`. */
export function draftFromJobPosting(node: Json, nativeId: string, hints: PayHints = {}): PostingDraft {
  const d: PostingDraft = { nativeId, found: {} };
  const set = <K extends keyof PostingDraft & string>(field: K, value: PostingDraft[K] | null | undefined | '') => {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return;
    d[field] = value as PostingDraft[K];
    (d.found as Record<string, string>)[field] = 'json-ld';
  };
  set('title', str(node.title) || str(node.name));
  set('company', str(node.hiringOrganization));
  const locations = list(node.jobLocation).map(place).filter(Boolean);
  // a remote posting names where applicants may live instead of a place of work
  set('locations', locations.length ? locations : list(node.applicantLocationRequirements).map(place).filter(Boolean));
  const locationType = list(node.jobLocationType).map(String).join(' ');
  if (/telecommute/i.test(locationType)) set('workplace', 'remote');
  // a list names the main type first, also when written as one string ("FULL_TIME, CONTRACTOR")
  set('employmentType', parseEmploymentType(list(node.employmentType).flatMap((t) => String(t).split(/\s*[,;|]\s*/))));
  set('experience', experienceFromJsonLd(node.experienceRequirements));
  set('pay', payFromMonetaryAmount(node.baseSalary ?? node.estimatedSalary, hints));
  set('postedAt', isoFromAttr(str(node.datePosted)));
  set('deadline', deadlineOf(str(node.validThrough)));
  set('description', descriptionText(node.description));
  const skills = list(node.skills).flatMap((s) => (typeof s === 'string' ? s.split(/\s*[,;\n]\s*/) : [str(s)]));
  set('listedSkills', skills.map((s) => squash(s)).filter(Boolean));
  if (typeof node.url === 'string' && /^https?:\/\//i.test(node.url)) d.url = node.url;
  return d;
}

/** The page's first JobPosting as a draft for the posting with `nativeId` shown at `url`, or null. */
export function jsonLdDetail(doc: Document, nativeId: string, url: string, hints: PayHints = {}): PostingDraft | null {
  const node = readJobPostings(doc)[0];
  return node ? { ...draftFromJobPosting(node, nativeId, hints), url } : null;
}

/**
 * `validThrough` at midnight ("2026-12-10T00:00:00+05:30") names a day, the one the page shows as
 * "Apply by 10 Dec' 26": kept as that date, not turned into the previous day in UTC.
 */
function deadlineOf(raw: string): string | null {
  const midnight = /^(\d{4}-\d{2}-\d{2})T00:00(:00(\.0+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(raw.trim());
  return midnight ? midnight[1]! : isoFromAttr(raw);
}
