// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/sites';
import { appendClonedCards, swapLinkedInPane } from '../../fixtures/live';
import { loadFixtures, parsePage } from './fixture-files';

const fixtures = new Map(loadFixtures().map((f) => [f.name, f]));
const load = (name: string) => {
  const f = fixtures.get(name)!;
  return { doc: parsePage(f.html, f.spec.url), spec: f.spec, html: f.html };
};

describe('appendClonedCards (infinite scroll)', () => {
  it.each([
    ['linkedin/guest-search', 6],
    ['internshala/fresher-jobs-current', 4],
    ['internshala/internships-current', 5],
    ['naukri/srp-2025', 4],
  ])('%s: appended cards are listed and read under their new ids', (name, before) => {
    const { doc, spec } = load(name);
    const ids = appendClonedCards(doc, { count: 3, firstId: 5000000001 });
    expect(ids).toHaveLength(3);
    const result = extractPage(doc, new URL(spec.url), new Date(spec.now));
    expect(result.cardCount).toBe(before + 3);
    for (const id of ids) expect(result.postings.find((p) => p.nativeId === id)?.title).toBeTruthy();
  });
});

describe('swapLinkedInPane (single-page navigation)', () => {
  it('reads the second job once the URL and the pane both show it', () => {
    const { doc, spec } = load('linkedin/classic-search-2025');
    const other = fixtures.get('linkedin/classic-search-2025-pane-2')!;
    expect(swapLinkedInPane(doc, { otherPageHtml: other.html })).toBe(true);
    const result = extractPage(doc, new URL(other.spec.url), new Date(spec.now));
    const second = result.postings.find((p) => p.nativeId === '4012399001');
    expect(second?.description).toContain('Supply Chain Analytics');
    expect(result.problems).toEqual([]);
  });

  it('does not credit the old pane to the new job while it has not been replaced yet', () => {
    const { doc, spec } = load('linkedin/classic-search-2025');
    const url = new URL(spec.url);
    url.searchParams.set('currentJobId', '4012399001');
    const result = extractPage(doc, url, new Date(spec.now));
    expect(result.degraded).toBe(false);
    expect(result.problems).toEqual(['detail pane still shows another job']);
    expect(result.postings.find((p) => p.nativeId === '4012399001')?.description).toBeNull();
  });
});
