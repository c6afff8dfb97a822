import { check, PostingSchema, type Posting } from '../model';
import type { CardRef, PageKind, PostingDraft, ReadContext, SiteAdapter } from '../sites/types';

/** how often a pending detail view is looked at again while nothing on the page changes */
const PATIENCE_CHECK_MS = 1000;
/** past this, a detail view still pending is looked at again only when the page changes */
const PATIENCE_LIMIT_MS = 10_000;

/** Marks elements Steppingstone added to the page: their mutations are ours, not the site's. */
export const HOST_ATTR = 'data-ss-host';

export interface PageReading {
  kind: PageKind;
  cards: CardRef[];
  detailId: string | null;
  /** the detail view's content has not arrived yet (see SiteAdapter.pending) */
  pending: string | null;
  /** where the panel goes (SiteAdapter.anchors.detail), looked up again only when the detail view changed */
  detailAnchor: Element | null;
}

export interface PageWatcherOptions {
  adapter: SiteAdapter;
  doc: Document;
  /** the page's current URL (changes without a reload on single-page sites) */
  location: () => string;
  now: () => Date;
  /** `layout` is the adapter's reading of the whole page, computed once per scan */
  toPosting: (draft: PostingDraft, ctx: ReadContext, layout: string | null) => Posting;
  /** new or changed postings, in one batch per scan */
  onPostings: (postings: Posting[], reading: PageReading) => void;
  /** every scan, changed or not: the UI layer re-attaches to remounted cards from it */
  onScan?: (reading: PageReading) => void;
  onError?: (where: string, error: unknown) => void;
  /** ms to gather mutations into one scan */
  batchMs?: number;
  /** cards read per scan at most; the rest are read in the next task, so no task grows long */
  cardsPerScan?: number;
  setTimeout: (fn: () => void, ms: number) => unknown;
}

/**
 * Reads a live job page incrementally. Mutations are gathered into batches; a scan re-reads only cards
 * whose element is new or changed inside, and the detail view only when its id or content changed.
 * Nothing is sent twice unless what was read differs. Never throws: a site redesign degrades to fewer
 * postings, it does not break the page.
 */
export class PageWatcher {
  private readonly o: PageWatcherOptions;
  /** card element → the id it was read with; absent = never read, `null` sig = placeholder */
  private readonly readCards = new WeakMap<Element, { id: string; filled: boolean }>();
  private readonly dirty = new Set<Element>();
  /** posting id → signature of the draft last sent */
  private readonly sent = new Map<string, string>();
  private lastHref = '';
  private lastDetailId: string | null = null;
  private detailDirty = true;
  private detailAnchor: Element | null = null;
  private lastPending: string | null = null;
  private pendingSince: { id: string; at: number } | null = null;
  private patienceTimer = false;
  private scheduled = false;
  private observer: MutationObserver | null = null;
  stopped = false;

  constructor(options: PageWatcherOptions) {
    this.o = options;
  }

  /** Starts watching; after `stop()`, starts again (the site switched back on) and looks at the detail anew. */
  start(): void {
    this.observer?.disconnect();
    this.stopped = false;
    this.detailDirty = true;
    const root = this.o.doc.documentElement;
    this.observer = new MutationObserver((records) => this.collect(records));
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
    this.scan();
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
  }

  /** Called on single-page navigation; also noticed by every scan through `location()`. */
  navigated(): void {
    this.schedule();
  }

  private collect(records: MutationRecord[]): void {
    try {
      const seen = new Set<Node>();
      const anchor = this.detailAnchor;
      let theirs = false;
      for (const record of records) {
        if (isOurs(record)) continue;
        theirs = true;
        // The detail view changed if the mutation is inside it, replaced it, or it is gone.
        if (!anchor || !anchor.isConnected || anchor.contains(record.target) || record.target.contains(anchor)) {
          this.detailDirty = true;
        }
        // Walk up to the card or detail view the change happened in; stop at the first node already visited.
        for (let node: Node | null = record.target; node && !seen.has(node); node = node.parentNode) {
          seen.add(node);
          if (node.nodeType === 1 && this.readCards.has(node as Element)) {
            this.dirty.add(node as Element);
            break;
          }
        }
      }
      // Our own badges going in are no reason to read the page again.
      if (theirs) this.schedule();
    } catch (error) {
      this.o.onError?.('observe', error);
    }
  }

