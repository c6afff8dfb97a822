import type { PayHints } from '../../normalize';
import {
  blockText, looksLikePosted, parseApplicants, parseDeadline, parseEmploymentType, parseExperience, parsePay, parsePosted, parseWorkplace,
  squash,
} from '../../normalize';
import { absoluteUrl, all, allOfAny, first, firstOfAny, matchesAny, textAt, textsAt, uniq, visibleText } from '../dom';
import { hasContent, newDraft, put } from '../draft';
import { jsonLdDetail } from '../jsonld';
import { mergeDrafts } from '../posting';
import type { CardRef, PageKind, PostingDraft, ReadContext, SiteAdapter } from '../types';
import { card, detail, icons, listing, old } from './selectors';

const HOSTS = /(^|\.)internshala\.com$/i;
const MORE = /^\+\s*\d+\s*more$/i;
type Kind = 'internship' | 'job';

const isDetailUrl = (url: URL) => /^\/(internship|job)\/detail\//.test(url.pathname);
const kindOfPath = (path: string): Kind | null => (/\/internships?[/_]/.test(path) ? 'internship' : /\/(fresher-)?jobs?[/_]/.test(path) ? 'job' : null);

export const internshala: SiteAdapter = {
  site: 'internshala',
  handles: (url) => HOSTS.test(url.hostname),
  layout(doc, url) {
    if (isDetailUrl(url)) return first(doc, detail.main) ? 'internshala/detail' : null;
    const any = first(doc, listing.cards);
    if (!any) return null;
    return any.querySelector('.job-internship-name, .detail-row-1') ? 'internshala/listing' : 'internshala/listing-legacy';
  },
  pageKind(doc, url): PageKind {
    if (isDetailUrl(url)) return 'detail';
    if (/^\/(internships|jobs|fresher-jobs)(\/|$)/.test(url.pathname) || first(doc, listing.cards)) return 'search';
    return 'none';
  },
  cards(doc, url) {
    if (isDetailUrl(url)) return [];
    const seen = new Set<string>();
    const out: CardRef[] = [];
    // every alternative at once, in page order: a list may mix cards that carry the id either way
    for (const element of allOfAny(doc, listing.cards)) {
      const nativeId = cardId(element);
      if (nativeId && !seen.has(nativeId) && !element.closest('#details_container')) {
        seen.add(nativeId);
        out.push({ nativeId, element });
      }
    }
    return out;
  },
  readCard(ref, ctx) {
    try {
      const d = ref.element.querySelector('.job-internship-name, .detail-row-1') ? readCard(ref, ctx) : readOldCard(ref, ctx);
      return d && hasContent(d) ? d : null;
    } catch {
      return null;
    }
  },
  detailId(doc) {
    const main = first(doc, detail.main);
    return main ? cardId(main) : null;
  },
  readDetail(doc, ctx) {
    try {
      const id = internshala.detailId(doc, ctx.url);
      if (!id) return null;
      const ld = jsonLdDetail(doc, id, ctx.url.href, { currency: 'INR' });
      const dom = readDetailDom(doc, id, ctx);
      const merged = ld ? mergeDrafts(ld, dom) : dom;
      return hasContent(merged) ? merged : null;
    } catch {
      return null;
    }
  },
  anchors: {
    card: (ref) => ref.element,
    detail: (doc) => first(doc, detail.main),
    // the element the description was read from, so highlights line up with its text
    description: (doc) => {
      const body = first(doc, detail.body);
      if (!body) return null;
      const { elements } = aboutSection(body);
      // several blocks: their parent (the highlighter skips the heading before them)
      return elements.length > 1 ? (elements[0]!.parentElement ?? body) : (elements[0] ?? body);
    },
  },
};

/** `internshipid`, else the digits of `id="individual_internship_<id>"`; null when neither holds one. */
function cardId(el: Element): string | null {
  const id = (el.getAttribute('internshipid') ?? '').trim() || /^individual_internship_(\d+)$/.exec(el.id)?.[1] || '';
  return /^\d+$/.test(id) ? id : null;
}

function kindOf(el: Element, url: string | undefined, ctx: ReadContext): Kind {
  const attr = el.getAttribute('employment_type');
  if (attr === 'job' || attr === 'internship') return attr;
  return kindOfPath(url ? new URL(url).pathname : '') ?? kindOfPath(ctx.url.pathname) ?? 'internship';
}

const payHints = (kind: Kind): PayHints => ({ currency: 'INR', period: kind === 'job' ? 'year' : 'month' });

