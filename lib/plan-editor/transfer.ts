import { CareerPlanSchema, check, copyPlan, type CareerPlan, type Checked } from '../model';
import { sameKey } from './lists';

// Export and import of the plan file (`version: 1`, the CareerPlan JSON of the data model). Import
// validates everything before anything changes; errors name the path and what is wrong with it.

/** Larger files are not plans: refuse before reading them into memory. */
export const MAX_IMPORT_BYTES = 2_000_000;

/** A stable JSON text of the plan, fields in schema order, for the download and for change detection. */
export function planJson(plan: CareerPlan, indent = 0): string {
  return JSON.stringify(copyPlan(plan), null, indent);
}

/** `steppingstone-plan-2026-05-01.json` (local date of `now`). */
export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `steppingstone-plan-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/**
 * Reads an imported file's text as a plan. Accepts the plan itself, or a saved-plan record
 * (`{revision, savedAt, plan}`) as the store and older exports hold it. Never throws.
 */
export function parsePlanFile(text: string): Checked<CareerPlan> {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: `the file is too large for a plan (over ${MAX_IMPORT_BYTES / 1_000_000} MB)` };
  if (!text.trim()) return { ok: false, error: 'the file is empty' };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: `the file is not JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, error: 'the file does not hold a plan: expected a JSON object with "version": 1' };
  }
  const record = data as Record<string, unknown>;
  if (!('version' in record) && 'plan' in record && record.plan && typeof record.plan === 'object') {
    return parsePlanObject(record.plan, 'plan.');
  }
  return parsePlanObject(record, '');
}

function parsePlanObject(data: unknown, prefix: string): Checked<CareerPlan> {
  const version = (data as Record<string, unknown>).version;
  if (version !== 1) {
    return { ok: false, error: `${prefix}version: expected 1, found ${version === undefined ? 'none' : JSON.stringify(version)} (is this a Steppingstone plan?)` };
  }
  const result = check(CareerPlanSchema, data);
  if (!result.ok) {
    // valibot says `Invalid key: Expected "skills" but received undefined` for a missing field.
    const error = result.error.replace(/Invalid key: Expected "[^"]*" but received undefined/g, 'missing');
    return { ok: false, error: prefix ? error.replace(/(^|; )/g, `$1${prefix}`) : error };
  }
  return { ok: true, value: tidyPlan(result.value) };
}

/**
 * What the editor saves: text trimmed, rungs without a title and blank list entries dropped, lists
 * without repeats (skills keep their first entry). Does not validate; `check` does that afterwards.
 */
export function tidyPlan(plan: CareerPlan): CareerPlan {
  const texts = (list: readonly string[]) => {
    const seen = new Set<string>();
    return list.map((s) => s.trim()).filter((s) => {
      const key = sameKey(s);
      if (!key || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };
  const skillKeys = new Set<string>();
  return {
    version: 1,
    vision: plan.vision.trim(),
    targetRoles: plan.targetRoles
      .map((r) => ({ title: r.title.trim(), seniority: r.seniority, horizon: r.horizon }))
      .filter((r) => r.title),
    skills: plan.skills
      .map((s) => ({ name: s.name.trim(), level: s.level, years: s.years }))
      .filter((s) => {
        const key = sameKey(s.name);
        if (!key || skillKeys.has(key)) return false;
        skillKeys.add(key);
        return true;
      }),
    learning: texts(plan.learning),
    experienceYears: plan.experienceYears,
    preferences: {
      locations: texts(plan.preferences.locations),
      workplace: [...new Set(plan.preferences.workplace)],
      employmentTypes: [...new Set(plan.preferences.employmentTypes)],
      minPay: plan.preferences.minPay ? { ...plan.preferences.minPay } : null,
    },
    values: { ...plan.values },
    dealbreakers: { companies: texts(plan.dealbreakers.companies), keywords: texts(plan.dealbreakers.keywords) },
  };
}

/** Tidies and validates a plan the editor is about to save. */
export function preparePlanForSave(plan: CareerPlan): Checked<CareerPlan> {
  return check(CareerPlanSchema, tidyPlan(plan));
}
