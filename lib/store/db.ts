import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, type SteppingstoneDB } from './schema';

export type DB = IDBPDatabase<SteppingstoneDB>;

let dbPromise: Promise<DB> | null = null;

/** The one connection of this context (worker, page or test). */
export function getDB(): Promise<DB> {
  dbPromise ??= openDB<SteppingstoneDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      // Cumulative: a user on any old version walks every later step. Never edit a shipped step.
      if (oldVersion < 1) {
        db.createObjectStore('plans', { keyPath: 'revision' });
        db.createObjectStore('postings', { keyPath: 'id' }).createIndex('by-seenAt', 'seenAt');
        db.createObjectStore('reports', { keyPath: ['postingId', 'planVersion', 'scorerVersion'] }).createIndex(
          'by-posting',
          'postingId',
        );
        db.createObjectStore('tracker', { keyPath: 'postingId' }).createIndex('by-updatedAt', 'updatedAt');
        db.createObjectStore('settings');
        db.createObjectStore('pages', { keyPath: 'tabId' });
      }
    },
    blocking() {
      // A newer version wants to upgrade (extension updated): let it, reopen lazily.
      void dbPromise?.then((db) => db.close());
      dbPromise = null;
    },
  });
  return dbPromise;
}

/** For tests: forget the connection so the next call opens a fresh one. */
export async function closeDB(): Promise<void> {
  const pending = dbPromise;
  dbPromise = null;
  if (pending) (await pending).close();
}
