import * as v from 'valibot';
import {
  EmploymentTypeSchema, IsoDate, LongText, NonNegative, PayPeriodSchema, ShortList, ShortText, SiteSchema,
  WorkplaceSchema,
} from './common';

export const STRATEGIES = ['json-ld', 'embedded-json', 'selectors', 'fallback', 'url'] as const;
export const StrategySchema = v.picklist(STRATEGIES);
export type Strategy = v.InferOutput<typeof StrategySchema>;

/** Fields of a posting that extraction reports on, found or missing. */
export const POSTING_FIELDS = [
  'title', 'company', 'locations', 'workplace', 'employmentType', 'experience', 'pay', 'postedText', 'postedAt',
  'applicants', 'deadline', 'description', 'listedSkills',
] as const;
export type PostingField = (typeof POSTING_FIELDS)[number];

export const ExtractionSchema = v.object({
  /** field name → the strategy that produced it */
  found: v.record(v.picklist(POSTING_FIELDS), StrategySchema),
  missing: v.array(v.picklist(POSTING_FIELDS)),
  /** which page layout the adapter recognised, e.g. `linkedin/2026` */
  layout: v.nullable(ShortText),
  /** true when the page was recognised but could not be read fully */
  degraded: v.boolean(),
});
export type Extraction = v.InferOutput<typeof ExtractionSchema>;

export const RangeSchema = v.object({ min: v.nullable(NonNegative), max: v.nullable(NonNegative) });

export const PaySchema = v.object({
  min: v.nullable(NonNegative),
  max: v.nullable(NonNegative),
  /** ISO 4217 code, e.g. `INR`, `USD` */
  currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)),
  period: PayPeriodSchema,
});
export type Pay = v.InferOutput<typeof PaySchema>;

export const PostingSchema = v.pipe(
  v.object({
    id: v.pipe(ShortText, v.regex(/^(linkedin|naukri|internshala|other):[^\s]+$/)),
    site: SiteSchema,
    nativeId: v.pipe(ShortText, v.minLength(1)),
    url: v.pipe(v.string(), v.maxLength(2048), v.url()),
    title: ShortText,
    company: ShortText,
    locations: ShortList,
    workplace: v.nullable(WorkplaceSchema),
    employmentType: v.nullable(EmploymentTypeSchema),
    experience: v.nullable(RangeSchema),
    pay: v.nullable(PaySchema),
    postedText: v.nullable(ShortText),
    postedAt: v.nullable(IsoDate),
    applicants: v.nullable(NonNegative),
    deadline: v.nullable(IsoDate),
    description: v.nullable(LongText),
    listedSkills: ShortList,
    extraction: ExtractionSchema,
    seenAt: IsoDate,
  }),
  v.check((p) => p.id === `${p.site}:${p.nativeId}`, 'id must be "<site>:<nativeId>"'),
);
export type Posting = v.InferOutput<typeof PostingSchema>;

export function postingId(site: Posting['site'], nativeId: string): string {
  return `${site}:${nativeId}`;
}
