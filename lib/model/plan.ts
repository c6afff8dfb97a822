import * as v from 'valibot';
import { EmploymentTypeSchema, LongText, NonNegative, PayPeriodSchema, ShortList, ShortText, WorkplaceSchema } from './common';

export const SENIORITIES = ['intern', 'entry', 'junior', 'mid', 'senior', 'lead', 'manager'] as const;
export const HORIZONS = ['now', '1y', '3y', '5y', '10y'] as const;
export const VALUE_NAMES = ['growth', 'learning', 'mentorship', 'compensation', 'flexibility', 'stability'] as const;

export const SenioritySchema = v.picklist(SENIORITIES);
export const HorizonSchema = v.picklist(HORIZONS);
export type Seniority = v.InferOutput<typeof SenioritySchema>;
export type Horizon = v.InferOutput<typeof HorizonSchema>;
export type ValueName = (typeof VALUE_NAMES)[number];

const ValueScore = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(5));

export const TargetRoleSchema = v.object({
  title: v.pipe(ShortText, v.minLength(1)),
  seniority: SenioritySchema,
  horizon: HorizonSchema,
});
export type TargetRole = v.InferOutput<typeof TargetRoleSchema>;

export const PlanSkillSchema = v.object({
  /** canonical skill id from the taxonomy where known, else the user's own words */
  name: v.pipe(ShortText, v.minLength(1)),
  level: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
  years: v.pipe(NonNegative, v.maxValue(60)),
});
export type PlanSkill = v.InferOutput<typeof PlanSkillSchema>;

export const MinPaySchema = v.object({
  amount: NonNegative,
  currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)),
  period: PayPeriodSchema,
});

/** The user's career plan; also the export/import file format (`version: 1`). */
export const CareerPlanSchema = v.object({
  version: v.literal(1),
  vision: LongText,
  targetRoles: v.pipe(v.array(TargetRoleSchema), v.maxLength(50)),
  skills: v.pipe(v.array(PlanSkillSchema), v.maxLength(500)),
  learning: ShortList,
  experienceYears: v.pipe(NonNegative, v.maxValue(60)),
  preferences: v.object({
    locations: ShortList,
    workplace: v.array(WorkplaceSchema),
    employmentTypes: v.array(EmploymentTypeSchema),
    minPay: v.nullable(MinPaySchema),
  }),
  values: v.object({
    growth: ValueScore,
    learning: ValueScore,
    mentorship: ValueScore,
    compensation: ValueScore,
    flexibility: ValueScore,
    stability: ValueScore,
  }),
  dealbreakers: v.object({ companies: ShortList, keywords: ShortList }),
});
export type CareerPlan = v.InferOutput<typeof CareerPlanSchema>;

export function emptyPlan(): CareerPlan {
  return {
    version: 1,
    vision: '',
    targetRoles: [],
    skills: [],
    learning: [],
    experienceYears: 0,
    preferences: { locations: [], workplace: [], employmentTypes: [], minPay: null },
    values: { growth: 3, learning: 3, mentorship: 3, compensation: 3, flexibility: 3, stability: 3 },
    dealbreakers: { companies: [], keywords: [] },
  };
}

/**
 * A fresh copy of the plan holding only the schema's fields, in schema order: extra keys an object picked
 * up elsewhere (a Svelte proxy, an older file) never reach a plan's JSON, its export or its version hash.
 */
export function copyPlan(plan: CareerPlan): CareerPlan {
  const { preferences: prefs, values, dealbreakers } = plan;
  return {
    version: 1,
    vision: plan.vision,
    targetRoles: plan.targetRoles.map((r) => ({ title: r.title, seniority: r.seniority, horizon: r.horizon })),
    skills: plan.skills.map((s) => ({ name: s.name, level: s.level, years: s.years })),
    learning: [...plan.learning],
    experienceYears: plan.experienceYears,
    preferences: {
      locations: [...prefs.locations],
      workplace: [...prefs.workplace],
      employmentTypes: [...prefs.employmentTypes],
      minPay: prefs.minPay ? { amount: prefs.minPay.amount, currency: prefs.minPay.currency, period: prefs.minPay.period } : null,
    },
    values: {
      growth: values.growth,
      learning: values.learning,
      mentorship: values.mentorship,
      compensation: values.compensation,
      flexibility: values.flexibility,
      stability: values.stability,
    },
    dealbreakers: { companies: [...dealbreakers.companies], keywords: [...dealbreakers.keywords] },
  };
}
