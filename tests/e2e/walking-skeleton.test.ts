// A posting travels from a job page into IndexedDB and out into the popup, in a real Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, readStoreSource, type ExtensionBrowser } from '../../scripts/browser/chromium';
import type { Posting } from '@/lib/model';
import { loadFixtures } from './fixtures';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

async function storedPostings(): Promise<Posting[]> {
  return browser.evalInWorker<Posting[]>(readStoreSource('postings'));
}

async function waitForPostings(ids: string[], timeout = 10_000): Promise<Posting[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const stored = await storedPostings();
    const found = ids.map((id) => stored.find((p) => p.id === id));
    if (found.every(Boolean) || Date.now() > deadline) return found.filter((p): p is Posting => !!p);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('walking skeleton', () => {
  const bySite = ['linkedin', 'naukri', 'internshala'].map(
    (site) => loadFixtures([site]).find((f) => f.expected.postings.length > 0 && f.expected.page.includes('detail'))!,
  );

  it.each(bySite.map((f) => [f.site, f] as const))('%s: a posting on the page is stored', async (_site, fixture) => {
    await browser.route(fixture.url.split('?')[0]! + '*', fixture.html);
    const page = await browser.context.newPage();
    await page.goto(fixture.url);
    const ids = fixture.expected.postings.map((p) => p.id!);
    const stored = await waitForPostings(ids);
    expect(stored.map((p) => p.id).sort()).toEqual([...ids].sort());
    for (const expected of fixture.expected.postings) {
      const got = stored.find((p) => p.id === expected.id)!;
      expect(got.title).toBe(expected.title);
      expect(got.company).toBe(expected.company);
      expect(got.site).toBe(fixture.site);
    }
    await page.close();
  });

  it('the popup lists the stored postings', async () => {
    const ids = bySite.flatMap((f) => f.expected.postings.map((p) => p.id!));
    const popup = await browser.popup();
    await popup.waitForSelector('[data-ss-popup="ready"]');
    const listed = await popup.$$eval('[data-ss-recent]', (rows) => rows.map((r) => r.getAttribute('data-ss-recent')));
    for (const id of ids) expect(listed).toContain(id);
    const first = bySite[0]!.expected.postings[0]!;
    await expect(popup.locator(`[data-ss-recent="${first.id}"]`).textContent()).resolves.toContain(first.title);
    await popup.screenshot({ path: 'test-artifacts/popup-recent.png' });
    await popup.close();
  });

  it('the worker refuses messages it does not know and writes nothing for them', async () => {
    const before = (await storedPostings()).length;
    const popup = await browser.popup();
    const results = await popup.evaluate(async () => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
      const send = (m: unknown) => runtime.sendMessage(m) as Promise<{ ok: boolean; error: { code: string } }>;
      return [
        await send({ type: 'postings/drop-all' }),
        await send({ type: 'postings/seen', postings: [{ id: 'linkedin:1', title: '<img src=x onerror=alert(1)>' }], page: {} }),
        await send('not an object'),
      ];
    });
    expect(results.map((r) => [r.ok, r.error.code])).toEqual([
      [false, 'unknown-type'],
      [false, 'invalid'],
      [false, 'unknown-type'],
    ]);
    expect((await storedPostings()).length).toBe(before);
    await popup.close();
  });
});
