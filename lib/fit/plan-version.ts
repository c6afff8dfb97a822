import { copyPlan, HORIZONS, SENIORITIES, type CareerPlan } from '../model';
import { hash53 } from './text';

// A plan's lists are sets to the scorer: the order a person typed skills or dealbreakers in must not change
// a report or its cache key. Everything downstream works on this canonical form.

const HORIZON_INDEX = new Map<string, number>(HORIZONS.map((h, i) => [h, i]));
const SENIORITY_INDEX = new Map<string, number>(SENIORITIES.map((s, i) => [s, i]));

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The plan with every list in one fixed order (targetRoles by horizon, then seniority, then title). */
export function canonicalPlan(plan: CareerPlan): CareerPlan {
  const copy = copyPlan(plan);
  copy.targetRoles.sort(
    (a, b) =>
      (HORIZON_INDEX.get(a.horizon) ?? 0) - (HORIZON_INDEX.get(b.horizon) ?? 0) ||
      (SENIORITY_INDEX.get(a.seniority) ?? 0) - (SENIORITY_INDEX.get(b.seniority) ?? 0) ||
      byText(a.title, b.title),
  );
  copy.skills.sort((a, b) => byText(a.name, b.name) || a.level - b.level || a.years - b.years);
  const { preferences, dealbreakers } = copy;
  for (const list of [copy.learning, preferences.locations, preferences.workplace, preferences.employmentTypes, dealbreakers.companies, dealbreakers.keywords]) {
    list.sort(byText);
  }
  return copy;
}

/** JSON of the canonical plan: fixed key order (built above), so equal plans give equal strings. */
export function canonicalJson(plan: CareerPlan): string {
  return JSON.stringify(canonicalPlan(plan));
}

/** A short stable hash of the plan, unchanged by reordering its lists: `p` + 11 base-36 digits. */
export function planVersion(plan: CareerPlan): string {
  return versionOfJson(canonicalJson(plan));
}

export function versionOfJson(json: string): string {
  return `p${hash53(json).toString(36).padStart(11, '0')}`;
}
