import {
  blockText, isoFromAttr, looksLikePosted, parseApplicants, parseEmploymentType, parsePay, parsePosted,
  parseWorkplace, squash,
} from '../../normalize';
import { all, allOfAny, first, firstOfAny, isTitleCopy, matchesAny, sightedText, textAt, textsAt, uniq, visibleText } from '../dom';
import { hasContent, inferFromDescription, newDraft, put } from '../draft';
import { jsonLdDetail } from '../jsonld';
import { mergeDrafts } from '../posting';
import type { CardRef, PageKind, PostingDraft, ReadContext, SiteAdapter } from '../types';
import { readEmbedded } from './embedded';
import { canonicalUrl, idFromElement, idFromHref, idFromUrl, isViewPage } from './ids';
import { card2026, classicCard, detail, embedded, guestCard, layoutMarks, list } from './selectors';

const HOSTS = /(^|\.)linkedin\.com$/i;
const ALL_MARKS = [...layoutMarks.sdui2026, ...layoutMarks.guest, ...layoutMarks.classic];
const DETAIL_MARKS = [...detail.pane, ...detail.about2026, ...detail.title, ...detail.description];

/**
 * How long a detail pane whose text is short may be "still loading": past this, on a live page, the
 * posting is read as it is (a genuinely short posting must not wait forever).
 */
export const LOADING_PATIENCE_MS = 4000;

export const linkedin: SiteAdapter & { pending(doc: Document, url: URL, waitedMs?: number): string | null } = {
  site: 'linkedin',
  handles: (url) => HOSTS.test(url.hostname),
  layout(doc) {
    const mark = firstOfAny(doc, ALL_MARKS);
    // a logged-in page whose DOM has not rendered but which embeds its voyager JSON (before 2026)
    if (!mark) return first(doc, embedded.blocks) ? 'linkedin/classic' : null;
    return matchesAny(mark, layoutMarks.sdui2026) ? 'linkedin/2026' : matchesAny(mark, layoutMarks.guest) ? 'linkedin/guest' : 'linkedin/classic';
  },
  pageKind(doc, url): PageKind {
    const view = isViewPage(url);
    const hasList = !view && (first(doc, list.container) !== null || first(doc, list.cards) !== null);
    // `currentJobId` alone is not a detail view: guest searches keep it in the URL with no pane on the page
    // one query per alternative, not one list query: a class alone has a fast path, and a page of a thousand
    // cards is walked on every scan
    const hasDetail = view || first(doc, DETAIL_MARKS) !== null;
    return hasList ? (hasDetail ? 'search+detail' : 'search') : hasDetail ? 'detail' : 'none';
  },
  cards(doc, url) {
    if (isViewPage(url)) return [];
    const seen = new Set<string>();
    const out: CardRef[] = [];
    for (const element of all(doc, list.cards)) {
      const nativeId = idFromElement(element) ?? idFromHref(element.querySelector('a[href*="/jobs/view/"]')?.getAttribute('href') ?? null);
      if (nativeId && !seen.has(nativeId)) {
        seen.add(nativeId);
        out.push({ nativeId, element });
      }
    }
    return out;
  },
  readCard(card, ctx) {
    try {
      const el = card.element;
      const draft = el.hasAttribute('data-entity-urn')
        ? readGuestCard(card, ctx)
        : el.hasAttribute('componentkey')
          ? readCard2026(card, ctx)
          : readClassicCard(card, ctx);
      if (draft) workplaceFromTitle(draft);
      return draft && hasContent(draft) ? draft : null;
    } catch {
      return null;
    }
  },
  detailId(doc, url) {
    const fromUrl = idFromUrl(url);
    if (fromUrl) return fromUrl;
    const about = first(doc, detail.about2026);
    const fromAbout = about ? aboutId(about) : null;
    return fromAbout ?? idFromHref(first(doc, detail.selfLink)?.getAttribute('href') ?? null);
  },
  readDetail(doc, ctx) {
    try {
      const id = linkedin.detailId(doc, ctx.url);
      if (!id || linkedin.pending(doc, ctx.url, ctx.detailWaitedMs)) return null;
      const structured = [jsonLdDetail(doc, id, canonicalUrl(id)), readEmbedded(doc, id)].filter((d) => d !== null);
      const merged = mergeDrafts(readDetailDom(doc, id, ctx), ...structured);
      workplaceFromTitle(merged);
      inferFromDescription(merged);
      return hasContent(merged) ? merged : null;
    } catch {
      return null;
    }
  },
  /** why the detail cannot be read yet, when the pane still shows the job the user left */
  pending(doc, url, waitedMs = 0) {
    const patient = waitedMs < LOADING_PATIENCE_MS;
    const id = idFromUrl(url);
    if (!id) return null;
    const pane = first(doc, detail.pane);
    const shown = idFromHref(first(pane ?? doc, detail.selfLink)?.getAttribute('href') ?? null);
    if (shown && shown !== id) return 'detail pane still shows another job';
    // the classic pane first shows an "About the job" placeholder (loader bars, empty description)
    if (patient && pane && !first(pane, detail.title) && squash((pane.textContent ?? '').replace(/about the job/gi, '')).length < 40) {
      return 'detail pane still loading';
    }
    // 2026: the about section names its job; the pane of the job the user left is not this one's
    const abouts = allOfAny(doc, detail.about2026);
    const ids = abouts.map(aboutId).filter((x) => x !== null);
    if (ids.length > 0 && !ids.includes(id)) return 'detail pane still shows another job';
    // 2026: the about section mounts first and its text streams in later; read now, the posting
    // would lose its description (and on /jobs/view its top card) and look broken
    const about = aboutFor(abouts, id);
    if (patient && about && squash(visibleText(about).replace(/about the job/gi, '')).length < 40) return 'detail pane still loading';
    return null;
  },
  anchors: {
    card: (card) => card.element.querySelector('.job-card-container') ?? card.element,
    detail: (doc) => first(doc, detail.pane) ?? first(doc, detail.title)?.parentElement ?? first(doc, detail.about2026),
    description: (doc) => first(doc, detail.about2026) ?? first(doc, detail.description),
  },
};

