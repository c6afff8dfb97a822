// Debian's Chromium with the built extension loaded, driven by playwright-core. Shared by the
// end-to-end tests, the demo and the benchmarks so all three see the extension the same way.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** serves `file` (HTML) for document requests to `url`; everything else on that origin answers 204 */
  route(url: string, file: string | (() => string | Promise<string>)): Promise<void>;
  popup(): Promise<Page>;
  /** evaluates inside the extension's service worker (IndexedDB, runtime) */
  evalInWorker<T>(fn: string): Promise<T>;
  close(): Promise<void>;
}

export async function launchWithExtension(options: { headless?: boolean; extensionDir?: string; withExtension?: boolean } = {}): Promise<ExtensionBrowser> {
  const dir = options.extensionDir ?? CHROME_BUILD;
  const withExtension = options.withExtension ?? true;
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run \`bash scripts/ensure-browsers.sh\``);
  if (withExtension && !existsSync(join(dir, 'manifest.json'))) throw new Error(`no built extension in ${dir}: run \`npm run build\``);
  const userDataDir = mkdtempSync(join(tmpdir(), 'ss-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [
      ...(withExtension ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : []),
      '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--disable-quic', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  // Nothing leaves the machine: any request no test routed is refused here.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.fallback();
    return route.abort('blockedbyclient');
  });
  let worker: Worker | undefined;
  let extensionId = '';
  if (withExtension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    worker: worker!,
    extensionId,
    async route(url, file) {
      await context.route(url, async (r) => {
        if (r.request().resourceType() !== 'document') return r.fulfill({ status: 204, body: '' });
        const body = typeof file === 'function' ? await file() : await readFile(file, 'utf8');
        return r.fulfill({ status: 200, body, contentType: 'text/html; charset=utf-8' });
      });
    },
    async popup() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    },
    async evalInWorker<T>(fn: string) {
      // The worker may have been stopped by Chromium (MV3): find the current one.
      const current = context.serviceWorkers().find((w) => w.url().includes(extensionId)) ?? worker!;
      return (await current.evaluate(fn)) as T;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Reads every record of an IndexedDB store of the extension. */
export function readStoreSource(store: string): string {
  return `new Promise((resolve, reject) => {
    const open = indexedDB.open('steppingstone');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(${JSON.stringify(store)})) { db.close(); resolve([]); return; }
      const req = db.transaction(${JSON.stringify(store)}).objectStore(${JSON.stringify(store)}).getAll();
      req.onsuccess = () => { db.close(); resolve(req.result); };
      req.onerror = () => { db.close(); reject(req.error); };
    };
  })`;
}
