import type { CareerPlan, FitReport, Posting } from '../model';

/** What the worker needs from the fit scorer (lib/fit): injected so handlers stay testable. */
export interface Scorer {
  readonly version: string;
  planVersion(plan: CareerPlan): string;
  score(plan: CareerPlan, posting: Posting, now: Date): FitReport;
}