/** "Bengaluru, Karnataka, India (Hybrid)": the place, and the workplace LinkedIn appends to it. */
function placeAndWorkplace(draft: PostingDraft, text: string, strategy: 'selectors' | 'fallback'): void {
  const m = /^(.*?)\s*\((remote|hybrid|on-site|onsite)\)\s*$/i.exec(text);
  const place = squash(m ? m[1]! : text);
  put(draft, 'workplace', m ? parseWorkplace(m[2]!) : null, strategy);
  if (/^(remote|hybrid|on-site)$/i.test(place)) put(draft, 'workplace', parseWorkplace(place), strategy);
  else put(draft, 'locations', place ? [place] : [], strategy);
}

/** The about section of job `id`, else one that names no job; null when neither is on the page. */
function aboutFor(abouts: Element[], id: string): Element | null {
  return abouts.find((el) => aboutId(el) === id) ?? abouts.find((el) => aboutId(el) === null) ?? null;
}

/** The job an about section belongs to: `JobDetails_AboutTheJob_<id>` as componentkey or id; null when unnamed. */
function aboutId(el: Element): string | null {
  return /_(\d{6,})$/.exec(el.getAttribute('componentkey') ?? '')?.[1] ?? /_(\d{6,})$/.exec(el.id)?.[1] ?? null;
}

/**
 * "Senior Python Engineer (Remote)", "Data Engineer - Hybrid": a workplace the title states, for pages
 * without a workplace element (guest pages, cards without a caption). A label or chip still wins.
 */
function workplaceFromTitle(d: PostingDraft): void {
  const m = /\((remote|hybrid|on-?site)\)|[-–|,]\s*(remote|hybrid)\s*$/i.exec(d.title ?? '');
  if (m) put(d, 'workplace', parseWorkplace(m[1] ?? m[2]!), 'fallback');
}

