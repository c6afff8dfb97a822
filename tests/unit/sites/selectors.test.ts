// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { SELECTOR_TABLES } from '@/lib/sites';
import { loadFixtures, parsePage } from './fixture-files';

type Table = Record<string, Record<string, string | readonly string[]>>;

/** Every selector of a site's table, named `group.field[i]`. */
function selectorsOf(table: Table): [string, string][] {
  const out: [string, string][] = [];
  for (const [group, fields] of Object.entries(table)) {
    for (const [field, value] of Object.entries(fields)) {
      const list = typeof value === 'string' ? [value] : value;
      list.forEach((selector, i) => out.push([`${group}.${field}[${i}]`, selector]));
    }
  }
  return out;
}

const docs = loadFixtures().map((f) => ({ site: f.name.split('/')[0]!, doc: parsePage(f.html, f.spec.url) }));

describe.each(Object.entries(SELECTOR_TABLES))('%s selectors', (site, table) => {
  const pages = docs.filter((d) => d.site === site);

  it('has fixtures', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(selectorsOf(table as unknown as Table))('%s %s matches in at least one fixture', (_name, selector) => {
    expect(pages.some(({ doc }) => doc.querySelector(selector) !== null)).toBe(true);
  });
});
