// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Annotator } from '@/lib/content/annotator';
import { PageFitState } from '@/lib/content/fit-state';
import type { PageReading } from '@/lib/content/page-watcher';
import { scorePosting } from '@/lib/fit';
import { SAMPLE_PLANS } from '@/lib/plans';
import type { SiteAdapter } from '@/lib/sites/types';
import { samplePosting } from '../foundation/sample-data';

// The pending / error contract of the in-page UI, driven the way ContentSession drives it: every scan
// ends in `sync`, reports arrive through `applyReports` + `refresh`.

const NOW = new Date('2026-11-22T10:00:00Z');
const IDS = ['101', '102', '103'];

function page() {
  document.body.innerHTML = `<ul>${IDS.map((id) => `<li data-id="${id}"><a>Job ${id}</a></li>`).join('')}</ul><section id="detail"><h1>Job 101</h1></section>`;
  const cards = IDS.map((nativeId) => ({ nativeId, element: document.querySelector(`li[data-id="${nativeId}"]`)! }));
  const reading: PageReading = { kind: 'search+detail', cards, detailId: '101', pending: null, detailAnchor: document.querySelector('#detail') };
  const adapter = { site: 'linkedin', anchors: { card: (card: { element: Element }) => card.element } } as unknown as SiteAdapter;
  const timers: ReturnType<typeof setTimeout>[] = [];
  const ctx = {
    isValid: true,
    setTimeout: (fn: () => void, ms: number) => timers.push(setTimeout(fn, ms)),
    onInvalidated: () => {},
  } as unknown as ContentScriptContext;
  const state = new PageFitState();
  const known = new Set(IDS.map((id) => `linkedin:${id}`));
  const retried: string[] = [];
  const seen: string[] = [];
  // every value data-ss-fit ever takes on the page, to prove what was never shown
  new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) if (node instanceof Element && node.hasAttribute('data-ss-fit')) seen.push(node.getAttribute('data-ss-fit')!);
      if (r.type === 'attributes' && r.target instanceof Element) seen.push(r.target.getAttribute('data-ss-fit')!);
    }
  }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ss-fit'] });
  const annotator: Annotator = new Annotator(ctx, adapter, state, {
    retry: (id) => void retried.push(id),
    track: async () => {},
    openReport: () => {},
    highlight: () => {},
  }, { more: () => {}, now: () => annotator.sync(reading, known) });
  const report = (nativeId: string) => scorePosting(SAMPLE_PLANS[0]!.plan, samplePosting({ id: `linkedin:${nativeId}` }), NOW);
  const fits = () => [...document.querySelectorAll('[data-ss-host]')].map((h) => `${h.getAttribute('data-ss-host')} ${h.getAttribute('data-ss-posting')} ${h.getAttribute('data-ss-fit')}`).sort();
  const settle = () => new Promise((r) => setTimeout(r, 0));
  const cleanup = () => timers.forEach(clearTimeout);
  return { annotator, reading, known, state, report, fits, settle, retried, seen, cleanup };
}

let current: ReturnType<typeof page> | null = null;
afterEach(() => {
  current?.annotator.removeAll();
  current?.cleanup();
  current = null;
});

describe('in-page UI while the worker answers', () => {
  it('goes in once, with its score, when the report arrives within the grace: never pending', async () => {
    const t = (current = page());
    t.annotator.sync(t.reading, t.known);
    await t.settle();
    expect(t.fits()).toEqual([]);
    const ids = t.known;
    t.state.applyReports(IDS.map(t.report), [...ids], true);
    t.annotator.refresh(ids);
    await t.settle();
    const score = String(t.report('101').score);
    expect(t.fits()).toEqual([
      ...IDS.map((id) => `badge linkedin:${id} ${score}`),
      `panel linkedin:101 ${score}`,
    ].sort());
    expect(t.seen).not.toContain('pending');
  });

  it('shows pending after the grace, then the score when the report comes', async () => {
    const t = (current = page());
    t.annotator.sync(t.reading, t.known);
    await new Promise((r) => setTimeout(r, Annotator.PENDING_GRACE_MS + 60));
    expect(t.fits()).toEqual([...IDS.map((id) => `badge linkedin:${id} pending`), 'panel linkedin:101 pending'].sort());
    t.state.applyReports([t.report('102')], ['linkedin:102'], true);
    t.annotator.refresh(['linkedin:102']);
    expect(t.fits()).toContain(`badge linkedin:102 ${t.report('102').score}`);
    expect(t.fits()).toContain('badge linkedin:103 pending');
  });

  it('shows error with a retry that asks for that posting again', async () => {
    const t = (current = page());
    t.annotator.sync(t.reading, t.known);
    t.state.fail(['linkedin:103']);
    t.annotator.refresh(['linkedin:103']);
    expect(t.fits()).toEqual(['badge linkedin:103 error']);
    const host = document.querySelector('[data-ss-posting="linkedin:103"]')!;
    const retry = host.shadowRoot!.querySelector<HTMLButtonElement>('button.retry')!;
    expect(retry.hidden).toBe(false);
    retry.click();
    expect(t.retried).toEqual(['linkedin:103']);
  });

  it('a card recycled for another posting while waiting never shows the old posting\'s fit', async () => {
    const t = (current = page());
    t.state.applyReports([t.report('101')], ['linkedin:101'], true);
    t.annotator.sync(t.reading, t.known);
    expect(t.fits()).toContain(`badge linkedin:101 ${t.report('101').score}`);
    // the list reuses the first item for a posting with no report yet
    const recycled = { ...t.reading, cards: [{ nativeId: '104', element: t.reading.cards[0]!.element }, ...t.reading.cards.slice(1)] };
    t.annotator.sync(recycled, new Set([...t.known, 'linkedin:104']));
    expect(t.fits().filter((f) => f.startsWith('badge linkedin:101'))).toEqual([]);
  });
});
