import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { send } from '../messages/client';
import type { PageReport } from '../messages/protocol';
import type { Posting, TrackerStatus } from '../model';
import { adapterFor, toPosting } from '../sites';
import type { SiteAdapter } from '../sites/types';
import { onChange } from '../store/change-signal';
import { Annotator } from './annotator';
import { PageFitState } from './fit-state';
import { SkillHighlighter } from './highlight';
import { PageWatcher, type PageReading } from './page-watcher';
import { isDarkPage } from './theme';

/**
 * The content script's whole life on a job page: read it (PageWatcher), send what it read to the worker,
 * show the fit (Annotator). Everything it added goes away when the extension is disabled or reloaded.
 */
export async function startContentScript(ctx: ContentScriptContext): Promise<void> {
  // "Read this page" may inject the script into a page where it already runs: one session per page.
  const flag = globalThis as { __steppingstone?: boolean };
  if (flag.__steppingstone) return;
  const adapter = adapterFor(new URL(location.href));
  if (!adapter) return;
  flag.__steppingstone = true;
  ctx.onInvalidated(() => {
    flag.__steppingstone = false;
  });
  const state = new PageFitState();
  const settings = await send({ type: 'settings/get' }).then((r) => r.settings).catch(() => null);
  if (settings && !settings.sites[adapter.site]) {
    // Switched off for this site: do nothing until the user switches it back on.
    const stop = onChange(async (change) => {
      if (!change.settings || !ctx.isValid) return;
      const fresh = await send({ type: 'settings/get' }).catch(() => null);
      if (fresh?.settings.sites[adapter.site]) {
        stop();
        void startContentScript(ctx);
      }
    });
    ctx.onInvalidated(stop);
    return;
  }
  if (settings) state.settings = { compact: settings.compact, highlightSkills: settings.highlightSkills };
  state.dark = isDarkPage(document);
  new ContentSession(ctx, adapter, state).start();
}