/** Internships are internships; a job is full-time unless labelled part time (the site says so only then). */
function typeInto(d: PostingDraft, kind: Kind, labels: string[]): void {
  const labelled = labels.map((l) => parseEmploymentType(l)).find((t) => t === 'part-time');
  if (kind === 'internship') put(d, 'employmentType', 'internship', 'selectors');
  else if (labelled) put(d, 'employmentType', labelled, 'selectors');
  else put(d, 'employmentType', 'full-time', 'fallback');
}

/** Places as listed; "Work from home" is a workplace, not a place. */
function placesInto(d: PostingDraft, places: string[]): void {
  const real: string[] = [];
  for (const p of places.flatMap((s) => s.split(/\s*,\s*/))) {
    const wp = parseWorkplace(p);
    if (wp && /^(work from home|remote|hybrid)$/i.test(squash(p))) put(d, 'workplace', wp, 'selectors');
    else real.push(p);
  }
  put(d, 'locations', uniq(real), 'selectors');
}

function readCard(ref: CardRef, ctx: ReadContext): PostingDraft | null {
  const root = ref.element;
  const link = first(root, card.title);
  const url = absoluteUrl(root.getAttribute('data-href') ?? link?.getAttribute('href'), ctx.url);
  const kind = kindOf(root, url, ctx);
  const d = newDraft(ref.nativeId, url);
  put(d, 'title', visibleText(link), 'selectors');
  put(d, 'company', textAt(root, card.company), 'selectors');
  for (const item of all(root, card.items)) {
    const span = item.querySelector('span');
    if (item.querySelector(icons.location)) {
      const links = Array.from(item.querySelectorAll('a')).map((a) => visibleText(a));
      placesInto(d, links.length ? links : [visibleText(span)]);
    } else if (item.querySelector(icons.money)) {
      // the desktop text omits the period that the mobile text keeps ("₹ 2,50,000 /year")
      const text = visibleText(item.querySelector('span.mobile')) || visibleText(item.querySelector('span.desktop') ?? span);
      put(d, 'pay', parsePay(text, payHints(kind)), 'selectors');
    } else if (item.querySelector(icons.experience)) {
      put(d, 'experience', parseExperience(visibleText(span)), 'selectors');
    } else if (item.querySelector(icons.wfh)) {
      put(d, 'workplace', parseWorkplace(visibleText(item)) ?? 'remote', 'selectors');
    }
  }
  put(d, 'description', textAt(root, card.snippet), 'selectors');
  // the "+2 more" counter sometimes shares the skills' class: it is not a skill
  put(d, 'listedSkills', textsAt(root, card.skills).filter((s) => !MORE.test(s)), 'selectors');
  const posted = postedAt(root, card.posted);
  put(d, 'postedText', posted, 'selectors');
  put(d, 'postedAt', parsePosted(posted, ctx.now), 'selectors');
  const labels = textsAt(root, card.labels);
  for (const label of labels) put(d, 'workplace', parseWorkplace(label), 'selectors');
  typeInto(d, kind, labels);
  return d;
}

/** `.other_detail_item` rows of the old card and the detail page, known by their heading. */
function otherItemsInto(d: PostingDraft, root: ParentNode, kind: Kind, ctx: ReadContext): void {
  for (const item of all(root, old.items)) {
    const heading = textAt(item, old.itemHeading).toLowerCase();
    const body = textAt(item, old.itemBody);
    if (/stipend|salary|ctc/.test(heading)) put(d, 'pay', parsePay(body, payHints(kind)), 'selectors');
    else if (/apply by/.test(heading)) put(d, 'deadline', parseDeadline(body, ctx.now), 'selectors');
    else if (/experience/.test(heading)) put(d, 'experience', parseExperience(body), 'selectors');
  }
}

function readOldCard(ref: CardRef, ctx: ReadContext): PostingDraft | null {
  const root = ref.element;
  const titleEl = first(root, old.title);
  const link = titleEl?.querySelector('a');
  const url = absoluteUrl(root.getAttribute('data-href') ?? link?.getAttribute('href'), ctx.url);
  const kind = kindOf(root, url, ctx);
  const d = newDraft(ref.nativeId, url);
  put(d, 'title', visibleText(titleEl), 'selectors');
  put(d, 'company', textAt(root, old.company), 'selectors');
  placesInto(d, textsAt(root, old.locations));
  put(d, 'deadline', parseDeadline(textAt(root, old.applyBy), ctx.now), 'selectors');
  otherItemsInto(d, root, kind, ctx);
  const posted = postedAt(root, old.posted);
  put(d, 'postedText', posted, 'selectors');
  put(d, 'postedAt', parsePosted(posted, ctx.now), 'selectors');
  typeInto(d, kind, textsAt(root, card.labels));
  return d;
}

