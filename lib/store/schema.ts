import type { DBSchema } from 'idb';
import type { Posting, TrackerEntry } from '../model';
import type { PageStatus } from './page-status';
import type { CachedReport, SavedPlan, Settings } from './records';

export const DB_NAME = 'steppingstone';
export const DB_VERSION = 1;

export interface SteppingstoneDB extends DBSchema {
  /** every saved revision of the plan; the highest revision is the current one */
  plans: { key: number; value: SavedPlan };
  /** postings the user has seen, bounded: the oldest are dropped */
  postings: { key: string; value: Posting; indexes: { 'by-seenAt': string } };
  /** fit reports cached by posting, plan version and scorer version */
  reports: {
    key: [string, string, string];
    value: CachedReport;
    indexes: { 'by-posting': string };
  };
  tracker: { key: string; value: TrackerEntry; indexes: { 'by-updatedAt': string } };
  settings: { key: 'settings'; value: Settings };
  /** the last page report of each tab, for the popup */
  pages: { key: number; value: PageStatus };
}
