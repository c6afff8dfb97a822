import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { TrackerStatus } from '../model';
import type { SiteAdapter } from '../sites/types';
import { BadgeView } from './badge-view';
import { PanelView } from './panel-view';
import type { PageFitState } from './fit-state';
import { HOST_ATTR, type PageReading } from './page-watcher';
import { createShadowHost } from './shadow-host';
import { styleShadow } from './styles';

export interface AnnotatorActions {
  retry(postingId: string): void;
  track(postingId: string, status: TrackerStatus): Promise<void>;
  openReport(postingId: string): void;
  highlight(on: boolean): void;
}

/** How the annotator asks for another scan of the page (each scan ends in `sync`). */
export interface Rescan {
  /** in about a frame: badges are left to place after this slice */
  more(): void;
  /** at once: reports arrived for UI that was waiting for them, so it goes in within this task */
  now(): void;
}

interface Placed {
  postingId: string;
  anchor: Element;
  host: HTMLElement;
}

/** Keeps exactly one badge on every read card and one panel on the posting in view. */
export class Annotator {
  private readonly badges = new Map<Element, Placed & { view: BadgeView }>();
  private panel: (Placed & { view: PanelView; ui: ShadowRootContentScriptUi<PanelView> }) | null = null;
  private pendingPanel: string | null = null;
  private readonly cardAnchors = new WeakMap<Element, { anchor: Element; postingId: string }>();

  private readonly waitingSince = new Map<string, number>();
  private active = false;
  private graceTimer = false;

