import { browser } from 'wxt/browser';

/**
 * Open pages learn that the plan or settings changed through `storage.onChanged`, which reaches every
 * content script and extension page without the `tabs` permission or any state in the worker.
 * Only a version marker goes here; the data itself stays in IndexedDB.
 */
const KEY = 'steppingstone:change';

export interface Change {
  planVersion?: string;
  settings?: true;
}

export async function announceChange(change: Change): Promise<void> {
  await browser.storage.local.set({ [KEY]: { ...change, at: Date.now() } });
}

export function onChange(listener: (change: Change) => void): () => void {
  const handle = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const value = changes[KEY]?.newValue;
    if (area === 'local' && value && typeof value === 'object') listener(value as Change);
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