/** "Data Analytics internship in Bangalore at Acme" → "Data Analytics", matching the card's title. */
function cleanTitle(h1: string): string {
  const m = /^(.+?)\s+(?:work from home\s+)?(?:internship|job)\b(?:\s+in\s+.+?)?\s+at\s+.+$/i.exec(h1);
  return m ? m[1]! : h1;
}

function readDetailDom(doc: Document, id: string, ctx: ReadContext): PostingDraft {
  const main = first(doc, detail.main) ?? doc;
  const kind: Kind = ctx.url.pathname.startsWith('/job/') ? 'job' : 'internship';
  const d = newDraft(id, ctx.url.href);
  put(d, 'title', cleanTitle(textAt(doc, detail.title)), 'selectors');
  put(d, 'title', textAt(main, old.title), 'selectors');
  put(d, 'company', textAt(main, old.company), 'selectors');
  placesInto(d, textsAt(main, old.locations));
  put(d, 'pay', parsePay(textAt(main, detail.stipend) || textAt(main, detail.salary), payHints(kind)), 'selectors');
  put(d, 'experience', parseExperience(textAt(main, detail.experience)), 'selectors');
  put(d, 'deadline', parseDeadline(textAt(main, detail.applyBy), ctx.now), 'selectors');
  otherItemsInto(d, main, kind, ctx);
  put(d, 'applicants', parseApplicants(textAt(doc, detail.applicants)), 'selectors');
  const posted = textAt(doc, detail.posted);
  put(d, 'postedText', posted, 'selectors');
  put(d, 'postedAt', parsePosted(posted, ctx.now), 'selectors');
  const body = first(doc, detail.body);
  if (body) {
    const about = aboutSection(body);
    // the applicant count may sit inside: a page statistic, not the posting's text
    const text = about.elements.map((el) => blockText(el, (x) => matchesAny(x, detail.applicantsBox))).filter(Boolean).join('\n\n');
    put(d, 'description', text, about.how);
  }
  put(d, 'listedSkills', skillsAfterHeading(body), 'selectors');
  typeInto(d, kind, textsAt(main, detail.labels));
  return d;
}

/**
 * The posting's own text: what follows "About the internship" / "About the job" up to the next section
 * heading. The body goes on with skills (listedSkills), who can apply, perks, the number of openings
 * and the company, none of which is the description; without the heading, the first plain text block.
 */
function aboutSection(body: Element): { elements: Element[]; how: 'selectors' | 'fallback' } {
  const heading = first(body, detail.aboutHeading);
  if (!heading) {
    const block = first(body, detail.textBlock);
    return { elements: block ? [block] : [], how: 'fallback' };
  }
  // the heading may sit alone in a wrapper, its text after the wrapper
  const start = heading.nextElementSibling ?? (heading.parentElement !== body ? heading.parentElement?.nextElementSibling : null) ?? null;
  const elements: Element[] = [];
  // a wrapper holding the next section's heading ends it; a heading inside the text ("Key responsibilities") does not
  const ends = (el: Element) => matchesAny(el, detail.sectionHeading) || (!matchesAny(el, detail.textContainer) && firstOfAny(el, detail.sectionHeading) !== null);
  for (let next = start; next && !ends(next); next = next.nextElementSibling) {
    if (!matchesAny(next, detail.applicantsBox)) elements.push(next);
  }
  return { elements, how: 'selectors' };
}

/** The round tabs right after the "Skill(s) required" heading (perks use the same tabs). */
function skillsAfterHeading(body: Element | null): string[] {
  const heading = body ? first(body, detail.skillsHeading) : null;
  let next = heading?.nextElementSibling ?? null;
  while (next && !matchesAny(next, detail.tabs)) next = next.nextElementSibling;
  return next ? textsAt(next, detail.tab) : [];
}

/** The first status label that reads as a date: the same classes also mark "Part time" or "Actively hiring". */
function postedAt(root: ParentNode, selectors: readonly string[]): string {
  return allOfAny(root, selectors).map((el) => visibleText(el)).find(looksLikePosted) ?? '';
}
