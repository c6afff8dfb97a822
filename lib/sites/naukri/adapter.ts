import {
  blockText, htmlToText, parseApplicants, parseEmploymentType, parseExperience, parsePay, parsePosted, parseWorkplace,
  squash,
} from '../../normalize';
import { absoluteUrl, all, first, matchesAny, textAt, textsAt, uniq, visibleText } from '../dom';
import { hasContent, newDraft, put } from '../draft';
import { jsonLdDetail } from '../jsonld';
import { mergeDrafts } from '../posting';
import type { CardRef, PageKind, PostingDraft, ReadContext, SiteAdapter } from '../types';
import { draftFromState, jobDetailsState } from './embedded';
import { card, jd, search } from './selectors';

const HOSTS = /(^|\.)naukri\.com$/i;
const INR = { currency: 'INR' } as const;

/** /job-listings-data-analyst-acme-bengaluru-1-to-3-years-260925500123: the trailing digits are the id. */
export function naukriIdFromUrl(url: URL | string): string | null {
  const path = typeof url === 'string' ? url : url.pathname;
  return /\/job-listings-[^?#]*?-(\d{6,})(?:[/?#]|$)/.exec(path)?.[1] ?? null;
}

const isDetailUrl = (url: URL) => naukriIdFromUrl(url) !== null;
const WORK_MODE_ONLY = /^(hybrid|remote|work from (home|office)|wfh|temp\.?\s*wfh.*)$/i;

export const naukri: SiteAdapter & { pending(doc: Document, url: URL): string | null } = {
  site: 'naukri',
  handles: (url) => HOSTS.test(url.hostname),
  layout(doc, url) {
    if (isDetailUrl(url) || first(doc, jd.title)) {
      if (doc.querySelector('[class*="jd-header-title__"]')) return 'naukri/jd';
      if (first(doc, jd.title)) return 'naukri/jd-legacy';
      const state = jobDetailsState(doc);
      return state === null ? 'naukri/jd-shell' : state ? 'naukri/jd-state' : null;
    }
    if (doc.querySelector(search.cards[0])) return 'naukri/srp';
    if (doc.querySelector(search.cards[1])) return 'naukri/srp-legacy';
    return null;
  },
  pageKind(doc, url): PageKind {
    if (isDetailUrl(url) || first(doc, jd.title)) return 'detail';
    if (first(doc, search.cards) || /-jobs(-in-[^/]+)?(-\d+)?\/?$|\/jobs-in-/.test(url.pathname)) return 'search';
    return 'none';
  },
  cards(doc, url) {
    if (isDetailUrl(url)) return [];
    const seen = new Set<string>();
    const out: CardRef[] = [];
    for (const element of all(doc, search.cards)) {
      const nativeId = (element.getAttribute('data-job-id') ?? '').trim();
      if (/^\d+$/.test(nativeId) && !seen.has(nativeId)) {
        seen.add(nativeId);
        out.push({ nativeId, element });
      }
    }
    return out;
  },
  readCard(ref, ctx) {
    try {
      return readCard(ref, ctx);
    } catch {
      return null;
    }
  },
  detailId: (_doc, url) => naukriIdFromUrl(url),
  readDetail(doc, ctx) {
    try {
      const id = naukriIdFromUrl(ctx.url);
      if (!id) return null;
      const state = jobDetailsState(doc);
      const structured = [jsonLdDetail(doc, id, ctx.url.href, INR), state ? draftFromState(state, id, ctx.url.href) : null];
      const merged = mergeDrafts(readDetailDom(doc, id, ctx), ...structured.filter((d) => d !== null));
      return hasContent(merged) ? merged : null;
    } catch {
      return null;
    }
  },
  /** the empty server shell: the job arrives later by a background request */
  pending(doc, url) {
    return isDetailUrl(url) && !first(doc, jd.title) && isShell(doc) ? 'content not rendered yet' : null;
  },
  anchors: {
    card: (ref) => ref.element,
    detail: (doc) => first(doc, jd.title)?.closest('header')?.parentElement ?? first(doc, jd.title),
    description: (doc) => first(doc, jd.description),
  },
};

/** The server HTML's state still waits for the job: `"jobDetailsResp":{"data":null`. */
const isShell = (doc: Document) => jobDetailsState(doc) === null;

/** "Hybrid - Bengaluru, Pune(Kharadi)": the work mode prefix, then the places. */
function placesInto(d: PostingDraft, text: string): void {
  const m = /^(hybrid|remote|work from home|temp\.?\s*wfh[^-]*)\s*-\s*/i.exec(text);
  if (m) put(d, 'workplace', parseWorkplace(m[1]!.replace(/temp\.?\s*wfh.*/i, 'work from home')), 'selectors');
  const rest = m ? text.slice(m[0].length) : text;
  if (/^(remote|work from home|hybrid)$/i.test(squash(rest))) {
    put(d, 'workplace', parseWorkplace(rest), 'selectors');
    return;
  }
  // "Remote, Bengaluru": a work mode listed among the places is the workplace, not a place
  const places: string[] = [];
  for (const piece of rest.split(/\s*,\s*/)) {
    if (WORK_MODE_ONLY.test(piece)) put(d, 'workplace', parseWorkplace(piece.replace(/temp\.?\s*wfh.*/i, 'work from home')), 'selectors');
    else places.push(piece);
  }
  put(d, 'locations', uniq(places), 'selectors');
}

function readCard(ref: CardRef, ctx: ReadContext): PostingDraft | null {
  const root = ref.element;
  const link = first(root, card.title);
  const title = squash(link?.getAttribute('title') ?? '') || visibleText(link);
  if (!title) return null;
  const d = newDraft(ref.nativeId, absoluteUrl(link?.getAttribute('href'), ctx.url) ?? ctx.url.href);
  put(d, 'title', title, 'selectors');
  const company = first(root, card.company);
  put(d, 'company', squash(company?.getAttribute('title') ?? '') || visibleText(company), 'selectors');
  // a consultancy's post without the client's name: the consultancy is the only company shown
  put(d, 'company', textAt(root, card.postedBy).replace(/^Posted by\s+/i, ''), 'fallback');
  const exp = first(root, card.experience);
  put(d, 'experience', parseExperience(exp?.getAttribute('title') || visibleText(exp)), 'selectors');
  const sal = first(root, card.salary);
  put(d, 'pay', parsePay(sal?.getAttribute('title') || visibleText(sal), INR), 'selectors');
  const loc = first(root, card.location);
  const places = squash(loc?.getAttribute('title') ?? '') || visibleText(loc);
  if (places) placesInto(d, places);
  put(d, 'description', textAt(root, card.snippet), 'selectors');
  put(d, 'listedSkills', textsAt(root, card.skills), 'selectors');
  const shown = textAt(root, card.posted);
  const posted = shown || postedFallback(root);
  const how = shown ? 'selectors' : 'fallback';
  put(d, 'postedText', posted, how);
  put(d, 'postedAt', parsePosted(posted, ctx.now), how);
  return d;
}

/** Older cards print the age in an unnamed span: find it by its shape. */
function postedFallback(root: Element): string {
  for (const el of Array.from(root.querySelectorAll('span'))) {
    const text = el.childElementCount === 0 ? visibleText(el) : '';
    if (text && /\b(ago|just now|today)\b/i.test(text)) return text;
  }
  return '';
}

function labelled(items: Element[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const item of items) {
    const label = squash(item.querySelector('label')?.textContent ?? '').replace(/:$/, '').toLowerCase();
    const value = visibleText(item.querySelector('span') ?? null).replace(/\s*,$/, '');
    if (label) out.set(label, value);
  }
  return out;
}

/** A rating ("3.9") or review count ("(127 Reviews)") shares the company block: not the name. */
const NOT_A_NAME = /^\(?[\d.,]+\s*(reviews?|ratings?)?\)?$/i;

/**
 * The company: its page link, else the block's own text. A company without a page still has the
 * rating link, which must not be read as its name.
 */
function companyName(doc: Document): string {
  for (const el of all(doc, jd.company)) {
    const text = el.tagName === 'A' ? visibleText(el) : ownText(el);
    if (text && !NOT_A_NAME.test(text)) return text;
  }
  return ownText(first(doc, jd.company.slice(1)));
}

function ownText(el: Element | null): string {
  let text = '';
  for (let n = el?.firstChild ?? null; n; n = n.nextSibling) if (n.nodeType === 3) text += n.nodeValue ?? '';
  return squash(text);
}

const STAT_LABEL = /^(posted|openings|applicants)\s*:?$/i;

/** `<label>Posted:</label><span>3 days ago</span>` anywhere on the page, by the label's text. */
function statLabels(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const label of Array.from(doc.getElementsByTagName('label'))) {
    const m = STAT_LABEL.exec(squash(label.textContent ?? ''));
    if (m && !out.has(m[1]!.toLowerCase())) out.set(m[1]!.toLowerCase(), visibleText(label.nextElementSibling));
  }
  return out;
}

