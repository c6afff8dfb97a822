import * as v from 'valibot';
import { POSTING_FIELDS, PostingSchema, TrackerEntrySchema, type FitReport, type Posting, type TrackerEntry } from '../model';
import { mergePosting } from '../postings/merge';
import { getDB } from './db';
import { PageStatusSchema, type PageStatus } from './page-status';
import { CachedReportSchema, defaultSettings, SavedPlanSchema, SettingsSchema, type SavedPlan, type Settings } from './records';

export { closeDB } from './db';
export * from './records';
export * from './page-status';

/** Seen postings kept; beyond this the oldest seen are dropped. */
export const MAX_POSTINGS = 2000;

// Records read back are validated too: storage written by an older version, or tampered with,
// must not reach the UI as a malformed object.
function valid<S extends v.GenericSchema>(schema: S, record: unknown): v.InferOutput<S> | undefined {
  const result = v.safeParse(schema, record);
  return result.success ? result.output : undefined;
}
function validAll<S extends v.GenericSchema>(schema: S, records: unknown[]): v.InferOutput<S>[] {
  return records.map((r) => valid(schema, r)).filter((r): r is v.InferOutput<S> => r !== undefined);
}

// ---- postings (a cache of what was seen: relaxed durability)

/**
 * Stores postings merged over what was stored for them; returns the stored versions. A posting whose
 * content changed loses its cached fit reports in the same transaction: they were computed from the
 * older read.
 */
export async function savePostings(postings: Posting[], max = MAX_POSTINGS): Promise<Posting[]> {
  const db = await getDB();
  const tx = db.transaction(['postings', 'reports'], 'readwrite', { durability: 'relaxed' });
  const store = tx.objectStore('postings');
  const olders = await Promise.all(postings.map((p) => store.get(p.id)));
  const merged = postings.map((p, i) => mergePosting(valid(PostingSchema, olders[i]), p));
  const changed = merged.filter((p, i) => !olders[i] || contentOf(p) !== contentOf(olders[i] as Posting));
  await Promise.all([
    ...merged.map((p) => store.put(p)),
    ...changed.map((p) => tx.objectStore('reports').index('by-posting').getAllKeys(p.id)
      .then((keys) => Promise.all(keys.map((k) => tx.objectStore('reports').delete(k))))),
  ]);
  let excess = (await store.count()) - max;
  if (excess > 0) {
    let cursor = await store.index('by-seenAt').openCursor();
    while (cursor && excess > 0) {
      await cursor.delete();
      excess--;
      cursor = await cursor.continue();
    }
  }
  await tx.done;
  return merged;
}

/** What a fit report depends on: the posting's fields, not when or how they were read. */
function contentOf(posting: Posting): string {
  return JSON.stringify(POSTING_FIELDS.map((field) => posting[field]));
}

export async function getPostings(ids: string[]): Promise<Posting[]> {
  const db = await getDB();
  const tx = db.transaction('postings');
  const found = await Promise.all(ids.map((id) => tx.store.get(id)));
  await tx.done;
  return validAll(PostingSchema, found.filter(Boolean));
}

export async function recentPostings(limit: number): Promise<Posting[]> {
  const db = await getDB();
  const tx = db.transaction('postings');
  const out: unknown[] = [];
  let cursor = await tx.store.index('by-seenAt').openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  await tx.done;
  return validAll(PostingSchema, out);
}

export async function countPostings(): Promise<number> {
  return (await getDB()).count('postings');
}

// ---- plan (the user's own words: strict durability, every revision kept)

export async function currentPlan(): Promise<SavedPlan | undefined> {
  const db = await getDB();
  const cursor = await db.transaction('plans').store.openCursor(null, 'prev');
  return cursor ? valid(SavedPlanSchema, cursor.value) : undefined;
}

