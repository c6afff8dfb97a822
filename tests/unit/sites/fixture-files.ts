import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import type { Posting } from '@/lib/model';
import type { PageKind } from '@/lib/sites';

export const FIXTURES_DIR = join(__dirname, '../../fixtures');
/** saved pages per site; other folders under tests/fixtures belong to other tests */
const SITE_DIRS = ['linkedin', 'naukri', 'internshala', 'other'] as const;

export interface FixtureSpec {
  url: string;
  now: string;
  layout: string;
  expected: { page: PageKind; cardCount: number | null; postings: Partial<Posting>[] };
}

export interface Fixture {
  name: string;
  html: string;
  spec: FixtureSpec;
}

/** Every `tests/fixtures/<site>/<name>.html` with its sibling `.json`. */
export function loadFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const site of SITE_DIRS) {
    const dir = join(FIXTURES_DIR, site);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const base = file.slice(0, -'.json'.length);
      out.push({
        name: `${site}/${base}`,
        html: readFileSync(join(dir, `${base}.html`), 'utf8'),
        spec: JSON.parse(readFileSync(join(dir, file), 'utf8')) as FixtureSpec,
      });
    }
  }
  return out;
}

/** Parses a saved page as the CLI does: happy-dom, no script runs, nothing loads. */
export function parsePage(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