class ContentSession {
  private readonly known = new Set<string>();
  private readonly postings = new Map<string, Posting>();
  private readonly annotator: Annotator;
  private readonly highlighter = new SkillHighlighter();
  private readonly watcher: PageWatcher;
  private lastReading: PageReading | null = null;
  private reportedPage = '';
  /** the user switched this site off while the page was open */
  private off = false;
  private scanQueued = false;
  private highlighted: { report: unknown; posting: unknown; on: boolean; anchor: Element | null; container: Element | null } | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly adapter: SiteAdapter,
    private readonly state: PageFitState,
  ) {
    this.annotator = new Annotator(ctx, adapter, state, {
      retry: (id) => void this.refreshFits([id]),
      track: (id, status) => this.track(id, status),
      openReport: (id) => void send({ type: 'report/open', postingId: id }).catch(() => {}),
      highlight: (on) => {
        this.state.settings.highlightSkills = on;
        this.annotator.refresh();
        this.updateHighlights();
      },
    }, {
      more: () => this.watcher.continueSoon(),
      now: () => this.scanBeforePaint(),
    });
    this.watcher = new PageWatcher({
      adapter,
      doc: document,
      location: () => location.href,
      now: () => new Date(),
      toPosting: (draft, readCtx, layout) => toPosting(adapter.site, draft, readCtx, layout),
      onPostings: (postings, reading) => {
        for (const p of postings) {
          this.known.add(p.id);
          this.postings.set(p.id, p);
        }
        // Large lists go in slices: each message stays small and quick to validate.
        for (let i = 0; i < postings.length; i += 100) void this.deliver(postings.slice(i, i + 100), reading);
      },
      onScan: (reading) => this.scanned(reading),
      onError: (where, error) => console.debug(`[steppingstone] ${where}`, error),
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
    });
  }

  start(): void {
    const { ctx } = this;
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      const dark = isDarkPage(document);
      if (dark !== this.state.dark) {
        this.state.dark = dark;
        this.annotator.refresh();
      }
      this.watcher.navigated();
    });
    const stopListening = onChange((change) => {
      if (!ctx.isValid) return;
      if (change.planVersion) void this.refreshFits([...this.known]);
      if (change.settings) void this.reloadSettings();
    });
    ctx.onInvalidated(() => {
      stopListening();
      this.watcher.stop();
      this.annotator.removeAll();
      this.highlighter.clear();
      this.highlighted = null;
    });
    this.watcher.start();
  }

  /**
   * One scan just before the next frame, however many reports arrive until then: UI waiting for them goes
   * in with that frame, and a long list is walked once, not once per answer (the timer covers a hidden tab,
   * where frames do not come).
   */
  private scanBeforePaint(): void {
    if (this.scanQueued) return;
    this.scanQueued = true;
    const run = () => {
      if (!this.scanQueued) return;
      this.scanQueued = false;
      this.watcher.scan();
    };
    this.ctx.requestAnimationFrame(run);
    this.ctx.setTimeout(run, 100);
  }

  private scanned(reading: PageReading): void {
    this.lastReading = reading;
    this.annotator.sync(reading, this.known);
    this.updateHighlights();
    const page = this.pageReport([], reading);
    // A recognised page that yields nothing readable still tells the popup (it shows "degraded").
    if (reading.kind !== 'none' && page.degraded && this.reportedPage === '') void this.deliver([], reading);
  }

  private pageReport(postings: Posting[], reading: PageReading): PageReport {
    const all = [...this.postings.values()];
    const unreadable = reading.kind !== 'none' && all.length === 0 && !reading.pending && (reading.cards.length > 0 || reading.detailId !== null);
    const degraded = unreadable || postings.some((p) => p.extraction.degraded);
    const problems = unreadable ? ['the page was recognised but no posting could be read'] : postings.filter((p) => p.extraction.degraded)
      .map((p) => `${p.id}: missing ${p.extraction.missing.join(', ')}`);
    return {
      url: location.href.slice(0, 2048),
      site: this.adapter.site,
      kind: reading.kind,
      layout: postings.find((p) => p.extraction.layout)?.extraction.layout ?? null,
      degraded,
      problems: problems.slice(0, 10).map((p) => p.slice(0, 300)),
      cardCount: reading.kind === 'search' || reading.kind === 'search+detail' ? reading.cards.length : null,
    };
  }

  private async deliver(postings: Posting[], reading: PageReading, attempt = 0): Promise<void> {
    const ids = postings.map((p) => p.id);
    try {
      const page = this.pageReport(postings, reading);
      const answer = await send({ type: 'postings/seen', postings, page });
      this.reportedPage = JSON.stringify(page);
      // Fit and tracker status arrive together and go on the page in one task: one restyle, not several.
      this.state.applyReports(answer.reports, ids, answer.planVersion !== null);
      this.state.applyTracker(answer.tracker ?? []);
      this.annotator.refresh(ids);
      this.updateHighlights();
    } catch (error) {
      // The worker may be starting up again (MV3 stops it when idle): one retry, then show the error.
      if (attempt === 0 && this.ctx.isValid) this.ctx.setTimeout(() => void this.deliver(postings, reading, 1), 400);
      else {
        this.state.fail(ids);
        this.annotator.refresh(ids);
        console.debug('[steppingstone] could not send postings', error);
      }
    }
  }

  private async refreshFits(ids: string[]): Promise<void> {
    if (!ids.length) return;
    for (const id of ids) if (this.state.get(id).status === 'error') this.state.get(id).status = 'pending';
    this.annotator.refresh(ids);
    try {
      const { reports, planVersion } = await send({ type: 'fit/get', postingIds: ids });
      this.state.applyReports(reports, ids, planVersion !== null);
      this.updateHighlights();
    } catch {
      this.state.fail(ids);
    }
    this.annotator.refresh(ids);
  }

  private async track(postingId: string, status: TrackerStatus): Promise<void> {
    const { entry } = await send({ type: 'tracker/set', postingId, status });
    this.state.applyTracker([entry]);
    this.annotator.refresh([postingId]);
  }

  private async reloadSettings(): Promise<void> {
    const fresh = await send({ type: 'settings/get' }).catch(() => null);
    if (!fresh) return;
    if (!fresh.settings.sites[this.adapter.site]) {
      // Switched off: everything goes, and replies still in flight must not bring any of it back.
      this.off = true;
      this.watcher.stop();
      this.annotator.removeAll();
      this.highlighter.clear();
      this.highlighted = null;
      return;
    }
    this.state.settings = { compact: fresh.settings.compact, highlightSkills: fresh.settings.highlightSkills };
    if (this.off) {
      // Switched back on: read and annotate the page again from what is on it now.
      this.off = false;
      this.watcher.start();
      return;
    }
    this.annotator.refresh();
    this.updateHighlights();
  }

  private updateHighlights(): void {
    if (this.off) return;
    const detailId = this.lastReading?.detailId ? `${this.adapter.site}:${this.lastReading.detailId}` : null;
    const report = detailId ? this.state.get(detailId).report : null;
    const posting = detailId ? this.postings.get(detailId) : undefined;
    // Every scan ends here; the description is looked up again only when something it depends on changed.
    const inputs = { report, posting, on: this.state.settings.highlightSkills, anchor: this.lastReading?.detailAnchor ?? null };
    const last = this.highlighted;
    if (last && last.container?.isConnected !== false && last.report === inputs.report && last.posting === inputs.posting && last.on === inputs.on && last.anchor === inputs.anchor) return;
    const container = detailId && report && posting && inputs.on ? this.adapter.anchors.description(document) : null;
    this.highlighted = { ...inputs, container };
    if (!inputs.on || !report || !posting || !container) this.highlighter.clear();
    else this.highlighter.show(container, posting, report);
  }
}
