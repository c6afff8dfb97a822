// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PageWatcher, HOST_ATTR } from '@/lib/content/page-watcher';
import type { Posting } from '@/lib/model';
import type { CardRef, PostingDraft, SiteAdapter } from '@/lib/sites/types';
import { samplePosting } from './sample-data';

/** A tiny site: `li[data-id]` cards (empty = virtualised placeholder), `#detail[data-id]` pane. */
function fakeAdapter(reads: string[]): SiteAdapter {
  return {
    site: 'linkedin',
    handles: () => true,
    pageKind: (doc) => (doc.querySelector('#detail') ? 'search+detail' : 'search'),
    cards: (doc) => [...doc.querySelectorAll('li[data-id]')].map((element) => ({ nativeId: element.getAttribute('data-id')!, element })),
    readCard: (card: CardRef): PostingDraft | null => {
      reads.push(`card:${card.nativeId}`);
      const title = card.element.querySelector('h3')?.textContent;
      return title ? { nativeId: card.nativeId, title, found: { title: 'selectors' } } : null;
    },
    detailId: (doc) => doc.querySelector('#detail')?.getAttribute('data-id') ?? null,
    readDetail: (doc) => {
      const el = doc.querySelector('#detail')!;
      reads.push(`detail:${el.getAttribute('data-id')}`);
      if (el.getAttribute('data-id') === 'boom') throw new Error('layout changed');
      return { nativeId: el.getAttribute('data-id')!, title: el.textContent ?? '', found: { title: 'selectors' } };
    },
    anchors: { card: (c) => c.element, detail: (doc) => doc.querySelector('#detail'), description: () => null },
  };
}

function setup(cardsPerScan?: number) {
  const reads: string[] = [];
  const batches: Posting[][] = [];
  const watcher = new PageWatcher({
    cardsPerScan,
    adapter: fakeAdapter(reads),
    doc: document,
    location: () => location.href,
    now: () => new Date('2026-11-22T10:00:00Z'),
    toPosting: (d) => samplePosting({ id: `linkedin:${d.nativeId}`, nativeId: d.nativeId, title: d.title ?? '' }),
    onPostings: (p) => batches.push(p),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    batchMs: 5,
  });
  return { reads, batches, watcher };
}
const settle = () => new Promise((r) => setTimeout(r, 120));

beforeEach(() => {
  document.body.innerHTML = `<ul><li data-id="1"><h3>One</h3></li><li data-id="2"><h3>Two</h3></li><li data-id="3"></li></ul>
    <section id="detail" data-id="1">One, in full</section>`;
});

