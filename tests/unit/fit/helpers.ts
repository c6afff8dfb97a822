import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as v from 'valibot';
import { expect } from 'vitest';
import { FitReportSchema, PostingSchema, type FitReport, type Posting } from '@/lib/model';

/** The clock every golden test runs at: fixtures are dated around it. */
export const NOW = new Date('2026-03-10T12:00:00Z');

const FIXTURES = resolve(__dirname, '../../fixtures/fit');

export function fixture(plan: string, name: string): Posting {
  return v.parse(PostingSchema, JSON.parse(readFileSync(`${FIXTURES}/${plan}/${name}.json`, 'utf8')));
}

export function expectValid(report: FitReport): void {
  const r = v.safeParse(FitReportSchema, report);
  expect(r.success ? [] : r.issues.map((i) => `${v.getDotPath(i)}: ${i.message}`)).toEqual([]);
}

/** A posting with every field present but empty, for tests that set only what they are about. */
export function makePosting(over: Partial<Posting> & { nativeId?: string } = {}): Posting {
  const nativeId = over.nativeId ?? '1';
  const site = over.site ?? 'other';
  return {
    id: `${site}:${nativeId}`,
    site,
    nativeId,
    url: `https://example.com/jobs/${nativeId}`,
    title: '',
    company: '',
    locations: [],
    workplace: null,
    employmentType: null,
    experience: null,
    pay: null,
    postedText: null,
    postedAt: null,
    applicants: null,
    deadline: null,
    description: null,
    listedSkills: [],
    extraction: { found: {}, missing: [], layout: null, degraded: false },
    seenAt: '2026-03-10T09:00:00.000Z',
    ...over,
  };
}
