import * as v from 'valibot';
import { ShortList, ShortText } from './common';

export const VERDICTS = ['career-step', 'stretch', 'paycheck', 'off-plan', 'dealbreaker'] as const;
export const VerdictSchema = v.picklist(VERDICTS);
export type Verdict = v.InferOutput<typeof VerdictSchema>;

const Unit = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

/** A quote from the posting (with character offsets into its description) or an item of the plan. */
export const EvidenceSchema = v.object({
  source: v.picklist(['posting', 'plan']),
  text: ShortText,
  start: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  end: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});
export type Evidence = v.InferOutput<typeof EvidenceSchema>;

export const FactorSchema = v.object({
  name: ShortText,
  score: Unit,
  weight: v.pipe(v.number(), v.minValue(0)),
  evidence: v.pipe(v.array(EvidenceSchema), v.maxLength(100)),
});
export type Factor = v.InferOutput<typeof FactorSchema>;

export const SkillRefSchema = v.object({
  id: ShortText,
  label: ShortText,
  /** true when the posting requires it, false when it is preferred or only mentioned */
  required: v.boolean(),
  /** for matches credited through `implies` or a close skill: the plan skill that earned it */
  via: v.optional(ShortText),
  /** where the posting's description mentions it: offsets into `posting.description` (for highlighting) */
  mentions: v.optional(v.pipe(v.array(v.object({ start: v.pipe(v.number(), v.integer(), v.minValue(0)), end: v.pipe(v.number(), v.integer(), v.minValue(0)) })), v.maxLength(50))),
});
export type SkillRef = v.InferOutput<typeof SkillRefSchema>;

export const FitReportSchema = v.object({
  postingId: ShortText,
  score: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
  verdict: VerdictSchema,
  /** the one-line reason for the verdict, in plain words */
  summary: ShortText,
  factors: v.array(FactorSchema),
  matchedSkills: v.array(SkillRefSchema),
  missingSkills: v.array(SkillRefSchema),
  learningSkills: v.array(SkillRefSchema),
  reasons: ShortList,
  scorerVersion: ShortText,
  planVersion: ShortText,
});
export type FitReport = v.InferOutput<typeof FitReportSchema>;
