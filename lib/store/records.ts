import * as v from 'valibot';
import { CareerPlanSchema, IsoDate, SITES } from '../model';

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
