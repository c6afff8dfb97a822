import { beforeEach, describe, expect, it } from 'vitest';
import { emptyPlan } from '@/lib/model';
import * as store from '@/lib/store';
import { getDB } from '@/lib/store/db';
import { samplePosting } from './sample-data';

beforeEach(async () => {
  await store.closeDB();
  indexedDB.deleteDatabase('steppingstone');
});

describe('store', () => {
  it('keeps at most the bound of seen postings, dropping the oldest seen', async () => {
    const postings = Array.from({ length: 12 }, (_, i) =>
      samplePosting({ nativeId: String(100 + i), id: `linkedin:${100 + i}`, seenAt: `2026-11-${String(10 + i).padStart(2, '0')}T00:00:00.000Z` }),
    );
    await store.savePostings(postings.slice(0, 6), 8);
    await store.savePostings(postings.slice(6), 8);
    expect(await store.countPostings()).toBe(8);
    const recent = await store.recentPostings(100);
    expect(recent.map((p) => p.nativeId)).toEqual(['111', '110', '109', '108', '107', '106', '105', '104']);
  });

  it('merges a later sparse card read over a full detail read without losing fields', async () => {
    await store.savePostings([samplePosting()]);
    const card = samplePosting({
      description: null,
      pay: null,
      title: 'Data Analyst (Remote)',
      seenAt: '2026-11-23T00:00:00.000Z',
      extraction: { found: { title: 'selectors' }, missing: ['description', 'pay'], layout: 'linkedin/classic', degraded: false },
    });
    const [merged] = await store.savePostings([card]);
    expect(merged!.title).toBe('Data Analyst (Remote)');
    expect(merged!.description).toContain('SQL');
    expect(merged!.pay).not.toBeNull();
    expect(merged!.extraction.missing).not.toContain('description');
  });

  it('drops records that no longer validate instead of handing them to the UI', async () => {
    const db = await getDB();
    await db.put('postings', { ...samplePosting(), title: 42 } as never);
    expect(await store.recentPostings(10)).toEqual([]);
  });

  it('versions plan saves and returns the latest', async () => {
    const first = await store.savePlan({ plan: emptyPlan(), planVersion: 'a', savedAt: '2026-11-22T00:00:00.000Z' });
    const second = await store.savePlan({ plan: { ...emptyPlan(), vision: 'Lead an ML team' }, planVersion: 'b', savedAt: '2026-11-22T01:00:00.000Z' });
    expect([first.revision, second.revision]).toEqual([1, 2]);
    expect((await store.currentPlan())?.plan.vision).toBe('Lead an ML team');
    expect((await store.planHistory()).length).toBe(2);
  });

  it('updates a tracker entry inside one transaction', async () => {
    const at = '2026-11-22T00:00:00.000Z';
    await store.updateTrackerEntry('linkedin:1', () => ({
      postingId: 'linkedin:1', status: 'saved', history: [{ status: 'saved', at }], notes: '', nextActionAt: null, tags: [], createdAt: at, updatedAt: at,
    }));
    await Promise.all([
      store.updateTrackerEntry('linkedin:1', (old) => ({ ...old!, tags: [...old!.tags, 'a'] })),
      store.updateTrackerEntry('linkedin:1', (old) => ({ ...old!, tags: [...old!.tags, 'b'] })),
    ]);
    const [entry] = await store.getTrackerEntries(['linkedin:1']);
    expect(entry!.tags.sort()).toEqual(['a', 'b']);
  });

  it('caches reports by posting, plan version, scorer version and day', async () => {
    const report = {
      postingId: 'linkedin:4012345678', score: 70, verdict: 'career-step' as const, summary: 's', factors: [], matchedSkills: [],
      missingSkills: [], learningSkills: [], reasons: [], scorerVersion: 's1', planVersion: 'p1',
    };
    await store.putReports([report, { ...report, planVersion: 'p2', score: 40 }], '2026-11-22');
    expect((await store.getReports(['linkedin:4012345678'], 'p1', 's1', '2026-11-22'))[0]!.score).toBe(70);
    expect((await store.getReports(['linkedin:4012345678'], 'p2', 's1', '2026-11-22'))[0]!.score).toBe(40);
    expect(await store.getReports(['linkedin:4012345678'], 'p1', 's2', '2026-11-22')).toEqual([]);
    // deadlines and posting age move with the date: yesterday's report is not today's
    expect(await store.getReports(['linkedin:4012345678'], 'p1', 's1', '2026-11-23')).toEqual([]);
  });

  it('drops a posting\'s cached reports when its content changes, not when it is only seen again', async () => {
    const report = {
      postingId: 'linkedin:4012345678', score: 70, verdict: 'career-step' as const, summary: 's', factors: [], matchedSkills: [],
      missingSkills: [], learningSkills: [], reasons: [], scorerVersion: 's1', planVersion: 'p1',
    };
    await store.savePostings([samplePosting()]);
    await store.putReports([report], '2026-11-22');
    await store.savePostings([samplePosting({ seenAt: '2026-11-22T11:00:00.000Z' })]);
    expect(await store.getReports([report.postingId], 'p1', 's1', '2026-11-22')).toHaveLength(1);
    await store.savePostings([samplePosting({ deadline: '2026-09-26', extraction: { ...samplePosting().extraction, found: { ...samplePosting().extraction.found, deadline: 'selectors' } } })]);
    expect(await store.getReports([report.postingId], 'p1', 's1', '2026-11-22')).toEqual([]);
  });
});