function readDetailDom(doc: Document, id: string, ctx: ReadContext): PostingDraft {
  const d = newDraft(id, ctx.url.href);
  const titleEl = first(doc, jd.title);
  put(d, 'title', squash(titleEl?.getAttribute('title') ?? '') || visibleText(titleEl), 'selectors');
  put(d, 'company', companyName(doc), 'selectors');
  put(d, 'experience', parseExperience(textAt(doc, jd.experience)), 'selectors');
  put(d, 'pay', parsePay(textAt(doc, jd.salary), INR), 'selectors');
  put(d, 'workplace', parseWorkplace(textAt(doc, jd.workMode)), 'selectors');
  // the work-mode link ("Hybrid") sits among the place links: it is a workplace, not a place
  const places = all(doc, jd.locations)
    .filter((el) => !matchesAny(el, jd.workMode))
    .map((el) => visibleText(el))
    .filter((t) => t && !WORK_MODE_ONLY.test(t));
  if (places.length) put(d, 'locations', uniq(places), 'selectors');
  else {
    const text = textAt(doc, jd.locationText);
    if (text) placesInto(d, text);
  }
  let stats = labelled(all(doc, jd.stats));
  let how: 'selectors' | 'fallback' = 'selectors';
  if (stats.size === 0) {
    // a layout whose stat items carry another class: the "Posted:" / "Applicants:" labels themselves
    stats = statLabels(doc);
    how = 'fallback';
  }
  const posted = stats.get('posted') ?? '';
  put(d, 'postedText', posted, how);
  put(d, 'postedAt', parsePosted(posted, ctx.now), how);
  put(d, 'applicants', parseApplicants(stats.get('applicants') ?? ''), how);
  const details = labelled(all(doc, jd.otherDetails));
  put(d, 'employmentType', parseEmploymentType(details.get('employment type') ?? ''), 'selectors');
  put(d, 'description', blockText(first(doc, jd.description)), 'selectors');
  put(d, 'listedSkills', textsAt(doc, jd.skills), 'selectors');
  if (!d.title) {
    // a redesign: the page's h1 and its largest text block
    put(d, 'title', visibleText(doc.querySelector('main h1, h1')), 'fallback');
    const og = doc.querySelector('meta[property="og:description"]')?.getAttribute('content');
    put(d, 'description', og ? htmlToText(og) : '', 'fallback');
  }
  return d;
}
