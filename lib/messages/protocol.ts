import * as v from 'valibot';
import {
  CareerPlanSchema, IsoDate, LongText, PostingSchema, ShortList, ShortText, SiteSchema, TrackerStatusSchema,
  type FitReport, type Posting, type TrackerEntry,
} from '../model';
import { SettingsSchema, type SavedPlan, type Settings } from '../store/records';
import type { PageStatus } from '../store/page-status';

const Ids = v.pipe(v.array(ShortText), v.maxLength(2000));

export const PageReportSchema = v.object({
  url: v.pipe(v.string(), v.maxLength(2048)),
  site: SiteSchema,
  kind: v.picklist(['search', 'detail', 'search+detail', 'none']),
  layout: v.nullable(ShortText),
  degraded: v.boolean(),
  problems: v.pipe(ShortList, v.maxLength(20)),
  cardCount: v.nullable(v.number()),
});
export type PageReport = v.InferOutput<typeof PageReportSchema>;

/** Every request any part of the extension may send the worker. */
export const RequestSchema = v.variant('type', [
  v.object({ type: v.literal('postings/seen'), postings: v.pipe(v.array(PostingSchema), v.maxLength(200)), page: PageReportSchema }),
  v.object({ type: v.literal('postings/recent'), limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)) }),
  v.object({ type: v.literal('postings/get'), ids: Ids }),
  v.object({ type: v.literal('page/status'), tabId: v.pipe(v.number(), v.integer()) }),
  v.object({ type: v.literal('fit/get'), postingIds: Ids }),
  v.object({ type: v.literal('plan/get') }),
  v.object({ type: v.literal('plan/save'), plan: CareerPlanSchema }),
  v.object({ type: v.literal('tracker/get'), postingIds: Ids }),
  v.object({ type: v.literal('tracker/list') }),
  v.object({
    type: v.literal('tracker/set'),
    postingId: ShortText,
    status: TrackerStatusSchema,
    notes: v.optional(LongText),
    nextActionAt: v.optional(v.nullable(IsoDate)),
    tags: v.optional(ShortList),
  }),
  v.object({ type: v.literal('tracker/delete'), postingId: ShortText }),
  v.object({ type: v.literal('settings/get') }),
  v.object({ type: v.literal('report/open'), postingId: ShortText }),
  v.object({ type: v.literal('fit/check'), title: ShortText, company: v.optional(ShortText), description: LongText }),
  v.object({ type: v.literal('settings/save'), settings: SettingsSchema }),
]);
export type Request = v.InferOutput<typeof RequestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/** What each request answers with, when it succeeds. */
export interface ResponseMap {
  /** the postings' fit reports and tracker entries in one answer: the page renders them together */
  'postings/seen': { stored: number; reports: FitReport[]; planVersion: string | null; tracker: TrackerEntry[] };
  'postings/recent': { postings: Posting[] };
  'postings/get': { postings: Posting[] };
  'page/status': { status: PageStatus | null };
  'fit/get': { reports: FitReport[]; planVersion: string | null };
  'plan/get': { saved: SavedPlan | null };
  'plan/save': { saved: SavedPlan };
  'tracker/get': { entries: TrackerEntry[] };
  'tracker/list': { entries: TrackerEntry[]; postings: Posting[] };
  'tracker/set': { entry: TrackerEntry };
  'tracker/delete': { deleted: string };
  'settings/get': { settings: Settings };
  'settings/save': { settings: Settings };
  'report/open': { opened: boolean };
  'fit/check': { report: FitReport | null; posting: Posting };
}

/** Requests a content script may make. Pages of the web can reach a content script; they must not
 * reach the plan, delete tracker entries or change settings through it. */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set<RequestType>([
  'postings/seen', 'fit/get', 'tracker/set', 'settings/get', 'report/open',
]);

export type ErrorCode = 'invalid' | 'unknown-type' | 'forbidden' | 'not-found' | 'internal';
export type Response<T extends RequestType> =
  | { ok: true; data: ResponseMap[T] }
  | { ok: false; error: { code: ErrorCode; message: string } };
export type AnyResponse = Response<RequestType>;
