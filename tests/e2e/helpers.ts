import type { Page } from 'playwright-core';
import { readStoreSource, type ExtensionBrowser } from '../../scripts/browser/chromium';
import type { CareerPlan, Posting, TrackerEntry } from '@/lib/model';

export async function stored<T = Posting>(browser: ExtensionBrowser, store = 'postings'): Promise<T[]> {
  return browser.evalInWorker<T[]>(readStoreSource(store));
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

export async function waitForPostings(browser: ExtensionBrowser, ids: string[], ready: (p: Posting) => boolean = () => true): Promise<Posting[]> {
  return waitFor(`postings ${ids.join(', ')}`, async () => {
    const all = await stored(browser);
    const found = ids.map((id) => all.find((p) => p.id === id && ready(p)));
    return found.every(Boolean) ? (found as Posting[]) : null;
  });
}

/** Saves a plan the way the options page does: a message from an extension page. */
export async function savePlan(browser: ExtensionBrowser, plan: CareerPlan): Promise<void> {
  const page = await browser.popup();
  const answer = await page.evaluate(async (p) => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime;
    return runtime.sendMessage({ type: 'plan/save', plan: p });
  }, plan);
  await page.close();
  if (!answer.ok) throw new Error(`plan not saved: ${JSON.stringify(answer)}`);
}

export interface HostInfo {
  kind: string;
  posting: string;
  fit: string;
  verdict: string;
}

/** Every badge and panel host Steppingstone put on the page, with its contract attributes. */
export async function hosts(page: Page): Promise<HostInfo[]> {
  return page.$$eval('[data-ss-host="badge"], [data-ss-host="panel"]', (els) =>
    els.map((el) => ({
      kind: el.getAttribute('data-ss-host') ?? '',
      posting: el.getAttribute('data-ss-posting') ?? '',
      fit: el.getAttribute('data-ss-fit') ?? '',
      verdict: el.getAttribute('data-ss-verdict') ?? '',
    })),
  );
}

export async function trackerEntries(browser: ExtensionBrowser): Promise<TrackerEntry[]> {
  return stored<TrackerEntry>(browser, 'tracker');
}

export const numeric = (h: HostInfo) => /^\d{1,3}$/.test(h.fit) && Number(h.fit) <= 100;

/** Empties one of the extension's IndexedDB stores, so each saved page is judged on its own reads. */
export async function clearStore(browser: ExtensionBrowser, store: string): Promise<void> {
  await browser.evalInWorker(`new Promise((resolve, reject) => {
    const open = indexedDB.open('steppingstone');
    open.onsuccess = () => {
      const tx = open.result.transaction(${JSON.stringify(store)}, 'readwrite');
      tx.objectStore(${JSON.stringify(store)}).clear();
      tx.oncomplete = () => { open.result.close(); resolve(true); };
      tx.onerror = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  })`);
}