function timeInto(draft: PostingDraft, time: Element | null, ctx: ReadContext): void {
  if (!time) return;
  // the own text only: 2026 nests "Within the past 24 hours" inside the <time>
  let own = '';
  for (let n = time.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) own += n.nodeValue ?? '';
  const text = squash(own) || visibleText(time);
  put(draft, 'postedText', text, 'selectors');
  put(draft, 'postedAt', isoFromAttr(time.getAttribute('datetime')) ?? parsePosted(text, ctx.now), 'selectors');
}

function readClassicCard(card: CardRef, ctx: ReadContext): PostingDraft | null {
  const root = card.element;
  const title = sightedText(first(root, classicCard.title));
  if (!title) return null; // a virtualised item: only its id until it scrolls into view
  const d = newDraft(card.nativeId, canonicalUrl(card.nativeId));
  put(d, 'title', title, 'selectors');
  put(d, 'company', textAt(root, classicCard.company), 'selectors');
  const caption = textAt(root, classicCard.location);
  if (caption) placeAndWorkplace(d, caption, 'selectors');
  timeInto(d, first(root, classicCard.posted), ctx);
  for (const item of textsAt(root, classicCard.footer.map((s) => `${s} li`))) {
    if (/applicant|clicked apply/i.test(item)) put(d, 'applicants', parseApplicants(item), 'selectors');
  }
  return d;
}

/** Card lines that are never the place: badges, insights, calls to action. */
const NOT_A_PLACE = /apply|promot|viewed|review|actively|recruit|hiring|connection|alumn|school|verified|top |match|response|managed|insight|benefit|save|dismiss|new$/i;

function readCard2026(card: CardRef, ctx: ReadContext): PostingDraft | null {
  const root = card.element;
  const link = root.querySelector(card2026.title[0]);
  const linkText = sightedText(link?.querySelector('strong') ?? link);
  const title = (linkText && linkText.length < 150 ? linkText : sightedText(first(root, card2026.title.slice(1)))) || firstLine(root);
  if (!title) return null;
  const d = newDraft(card.nativeId, canonicalUrl(card.nativeId));
  put(d, 'title', title, 'selectors');
  const companyEl = first(root, card2026.company);
  const company = squash((companyEl?.getAttribute('aria-label') ?? '').replace(/^Company,\s*/, '').replace(/\.$/, '')) || visibleText(companyEl);
  put(d, 'company', company, 'selectors');
  const time = first(root, card2026.posted);
  timeInto(d, time, ctx);
  // No stable hook for the place: it is the first remaining line that reads like one.
  const skip = new Set([title, company, d.postedText ?? '', visibleText(time)]);
  // short lines without a comma: a place like "Bengaluru", or a company shown without its aria-label
  const bare: string[] = [];
  for (const el of Array.from(root.querySelectorAll('p, span, div'))) {
    if (el.childElementCount > 0) continue;
    const text = visibleText(el);
    if (!text || skip.has(text)) continue;
    if (!d.found.applicants && /applicant|clicked apply/i.test(text)) put(d, 'applicants', parseApplicants(text), 'fallback');
    // the title's screen-reader copy ("Data Analyst with verification") is no place or company
    if (isTitleCopy(text, title) || looksLikePosted(text) || /applicant|clicked apply|promoted|easy apply|viewed|reviewing|within the past/i.test(text)) continue;
    if (!d.found.pay && /[₹$£€]/.test(text)) put(d, 'pay', parsePay(text), 'fallback');
    else if (!d.found.locations && /,|\((remote|hybrid|on-site)\)|^(remote|hybrid|on-site)$/i.test(text)) placeAndWorkplace(d, text, 'fallback');
    else if (bare.length < 3 && text.length <= 60 && !/\d|[·•|]/.test(text) && !NOT_A_PLACE.test(text)) bare.push(text);
  }
  // title, company, place is the card's order: without a labelled company the first such line is it
  if (!company && (bare.length >= 2 || (bare.length === 1 && d.found.locations))) put(d, 'company', bare.shift(), 'fallback');
  // one bare line and no company: company or place, it cannot be told; left unread
  if (d.found.company && !d.found.locations && !d.found.workplace && bare[0]) placeAndWorkplace(d, bare[0], 'fallback');
  return d;
}

