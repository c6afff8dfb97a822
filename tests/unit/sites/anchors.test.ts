// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterFor } from '@/lib/sites';
import { loadFixtures, parsePage } from './fixture-files';

// The content script attaches its UI here: each page kind must offer a place.
const pages = loadFixtures().filter((f) => !f.name.startsWith('other/') && f.spec.expected.postings.length > 0);

describe.each(pages.map((f) => [f.name, f] as const))('anchors on %s', (_name, f) => {
  const url = new URL(f.spec.url);
  const doc = parsePage(f.html, f.spec.url);
  const adapter = adapterFor(url)!;
  const kind = adapter.pageKind(doc, url);

  // Only the checks that apply to this page kind are generated: nothing is reported as skipped.
  if (kind.includes('search')) it('every card has an anchor inside the list', () => {
    const cards = adapter.cards(doc, url);
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect(card.element.contains(adapter.anchors.card(card))).toBe(true);
  });

  if (kind.includes('detail')) it('the detail view has an anchor and a description anchor', () => {
    expect(adapter.anchors.detail(doc)).not.toBeNull();
    expect(adapter.anchors.description(doc)).not.toBeNull();
  });
});
