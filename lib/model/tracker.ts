import * as v from 'valibot';
import { IsoDate, LongText, ShortList, ShortText } from './common';

/** From "saved" to an offer; `rejected` and `withdrawn` end a line early. */
export const TRACKER_STATUSES = ['saved', 'applied', 'interviewing', 'offer', 'rejected', 'withdrawn'] as const;
export const TrackerStatusSchema = v.picklist(TRACKER_STATUSES);
export type TrackerStatus = v.InferOutput<typeof TrackerStatusSchema>;

export const TrackerEntrySchema = v.object({
  postingId: ShortText,
  status: TrackerStatusSchema,
  history: v.pipe(v.array(v.object({ status: TrackerStatusSchema, at: IsoDate })), v.maxLength(1000)),
  notes: LongText,
  nextActionAt: v.nullable(IsoDate),
  tags: ShortList,
  createdAt: IsoDate,
  updatedAt: IsoDate,
});
export type TrackerEntry = v.InferOutput<typeof TrackerEntrySchema>;
