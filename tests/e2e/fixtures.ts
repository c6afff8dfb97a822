import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Posting } from '@/lib/model';

export const FIXTURES = join(import.meta.dirname, '../fixtures');

export interface Fixture {
  site: string;
  name: string;
  html: string;
  url: string;
  now: string;
  layout: string;
  expected: { page: string; cardCount: number | null; postings: Partial<Posting>[] };
}

/** Every saved page under tests/fixtures/<site>/ with its expectation (`<name>.json` beside `<name>.html`). */
export function loadFixtures(sites = ['linkedin', 'naukri', 'internshala']): Fixture[] {
  return sites.flatMap((site) =>
    readdirSync(join(FIXTURES, site))
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => {
        const meta = JSON.parse(readFileSync(join(FIXTURES, site, f), 'utf8'));
        const html = join(FIXTURES, site, f.replace(/\.json$/, '.html'));
        return meta.expected ? [{ site, name: f.replace(/\.json$/, ''), html, ...meta } as Fixture] : [];
      }),
  );
}