  /** Badges placed per sync at most: a thousand cards are badged over several tasks, none of them long. */
  static readonly BADGES_PER_SYNC = 200;
  /**
   * How long a new card waits for its report before it shows a pending badge. The worker usually answers
   * well within it, and a badge that goes in once, with its score, restyles and relays out the list once
   * instead of twice (pending, then ready), with no flash of "Reading fit…".
   */
  static readonly PENDING_GRACE_MS = 150;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly adapter: SiteAdapter,
    private readonly state: PageFitState,
    private readonly actions: AnnotatorActions,
    private readonly rescan: Rescan = { more: () => {}, now: () => {} },
  ) {}

  /** Called after every scan: attach to new or remounted cards, drop UI whose card left the page. */
  sync(reading: PageReading, known: ReadonlySet<string>): void {
    this.active = true;
    const now = performance.now();
    let waitMs = Infinity;
    for (const [anchor, placed] of this.badges) {
      if (!anchor.isConnected || !placed.host.isConnected) this.dropBadge(anchor);
    }
    // waiting ends for what goes in now, after both loops: a posting may be a card and the detail view
    const settled: string[] = [];
    let budget = Annotator.BADGES_PER_SYNC;
    for (const card of reading.cards) {
      const postingId = this.idOf(card.nativeId);
      if (!known.has(postingId)) continue;
      // A card already badged for this posting is passed over without looking for its anchor again:
      // on a long list most cards are, and every scan walks them all.
      const last = this.cardAnchors.get(card.element);
      if (last && last.postingId === postingId && this.badges.get(last.anchor)?.postingId === postingId && last.anchor.isConnected && card.element.contains(last.anchor)) continue;
      const anchor = this.adapter.anchors.card(card);
      if (!anchor) continue;
      this.cardAnchors.set(card.element, { anchor, postingId });
      const placed = this.badges.get(anchor);
      if (placed?.postingId === postingId) continue;
      const left = this.graceLeft(postingId, now);
      if (left > 0) {
        if (placed) this.dropBadge(anchor); // never show the previous posting's fit meanwhile
        waitMs = Math.min(waitMs, left);
        continue;
      }
      if (budget-- <= 0) {
        this.rescan.more();
        break;
      }
      if (placed) this.dropBadge(anchor); // a recycled list item now shows another posting
      settled.push(postingId);
      this.placeBadge(anchor, postingId);
    }
    const detailId = reading.detailId ? this.idOf(reading.detailId) : null;
    const detailAnchor = detailId && known.has(detailId) ? reading.detailAnchor : null;
    if (this.panel && (this.panel.postingId !== detailId || this.panel.anchor !== detailAnchor || !this.panel.host.isConnected)) {
      this.panel.ui.remove();
      this.panel = null;
    }
    if (detailId && detailAnchor && !this.panel && this.pendingPanel !== detailId) {
      // The panel waits for its report like the badges, so panel and badges go in together.
      const left = this.graceLeft(detailId, now);
      if (left > 0) waitMs = Math.min(waitMs, left);
      else {
        settled.push(detailId);
        void this.placePanel(detailAnchor, detailId);
      }
    }
    for (const id of settled) this.waitingSince.delete(id);
    if (waitMs < Infinity && !this.graceTimer) {
      this.graceTimer = true;
      this.ctx.setTimeout(() => {
        this.graceTimer = false;
        this.resync();
      }, Math.ceil(waitMs));
    }
  }

  /** How much longer UI for this posting waits for its report; 0 once it has one or waited long enough. */
  private graceLeft(postingId: string, now: number): number {
    if (this.state.get(postingId).status !== 'pending') return 0;
    const since = this.waitingSince.get(postingId) ?? now;
    this.waitingSince.set(postingId, since);
    return Math.max(0, Annotator.PENDING_GRACE_MS - (now - since));
  }

  /** Re-renders badges after their postings' state changed (reports, tracker, settings, theme). */
  refresh(ids?: Iterable<string>): void {
    const only = ids ? new Set(ids) : null;
    // UI still waiting for these reports goes in now, through a fresh scan
    if ([...(only ?? this.waitingSince.keys())].some((id) => this.waitingSince.has(id))) this.resync();
    for (const placed of this.badges.values()) {
      if (!only || only.has(placed.postingId)) placed.view.render(this.state.get(placed.postingId), this.state);
    }
    if (this.panel && (!only || only.has(this.panel.postingId))) this.panel.view.render(this.state.get(this.panel.postingId), this.state);
  }

  /** Places waiting UI through a fresh scan: a card read earlier may since show another posting. */
  private resync(): void {
    if (this.active && this.ctx.isValid) this.rescan.now();
  }

  removeAll(): void {
    this.active = false;
    this.waitingSince.clear();
    for (const anchor of [...this.badges.keys()]) this.dropBadge(anchor);
    this.panel?.ui.remove();
    this.panel = null;
  }

  private idOf(nativeId: string): string {
    return `${this.adapter.site}:${nativeId}`;
  }

  private dropBadge(anchor: Element): void {
    this.badges.get(anchor)?.host.remove();
    this.badges.delete(anchor);
  }

  private host(el: HTMLElement, postingId: string, kind: 'badge' | 'panel'): void {
    el.setAttribute(HOST_ATTR, kind);
    el.setAttribute('data-ss-posting', postingId);
    const fit = this.state.get(postingId);
    el.setAttribute('data-ss-fit', fit.report && fit.status === 'ready' ? String(fit.report.score) : fit.status === 'error' ? 'error' : 'pending');
    el.setAttribute('data-ss-verdict', fit.report?.verdict ?? fit.status);
  }

  /** Builds the badge whole while detached, then inserts it with one DOM write (see shadow-host.ts). */
  private placeBadge(anchor: Element, postingId: string): void {
    const { host, shadow } = createShadowHost(anchor.ownerDocument, 'steppingstone-badge', 'badge');
    this.host(host, postingId, 'badge');
    const view = new BadgeView(shadow, host, () => this.actions.retry(postingId));
    view.render(this.state.get(postingId), this.state);
    anchor.append(host);
    this.badges.set(anchor, { postingId, anchor, host, view });
  }

  private async placePanel(anchor: Element, postingId: string): Promise<void> {
    this.pendingPanel = postingId;
    try {
      const ui = await createShadowRootUi<PanelView>(this.ctx, {
        name: 'steppingstone-panel',
        position: 'inline',
        anchor,
        append: 'first',
        isolateEvents: true,
        onMount: (container, shadow, host) => {
          this.host(host, postingId, 'panel');
          styleShadow(shadow, 'panel');
          const view = new PanelView(container, host, {
            retry: () => this.actions.retry(postingId),
            track: (status) => this.actions.track(postingId, status),
            openReport: () => this.actions.openReport(postingId),
            highlight: (on) => this.actions.highlight(on),
          });
          view.render(this.state.get(postingId), this.state);
          return view;
        },
      });
      if (!anchor.isConnected || this.panel) return;
      ui.mount();
      this.panel = { postingId, anchor, ui, host: ui.shadowHost, view: ui.mounted! };
    } finally {
      this.pendingPanel = null;
    }
  }
}