describe('PageWatcher', () => {
  it('reads every card and the detail once, then nothing while nothing changes', async () => {
    const { reads, batches, watcher } = setup();
    watcher.start();
    expect(reads).toEqual(['card:1', 'card:2', 'card:3', 'detail:1']);
    expect(batches[0]!.map((p) => p.nativeId)).toEqual(['1', '2', '1']);
    watcher.scan();
    expect(reads).toHaveLength(4);
    watcher.stop();
  });

  it('looks at the detail view again only when it changed, and ignores the badges it adds', async () => {
    const { reads, watcher } = setup();
    const looked: string[] = [];
    const adapter = (watcher as unknown as { o: { adapter: SiteAdapter } }).o.adapter;
    const detail = adapter.anchors.detail;
    adapter.anchors.detail = (doc) => (looked.push('anchor'), detail(doc));
    adapter.pending = () => (looked.push('pending'), null);
    watcher.start();
    expect(looked).toEqual(['anchor', 'pending']);
    const next = watcher.scan(); // a scan that only continues the list
    expect(next.detailAnchor).toBe(document.querySelector('#detail'));
    expect(looked).toHaveLength(2);
    const badge = document.createElement('span');
    badge.setAttribute(HOST_ATTR, 'badge');
    document.querySelector('li[data-id="1"]')!.append(badge);
    await settle();
    expect(looked).toHaveLength(2);
    reads.length = 0;
    document.querySelector('#detail')!.textContent = 'One, edited';
    await settle();
    expect(reads).toEqual(['detail:1']);
    expect(looked).toEqual(['anchor', 'pending', 'anchor', 'pending']);
    watcher.stop();
  });

  it('reads a virtualised placeholder when it fills, and appended cards, but not untouched ones', async () => {
    const { reads, batches, watcher } = setup();
    watcher.start();
    reads.length = 0;
    document.querySelector('li[data-id="3"]')!.innerHTML = '<h3>Three</h3>';
    const li = document.createElement('li');
    li.setAttribute('data-id', '4');
    li.innerHTML = '<h3>Four</h3>';
    document.querySelector('ul')!.append(li);
    await settle();
    expect(reads.sort()).toEqual(['card:3', 'card:4']);
    expect(batches.at(-1)!.map((p) => p.nativeId).sort()).toEqual(['3', '4']);
    watcher.stop();
  });

  it('does not resend a remounted card whose content is unchanged', async () => {
    const { batches, watcher } = setup();
    watcher.start();
    const old = document.querySelector('li[data-id="2"]')!;
    old.replaceWith(old.cloneNode(true));
    await settle();
    expect(batches).toHaveLength(1);
    watcher.stop();
  });

  it('follows the detail pane to a new posting', async () => {
    const { batches, watcher } = setup();
    watcher.start();
    const pane = document.querySelector('#detail')!;
    pane.setAttribute('data-id', '2');
    pane.textContent = 'Two, in full';
    await settle();
    expect(batches.at(-1)!.map((p) => [p.nativeId, p.title])).toEqual([['2', 'Two, in full']]);
    watcher.stop();
  });

  it('ignores mutations inside its own UI', async () => {
    const { reads, watcher } = setup();
    watcher.start();
    reads.length = 0;
    const host = document.createElement('div');
    host.setAttribute(HOST_ATTR, '');
    document.querySelector('li[data-id="1"]')!.append(host);
    await settle();
    expect(reads).toEqual([]);
    watcher.stop();
  });

  it('looks again when the page takes one of its hosts out (a re-render over a badge)', async () => {
    const scans: number[] = [];
    const { watcher } = setup();
    (watcher as unknown as { o: { onScan: () => void } }).o.onScan = () => void scans.push(1);
    const host = document.createElement('div');
    host.setAttribute(HOST_ATTR, 'badge');
    document.querySelector('li[data-id="1"]')!.append(host);
    watcher.start();
    await settle();
    scans.length = 0;
    host.remove();
    await settle();
    expect(scans.length).toBe(1);
    watcher.stop();
  });

  it('reads a detail view the adapter stops waiting for, although the page stays still', async () => {
    const { reads, batches, watcher } = setup();
    const adapter = (watcher as unknown as { o: { adapter: SiteAdapter } }).o.adapter;
    const waits: number[] = [];
    adapter.pending = (_doc, _url, waited = 0) => (waits.push(waited), waited < 500 ? 'detail pane still loading' : null);
    const readDetail = adapter.readDetail;
    adapter.readDetail = (doc, ctx) => ((ctx.detailWaitedMs ?? 0) < 500 ? null : readDetail(doc, ctx));
    watcher.start();
    expect(reads).not.toContain('detail:1');
    await new Promise((r) => setTimeout(r, 1300));
    expect(reads).toContain('detail:1');
    expect(Math.max(...waits)).toBeGreaterThanOrEqual(500);
    watcher.stop();
  });

  it('reads a long list in slices across tasks, each card once', async () => {
    document.querySelector('ul')!.innerHTML = Array.from({ length: 7 }, (_, i) => `<li data-id="${10 + i}"><h3>Card ${i}</h3></li>`).join('');
    const { reads, batches, watcher } = setup(3);
    watcher.start();
    expect(reads.filter((r) => r.startsWith('card:'))).toHaveLength(3);
    await vi.waitFor(() => expect(reads.filter((r) => r.startsWith('card:'))).toHaveLength(7), { timeout: 2000 });
    await settle();
    expect(reads.filter((r) => r.startsWith('card:')).sort()).toEqual(['card:10', 'card:11', 'card:12', 'card:13', 'card:14', 'card:15', 'card:16']);
    expect(batches.flat().filter((p) => p.nativeId !== '1').map((p) => p.nativeId).sort()).toEqual(['10', '11', '12', '13', '14', '15', '16']);
    watcher.stop();
  });

  it('survives an adapter that throws, and keeps the other postings', async () => {
    document.querySelector('#detail')!.setAttribute('data-id', 'boom');
    const { batches, watcher } = setup();
    expect(() => watcher.start()).not.toThrow();
    expect(batches[0]!.map((p) => p.nativeId)).toEqual(['1', '2']);
    watcher.stop();
  });
});