/** The first line of text in a card, for a 2026 card whose title has neither link nor strong. */
function firstLine(root: Element): string {
  for (const el of Array.from(root.querySelectorAll('p, span, h3, div'))) {
    if (el.childElementCount > 0) continue;
    const text = sightedText(el);
    if (text) return text;
  }
  return '';
}

function readGuestCard(card: CardRef, ctx: ReadContext): PostingDraft | null {
  const root = card.element;
  const title = sightedText(first(root, guestCard.title)) || sightedText(first(root, guestCard.link));
  if (!title) return null;
  const d = newDraft(card.nativeId, canonicalUrl(card.nativeId));
  put(d, 'title', title, 'selectors');
  put(d, 'company', textAt(root, guestCard.company), 'selectors');
  const location = textAt(root, guestCard.location);
  if (location) placeAndWorkplace(d, location, 'selectors');
  timeInto(d, first(root, guestCard.posted), ctx);
  put(d, 'pay', parsePay(textAt(root, guestCard.salary)), 'selectors');
  for (const badge of textsAt(root, guestCard.badges)) put(d, 'applicants', parseApplicants(badge), 'selectors');
  return d;
}

function readDetailDom(doc: Document, id: string, ctx: ReadContext): PostingDraft {
  const d = newDraft(id, canonicalUrl(id));
  const root: ParentNode = first(doc, detail.pane) ?? doc;
  put(d, 'title', sightedText(first(root, detail.title)), 'selectors');
  put(d, 'company', textAt(root, detail.company), 'selectors');

  const meta = textAt(root, detail.metaLine);
  if (meta) readMetaLine(d, meta, ctx);
  const location = textAt(root, detail.location);
  if (location) placeAndWorkplace(d, location, 'selectors');
  const posted = textAt(root, detail.posted);
  put(d, 'postedText', posted, 'selectors');
  put(d, 'postedAt', parsePosted(posted, ctx.now), 'selectors');
  put(d, 'applicants', parseApplicants(textAt(root, detail.applicants)), 'selectors');

  for (const chip of textsAt(root, detail.chips)) {
    put(d, 'workplace', parseWorkplace(chip), 'selectors');
    put(d, 'employmentType', parseEmploymentType(chip), 'selectors');
    put(d, 'pay', parsePay(chip), 'selectors');
  }
  put(d, 'workplace', parseWorkplace(textAt(root, detail.workplace)), 'selectors');
  readCriteria(d, root);

  const about = aboutFor(allOfAny(doc, detail.about2026), id);
  const descriptionEl = about ? first(about, detail.aboutText2026) ?? about : first(root, detail.description);
  put(d, 'description', blockText(descriptionEl).replace(/^About the job\s*/i, ''), 'selectors');
  if (about) readPane2026(d, about, id, ctx);

  const skills = textsAt(root, detail.skills).flatMap((s) => s.split(/\s*,\s*|\s+and\s+/)).map((s) => s.replace(/^and\s+/i, ''));
  put(d, 'listedSkills', uniq(skills.filter((s) => !/^(and\s+)?\+?\d+ more$/i.test(s))), 'selectors');

  if (isViewPage(ctx.url) || root !== doc) fallbacks(d, doc, root);
  return d;
}

/** "Bengaluru, Karnataka, India · Reposted 2 days ago · 87 applicants": parts known by shape, not position. */
function readMetaLine(d: PostingDraft, text: string, ctx: ReadContext, how: 'selectors' | 'fallback' = 'selectors'): void {
  for (const raw of text.split('·')) {
    const part = squash(raw);
    if (!part) continue;
    if (looksLikePosted(part)) {
      put(d, 'postedText', part, how);
      put(d, 'postedAt', parsePosted(part, ctx.now), how);
    } else if (/applicant|clicked apply/i.test(part)) {
      put(d, 'applicants', parseApplicants(part), how);
    } else if (part !== d.company && !/promoted|responses managed|reviewing|hirer|no longer accepting/i.test(part) && !d.found.locations) {
      placeAndWorkplace(d, part, how);
    }
  }
}

