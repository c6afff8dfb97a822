import * as v from 'valibot';
import { IsoDate, ShortList, ShortText, SiteSchema } from '../model';

/** What the content script in a tab last reported about its page: the popup shows it. */
export const PageStatusSchema = v.object({
  tabId: v.number(),
  url: v.string(),
  site: SiteSchema,
  kind: v.picklist(['search', 'detail', 'search+detail', 'none']),
  layout: v.nullable(ShortText),
  degraded: v.boolean(),
  problems: ShortList,
  cardCount: v.nullable(v.number()),
  postingIds: ShortList,
  at: IsoDate,
});
export type PageStatus = v.InferOutput<typeof PageStatusSchema>;
