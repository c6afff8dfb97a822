import * as v from 'valibot';

// Shared enums of the public JSON contract (README "Data model"). Renaming a value breaks
// exported plans, stored records and outside tests: add values, never rename them.
export const SITES = ['linkedin', 'naukri', 'internshala', 'other'] as const;
export const WORKPLACES = ['remote', 'hybrid', 'onsite'] as const;
export const EMPLOYMENT_TYPES = ['full-time', 'part-time', 'internship', 'contract', 'temporary'] as const;
export const PAY_PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;

export const SiteSchema = v.picklist(SITES);
export const WorkplaceSchema = v.picklist(WORKPLACES);
export const EmploymentTypeSchema = v.picklist(EMPLOYMENT_TYPES);
export const PayPeriodSchema = v.picklist(PAY_PERIODS);

export type Site = v.InferOutput<typeof SiteSchema>;
export type Workplace = v.InferOutput<typeof WorkplaceSchema>;
export type EmploymentType = v.InferOutput<typeof EmploymentTypeSchema>;
export type PayPeriod = v.InferOutput<typeof PayPeriodSchema>;

// Bounds keep hostile or broken input from filling storage or the UI.
export const ShortText = v.pipe(v.string(), v.maxLength(500));
export const LongText = v.pipe(v.string(), v.maxLength(100_000));
export const ShortList = v.pipe(v.array(ShortText), v.maxLength(500));

/** An ISO 8601 date (`2026-09-26`) or date-time (`2026-09-26T10:00:00.000Z`). */
export const IsoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$/, 'expected an ISO date'),
);

export const NonNegative = v.pipe(v.number(), v.finite(), v.minValue(0));

/** Formats valibot issues as `path: message` lines a person can act on. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** Validates `input` against `schema` without throwing. */
export function check<S extends v.GenericSchema>(schema: S, input: unknown): Checked<v.InferOutput<S>> {
  const result = v.safeParse(schema, input);
  return result.success ? { ok: true, value: result.output } : { ok: false, error: describeIssues(result.issues) };
}
