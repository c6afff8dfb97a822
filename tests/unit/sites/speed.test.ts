// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/sites';
import { appendClonedCards } from '../../fixtures/live';
import { loadFixtures, parsePage } from './fixture-files';

// happy-dom is far slower than Chromium (the real budget, 25 cards in < 5 ms, is measured by
// `npm run bench`); here the check is that cost grows with the cards, not faster.
const f = loadFixtures().find((x) => x.name === 'linkedin/guest-search')!;

function timeFor(cards: number): number {
  const doc = parsePage(f.html, f.spec.url);
  appendClonedCards(doc, { count: cards - 6, firstId: 5100000000 });
  const url = new URL(f.spec.url);
  const now = new Date(f.spec.now);
  extractPage(doc, url, now); // warm up
  const runs = 3;
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) expect(extractPage(doc, url, now).cardCount).toBe(cards);
  return (performance.now() - t0) / runs;
}

describe('reading speed', () => {
  it('grows linearly with the number of cards', () => {
    const small = timeFor(100);
    const large = timeFor(1000);
    console.info(`happy-dom: 100 cards ${small.toFixed(1)} ms, 1000 cards ${large.toFixed(1)} ms`);
    expect(large / small).toBeLessThan(25);
  });
});
