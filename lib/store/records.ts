import * as v from 'valibot';
import { CareerPlanSchema, FitReportSchema, IsoDate, SITES } from '../model';

export const SavedPlanSchema = v.object({
  revision: v.pipe(v.number(), v.integer(), v.minValue(1)),
  planVersion: v.string(),
  savedAt: IsoDate,
  plan: CareerPlanSchema,
});
export type SavedPlan = v.InferOutput<typeof SavedPlanSchema>;

export const SettingsSchema = v.object({
  /** per-site on/off for in-page annotation */
  sites: v.object({
    linkedin: v.boolean(),
    naukri: v.boolean(),
    internshala: v.boolean(),
    other: v.boolean(),
  }),
  compact: v.boolean(),
  highlightSkills: v.boolean(),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;

export function defaultSettings(): Settings {
  return {
    sites: Object.fromEntries(SITES.map((s) => [s, true])) as Settings['sites'],
    compact: false,
    highlightSkills: true,
  };
}

/**
 * A fit report as cached: keyed like the report, plus the day it was computed, because a report
 * depends on the date (deadlines, posting age) and is recomputed on a new day.
 */
export const CachedReportSchema = v.object({
  postingId: v.string(),
  planVersion: v.string(),
  scorerVersion: v.string(),
  day: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
  report: FitReportSchema,
});
export type CachedReport = v.InferOutput<typeof CachedReportSchema>;
