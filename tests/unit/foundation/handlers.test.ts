import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyPlan, type CareerPlan, type FitReport, type Posting } from '@/lib/model';
import * as store from '@/lib/store';
import { handleMessage, type SenderInfo, type WorkerContext } from '@/lib/worker/handlers';
import { samplePosting } from './sample-data';

const page = { url: 'https://www.linkedin.com/jobs/view/4012345678/', site: 'linkedin', kind: 'detail', layout: null, degraded: false, problems: [], cardCount: null };
const contentScript: SenderInfo = { extensionId: 'self', url: 'https://www.linkedin.com/jobs/view/4012345678/', tabId: 7 };
const extensionPage: SenderInfo = { extensionId: 'self', url: 'chrome-extension://self/popup.html', tabId: undefined };

function context(): WorkerContext {
  let scored = 0;
  return {
    selfId: 'self',
    selfOrigin: 'chrome-extension://self/',
    now: () => new Date('2026-11-22T10:00:00Z'),
    announce: vi.fn(async () => {}),
    openPage: vi.fn(async () => {}),
    scorer: {
      version: 'test-1',
      planVersion: (plan: CareerPlan) => `v-${plan.vision.length}`,
      score: (plan: CareerPlan, posting: Posting): FitReport => ({
        postingId: posting.id, score: 50 + (scored++ % 1), verdict: 'stretch', summary: plan.vision, factors: [], matchedSkills: [],
        missingSkills: [], learningSkills: [], reasons: [], scorerVersion: 'test-1', planVersion: `v-${plan.vision.length}`,
      }),
    },
  };
}

beforeEach(async () => {
  await store.closeDB();
  indexedDB.deleteDatabase('steppingstone');
});

describe('worker handlers', () => {
  it('refuses other senders', async () => {
    const r = await handleMessage({ type: 'plan/get' }, { ...extensionPage, extensionId: 'someone-else' }, context());
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it.each([
    [{ type: 'nope' }, 'unknown-type'],
    [null, 'unknown-type'],
    ['postings/seen', 'unknown-type'],
    [{ type: 'postings/recent', limit: -1 }, 'invalid'],
    [{ type: 'postings/seen', postings: [{ id: 'x' }], page }, 'invalid'],
  ])('answers %j with %s and writes nothing', async (message, code) => {
    const r = await handleMessage(message, contentScript, context());
    expect(r).toMatchObject({ ok: false, error: { code } });
    expect(await store.countPostings()).toBe(0);
  });

  it('does not let a content script ask for tracker entries (its postings/seen answer carries them)', async () => {
    const r = await handleMessage({ type: 'tracker/get', postingIds: ['linkedin:1'] }, contentScript, context());
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('does not let a content script change the plan', async () => {
    const r = await handleMessage({ type: 'plan/save', plan: emptyPlan() }, contentScript, context());
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await store.currentPlan()).toBeUndefined();
  });

  it('stores seen postings, records the page, and scores them once a plan exists', async () => {
    const ctx = context();
    let r = await handleMessage({ type: 'postings/seen', postings: [samplePosting()], page }, contentScript, ctx);
    expect(r).toMatchObject({ ok: true, data: { stored: 1, reports: [], planVersion: null, tracker: [] } });
    expect((await store.getPageStatus(7))?.postingIds).toEqual(['linkedin:4012345678']);
    await handleMessage({ type: 'plan/save', plan: { ...emptyPlan(), vision: 'abc' } }, extensionPage, ctx);
    expect(ctx.announce).toHaveBeenCalledWith({ planVersion: 'v-3' });
    r = await handleMessage({ type: 'fit/get', postingIds: ['linkedin:4012345678', 'linkedin:missing'] }, contentScript, ctx);
    expect(r).toMatchObject({ ok: true, data: { planVersion: 'v-3', reports: [{ postingId: 'linkedin:4012345678', summary: 'abc' }] } });
    expect(await store.getReports(['linkedin:4012345678'], 'v-3', 'test-1', '2026-11-22')).toHaveLength(1);
  });

  it('saves a tracker status with history, only for a stored posting', async () => {
    const ctx = context();
    const missing = await handleMessage({ type: 'tracker/set', postingId: 'linkedin:1', status: 'saved' }, contentScript, ctx);
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await handleMessage({ type: 'postings/seen', postings: [samplePosting()], page }, contentScript, ctx);
    await handleMessage({ type: 'tracker/set', postingId: 'linkedin:4012345678', status: 'saved' }, contentScript, ctx);
    // seeing the posting again answers with its tracker entry, so the page shows fit and status at once
    const seen = await handleMessage({ type: 'postings/seen', postings: [samplePosting()], page }, contentScript, ctx);
    expect(seen).toMatchObject({ ok: true, data: { tracker: [{ postingId: 'linkedin:4012345678', status: 'saved' }] } });
    const r = await handleMessage({ type: 'tracker/set', postingId: 'linkedin:4012345678', status: 'applied' }, extensionPage, ctx);
    expect(r).toMatchObject({ ok: true, data: { entry: { status: 'applied', history: [{ status: 'saved' }, { status: 'applied' }] } } });
  });
});