  private schedule(delay = this.o.batchMs ?? 80): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    this.o.setTimeout(() => {
      this.scheduled = false;
      this.scan();
    }, delay);
  }

  /**
   * Another scan in about a frame: work is left over (more cards than one slice, badges still to
   * place). A frame apart, each rendering update styles one slice of new UI, not all of it at once.
   */
  continueSoon(): void {
    this.schedule(16);
  }

  /** One pass over the page; public for tests and benchmarks. */
  scan(): PageReading {
    const empty: PageReading = { kind: 'none', cards: [], detailId: null, pending: null, detailAnchor: null };
    if (this.stopped) return empty;
    const started = performance.now();
    try {
      const { adapter, doc } = this.o;
      const href = this.o.location();
      const url = new URL(href);
      if (href !== this.lastHref) {
        this.lastHref = href;
        this.detailDirty = true;
      }
      const ctx: ReadContext = { url, now: this.o.now() };
      const kind = adapter.pageKind(doc, url);
      const drafts: PostingDraft[] = [];
      const cards = kind === 'search' || kind === 'search+detail' ? adapter.cards(doc, url) : [];
      let budget = this.o.cardsPerScan ?? 200;
      for (const card of cards) {
        const prev = this.readCards.get(card.element);
        if (prev && prev.id === card.nativeId && !this.dirty.has(card.element)) continue;
        if (budget-- <= 0) {
          this.continueSoon();
          break;
        }
        this.dirty.delete(card.element);
        const draft = this.guard('card', () => adapter.readCard(card, ctx));
        this.readCards.set(card.element, { id: card.nativeId, filled: !!draft });
        if (draft && this.changed('card', draft)) drafts.push(draft);
      }
      if (budget > 0) this.dirty.clear();
      const detailId = kind === 'detail' || kind === 'search+detail' ? adapter.detailId(doc, url) : null;
      if (this.pendingSince && this.pendingSince.id !== detailId) this.pendingSince = null;
      const waited = this.pendingSince ? performance.now() - this.pendingSince.at : 0;
      ctx.detailWaitedMs = waited;
      // The detail view is looked at again only when it may have changed: a scan that only continues
      // a long list of cards costs nothing for it.
      const detailChanged = detailId !== this.lastDetailId || this.detailDirty;
      if (detailId && detailChanged) {
        const draft = this.guard('detail', () => adapter.readDetail(doc, ctx));
        if (draft && this.changed('detail', draft)) drafts.push(draft);
      }
      if (detailChanged) this.detailAnchor = detailId ? this.guard('anchor', () => adapter.anchors.detail(doc)) : null;
      this.lastDetailId = detailId;
      this.detailDirty = false;
      if (detailChanged || this.lastPending) this.lastPending = detailId ? this.guard('pending', () => adapter.pending?.(doc, url, waited) ?? null) : null;
      const pending = this.lastPending;
      if (pending && detailId) {
        // Look again when the adapter's patience may have run out, even if the page stays still.
        this.pendingSince ??= { id: detailId, at: performance.now() };
        if (!this.patienceTimer && waited < PATIENCE_LIMIT_MS) {
          this.patienceTimer = true;
          this.o.setTimeout(() => {
            this.patienceTimer = false;
            this.detailDirty = true;
            this.schedule(0);
          }, PATIENCE_CHECK_MS);
        }
      } else this.pendingSince = null;
      const reading: PageReading = { kind, cards, detailId, pending, detailAnchor: this.detailAnchor };
      const layout = drafts.length ? this.guard('layout', () => adapter.layout?.(doc, url) ?? null) : null;
      const postings = drafts.flatMap((d) => this.guard('posting', () => {
        const checked = check(PostingSchema, this.o.toPosting(d, ctx, layout));
        if (!checked.ok) throw new Error(`invalid posting ${d.nativeId}: ${checked.error}`);
        return checked.value;
      }) ?? []);
      // User Timing entries are shared with the page: `npm run bench` reads the extension's own cost from them.
      performance.measure('steppingstone:read', { start: started, detail: { cards: cards.length, read: drafts.length } });
      // Postings first: the UI attaches only to cards whose posting it knows.
      if (postings.length) this.o.onPostings(postings, reading);
      this.o.onScan?.(reading);
      performance.measure('steppingstone:scan', { start: started, detail: { cards: cards.length, read: drafts.length } });
      return reading;
    } catch (error) {
      this.o.onError?.('scan', error);
      return empty;
    }
  }

  /** Card and detail reads of one posting are tracked apart: each is sent again only when it changed. */
  private changed(where: 'card' | 'detail', draft: PostingDraft): boolean {
    const sig = JSON.stringify(draft);
    const key = `${where}:${draft.nativeId}`;
    if (this.sent.get(key) === sig) return false;
    this.sent.set(key, sig);
    return true;
  }

  private guard<T>(where: string, fn: () => T): T | null {
    try {
      return fn();
    } catch (error) {
      this.o.onError?.(where, error);
      return null;
    }
  }
}

function isOurs(record: MutationRecord): boolean {
  const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
  if (target?.closest(`[${HOST_ATTR}]`)) return true;
  if (record.type !== 'childList') return false;
  // Our UI going in is ours; our UI taken out may be the page re-rendering over it: look again.
  if (record.removedNodes.length > 0) return false;
  const nodes = [...record.addedNodes];
  return nodes.length > 0 && nodes.every((n) => n.nodeType === 1 && (n as Element).hasAttribute(HOST_ATTR));
}
