import type { FitReport, TrackerEntry } from '../model';

export type FitStatus = 'pending' | 'ready' | 'no-plan' | 'error';

/** What the in-page UI knows about one posting; the annotator re-renders badges and panel from it. */
export class PostingFit {
  status: FitStatus = 'pending';
  report: FitReport | null = null;
  tracker: TrackerEntry | null = null;
  constructor(readonly postingId: string) {}
}

export interface UiSettings {
  compact: boolean;
  highlightSkills: boolean;
}

/** All postings on the current page, shared by every badge and the panel. */
export class PageFitState {
  readonly fits = new Map<string, PostingFit>();
  settings: UiSettings = { compact: false, highlightSkills: true };
  dark = false;

  get(postingId: string): PostingFit {
    let fit = this.fits.get(postingId);
    if (!fit) this.fits.set(postingId, (fit = new PostingFit(postingId)));
    return fit;
  }

  applyReports(reports: FitReport[], requested: string[], planExists: boolean): void {
    const byId = new Map(reports.map((r) => [r.postingId, r]));
    for (const id of requested) {
      const fit = this.get(id);
      const report = byId.get(id);
      if (report) {
        fit.report = report;
        fit.status = 'ready';
      } else fit.status = planExists ? 'error' : 'no-plan';
    }
  }

  applyTracker(entries: TrackerEntry[]): void {
    for (const entry of entries) this.get(entry.postingId).tracker = entry;
  }

  fail(ids: string[]): void {
    for (const id of ids) this.get(id).status = 'error';
  }
}