/** The guest page's criteria list: "Employment type: Full-time", "Seniority level: Internship". */
function readCriteria(d: PostingDraft, root: ParentNode): void {
  for (const item of all(root, detail.criteria)) {
    const label = textAt(item, detail.criteriaLabel).toLowerCase();
    const value = textAt(item, detail.criteriaValue);
    if (label.includes('employment type') || (label.includes('seniority') && /internship/i.test(value))) {
      put(d, 'employmentType', parseEmploymentType(value), 'selectors');
    }
  }
}

/** A redesign hides the title and company from every selector: the h1 and "Title | Company | LinkedIn". */
function fallbacks(d: PostingDraft, doc: Document, root: ParentNode): void {
  put(d, 'title', sightedText(root.querySelector('h1')), 'fallback');
  const [title, company] = (doc.title ?? '').split(/\s+\|\s+/);
  if (company && !/linkedin/i.test(company)) {
    put(d, 'title', squash(title ?? ''), 'fallback');
    put(d, 'company', squash(company), 'fallback');
  }
}

/**
 * The nearest ancestor of the about section that holds the top card (the company label, the link to
 * the job itself, or the job's h1). It never spans the result list: a pane whose job names no company (a confidential
 * client) must not borrow the first card's company or lines.
 */
function topCard2026(about: Element, id: string): Element | null {
  const selfLink = `a[href*="/jobs/view/${id}"]`;
  const listHooks = [...list.container, ...list.cards].join(',');
  let pane: Element | null = about.parentElement;
  for (let depth = 0; pane && depth < 6 && pane.tagName !== 'BODY'; depth++) {
    if (pane.querySelector(listHooks)) return null;
    if (pane.querySelector(card2026.company[0]) || pane.querySelector(selfLink) || pane.querySelector('h1')) return pane;
    pane = pane.parentElement;
  }
  return null;
}

/**
 * The top card's "place · date · applicants" lines, whatever element holds them (a <p>, or a <div> of
 * <span>s with the dots in spans of their own): the smallest elements whose text has two parts
 * around a dot. Nothing inside `skip` (the about section) counts.
 */
function metaLines(root: Element, skip: Element): string[] {
  const lines: string[] = [];
  const visit = (el: Element): boolean => {
    if (el === skip) return false;
    let inner = false;
    for (const child of Array.from(el.children)) inner = visit(child) || inner;
    if (inner) return true;
    const text = visibleText(el);
    // a long text is a block of the card, not one line of it
    if (text.length > 200 || text.split('·').filter((part) => squash(part)).length < 2) return false;
    lines.push(text);
    return true;
  };
  visit(root);
  return lines;
}

/**
 * The 2026 pane and /jobs/view page hash every class: beyond the about section only the company's
 * aria-label and the link to the job itself are stable. The top card is the nearest ancestor of the
 * about section that holds the company label; its lines are read by shape (fallback).
 */
function readPane2026(d: PostingDraft, about: Element, id: string, ctx: ReadContext): void {
  const pane = topCard2026(about, id);
  if (!pane) return;
  put(d, 'title', sightedText(pane.querySelector(`a[href*="/jobs/view/${id}"]`) ?? pane.querySelector('h1')), 'fallback');
  const companyEl = first(pane, card2026.company);
  put(d, 'company', squash((companyEl?.getAttribute('aria-label') ?? '').replace(/^Company,\s*/, '').replace(/\.$/, '')), 'fallback');
  for (const line of metaLines(pane, about)) readMetaLine(d, line, ctx, 'fallback');
  for (const button of Array.from(pane.querySelectorAll('button'))) {
    if (about.contains(button)) continue;
    const chip = visibleText(button);
    if (chip.length > 40) continue;
    put(d, 'workplace', parseWorkplace(chip), 'fallback');
    put(d, 'employmentType', parseEmploymentType(chip), 'fallback');
    put(d, 'pay', parsePay(chip), 'fallback');
  }
}
