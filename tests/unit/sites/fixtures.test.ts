// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { check, PostingSchema, POSTING_FIELDS } from '@/lib/model';
import { extractPage } from '@/lib/sites';
import { loadFixtures, parsePage } from './fixture-files';

const fixtures = loadFixtures();

describe.each(fixtures.map((f) => [f.name, f] as const))('fixture %s', (_name, { html, spec }) => {
  const result = extractPage(parsePage(html, spec.url), new URL(spec.url), new Date(spec.now));

  it('recognises the page', () => {
    expect({ page: result.page, cardCount: result.cardCount, layout: result.layout }).toEqual({
      page: spec.expected.page,
      cardCount: spec.expected.cardCount,
      layout: spec.layout,
    });
  });

  it('finds exactly the expected postings', () => {
    expect(result.postings.map((p) => p.id).sort()).toEqual(spec.expected.postings.map((p) => p.id).sort());
  });

  it('outputs postings the model accepts', () => {
    for (const posting of result.postings) expect(check(PostingSchema, posting), posting.id).toEqual({ ok: true, value: posting });
  });

  it.each(spec.expected.postings.map((p) => [p.id, p] as const))('reads %s field by field', (id, expected) => {
    const actual = result.postings.find((p) => p.id === id);
    expect(actual, `posting ${id} missing`).toBeDefined();
    for (const field of ['url', ...POSTING_FIELDS, 'extraction'] as const) {
      if (field in expected) expect(actual?.[field], `${id}.${field}`).toEqual(expected[field]);
    }
  });
});
