import type { Extraction, Pay, Posting, PostingField, Site, Strategy } from '../model';

export type PageKind = 'search' | 'detail' | 'search+detail' | 'none';

/** Fields one place on a page yielded, each tagged with how it was found. Absent means not shown there. */
export interface PostingDraft {
  nativeId: string;
  url?: string;
  title?: string;
  company?: string;
  locations?: string[];
  workplace?: Posting['workplace'];
  employmentType?: Posting['employmentType'];
  experience?: Posting['experience'];
  pay?: Pay | null;
  postedText?: string;
  postedAt?: string | null;
  applicants?: number | null;
  deadline?: string | null;
  description?: string;
  listedSkills?: string[];
  /** field → strategy that produced it */
  found: Partial<Record<PostingField, Strategy>>;
}

export interface ReadContext {
  url: URL;
  /** when the page was read: relative dates ("3 days ago") resolve against it */
  now: Date;
  /** how long the live page's detail view has already been pending (see SiteAdapter.pending) */
  detailWaitedMs?: number;
}

/** A job card in a list: its element and the site's native id (never its position). */
export interface CardRef {
  nativeId: string;
  element: Element;
}

/**
 * One per site. Pure DOM reading: no browser extension API, no network, never throws
 * (a redesign must degrade to fewer fields, not crash the content script).
 */
export interface SiteAdapter {
  readonly site: Site;
  /** the hosts this adapter reads (`www.linkedin.com`, `in.linkedin.com`, ...) */
  handles(url: URL): boolean;
  pageKind(doc: Document, url: URL): PageKind;
  /** the page layout recognised (`linkedin/classic`, `naukri/jd`, ...), for `extraction.layout`; null when none */
  layout?(doc: Document, url: URL): string | null;
  /** every card in the list, including virtualised items that have only their id */
  cards(doc: Document, url: URL): CardRef[];
  /** null when the card has no content yet (virtualised placeholder) */
  readCard(card: CardRef, ctx: ReadContext): PostingDraft | null;
  /** the posting shown in the detail view or pane, or null when none is shown yet */
  detailId(doc: Document, url: URL): string | null;
  /**
   * Why the detail view has no posting yet although it will (Naukri's server shell, a LinkedIn pane
   * still showing the previous job), or null. A pending page is not a degraded one.
   */
  pending?(doc: Document, url: URL, waitedMs?: number): string | null;
  readDetail(doc: Document, ctx: ReadContext): PostingDraft | null;
  /** where in-page UI may attach */
  anchors: {
    card(card: CardRef): Element | null;
    detail(doc: Document): Element | null;
    description(doc: Document): Element | null;
  };
}

/** What reading a whole page gives: the `extract` CLI contract plus diagnostics. */
export interface PageExtraction {
  page: PageKind;
  cardCount: number | null;
  postings: Posting[];
  /** the page was recognised but could not be read (fully): the popup shows it */
  degraded: boolean;
  layout: string | null;
  /** every reason the page gave fewer postings or fields than it shows, pending ones included */
  problems: string[];
  /** the problems that are content still on its way (a shell, a loading pane), not a misread */
  pending: string[];
}

export type { Extraction };