export async function savePlan(record: Omit<SavedPlan, 'revision'>): Promise<SavedPlan> {
  const db = await getDB();
  const tx = db.transaction('plans', 'readwrite', { durability: 'strict' });
  const last = await tx.store.openCursor(null, 'prev');
  const saved: SavedPlan = { ...record, revision: (last?.value.revision ?? 0) + 1 };
  await tx.store.put(saved);
  await tx.done;
  return saved;
}

export async function planHistory(): Promise<SavedPlan[]> {
  return validAll(SavedPlanSchema, await (await getDB()).getAll('plans'));
}

// ---- fit reports (derived, recomputable: relaxed)

/** Cached reports computed on `day` (YYYY-MM-DD) for this plan and scorer version. */
export async function getReports(postingIds: string[], planVersion: string, scorerVersion: string, day: string): Promise<FitReport[]> {
  const db = await getDB();
  const tx = db.transaction('reports');
  const found = await Promise.all(postingIds.map((id) => tx.store.get([id, planVersion, scorerVersion])));
  await tx.done;
  return validAll(CachedReportSchema, found.filter(Boolean)).filter((c) => c.day === day).map((c) => c.report);
}

export async function putReports(reports: FitReport[], day: string): Promise<void> {
  const db = await getDB();
  const tx = db.transaction('reports', 'readwrite', { durability: 'relaxed' });
  await Promise.all(reports.map((report) => tx.store.put({
    postingId: report.postingId, planVersion: report.planVersion, scorerVersion: report.scorerVersion, day, report,
  })));
  await tx.done;
}

/** Drops every cached report; they are recomputed on demand. */
export async function clearReports(): Promise<void> {
  await (await getDB()).clear('reports');
}

// ---- tracker (the user's own records: strict)

export async function getTrackerEntries(ids: string[]): Promise<TrackerEntry[]> {
  const db = await getDB();
  const tx = db.transaction('tracker');
  const found = await Promise.all(ids.map((id) => tx.store.get(id)));
  await tx.done;
  return validAll(TrackerEntrySchema, found.filter(Boolean));
}

export async function listTracker(): Promise<TrackerEntry[]> {
  const db = await getDB();
  const all = await db.getAllFromIndex('tracker', 'by-updatedAt');
  return validAll(TrackerEntrySchema, all).reverse();
}

/**
 * Applies `change` to the stored entry (or undefined) inside one transaction, so two quick clicks
 * cannot lose an update. Resolves only after the transaction committed.
 */
export async function updateTrackerEntry(
  postingId: string,
  change: (old: TrackerEntry | undefined) => TrackerEntry,
): Promise<TrackerEntry> {
  const db = await getDB();
  const tx = db.transaction('tracker', 'readwrite', { durability: 'strict' });
  const next = change(valid(TrackerEntrySchema, await tx.store.get(postingId)));
  await tx.store.put(next);
  await tx.done;
  return next;
}

export async function deleteTrackerEntry(postingId: string): Promise<void> {
  const db = await getDB();
  const tx = db.transaction('tracker', 'readwrite', { durability: 'strict' });
  await tx.store.delete(postingId);
  await tx.done;
}

// ---- settings

export async function getSettings(): Promise<Settings> {
  const stored = await (await getDB()).get('settings', 'settings');
  return valid(SettingsSchema, stored) ?? defaultSettings();
}

export async function saveSettings(settings: Settings): Promise<Settings> {
  const db = await getDB();
  const tx = db.transaction('settings', 'readwrite', { durability: 'strict' });
  await tx.store.put(settings, 'settings');
  await tx.done;
  return settings;
}

// ---- page status (per tab, overwritten on every report)

export async function putPageStatus(status: PageStatus): Promise<void> {
  const db = await getDB();
  const tx = db.transaction('pages', 'readwrite', { durability: 'relaxed' });
  await tx.store.put(status);
  await tx.done;
}

export async function getPageStatus(tabId: number): Promise<PageStatus | undefined> {
  return valid(PageStatusSchema, await (await getDB()).get('pages', tabId));
}

export async function deletePageStatus(tabId: number): Promise<void> {
  await (await getDB()).delete('pages', tabId);
}
