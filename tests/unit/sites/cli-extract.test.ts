import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '@/lib/cli/main';
import { loadFixtures } from './fixture-files';

const fixtures = new Map(loadFixtures().map((f) => [f.name, f]));
const dir = mkdtempSync(join(tmpdir(), 'ss-extract-'));

/** `npm run -s cli -- extract --url <url> --now <now> <file>` on the page, as a process would see it. */
async function extract(html: string, url: string, now = '2026-09-20T10:00:00.000Z') {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.html`);
  writeFileSync(file, html);
  let stdout = '';
  let stderr = '';
  const code = await runCli(['extract', '--url', url, '--now', now, file], {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    stdin: (async function* () {})(),
  });
  return { code, out: JSON.parse(stdout) as Record<string, unknown>, stderr: stderr.split('\n').filter(Boolean) };
}
const fixture = async (name: string) => {
  const f = fixtures.get(name)!;
  return extract(f.html, f.spec.url, f.spec.now);
};

describe('extract on pages read in part or not yet', () => {
  it('stdout keeps exactly {page, cardCount, postings}; a pending pane is said on stderr, exit 0', async () => {
    const r = await fixture('linkedin/sdui-search-2026-pane-loading');
    expect(r.code).toBe(0);
    expect(Object.keys(r.out)).toEqual(['page', 'cardCount', 'postings']);
    expect(r.out).toMatchObject({ page: 'search+detail', cardCount: 4 });
    expect(r.stderr).toEqual(['extract: page pending: detail pane still loading']);
  });

  it('Naukri\'s server shell: no posting, and why', async () => {
    const r = await fixture('naukri/jd-shell');
    expect(r.out).toEqual({ page: 'detail', cardCount: null, postings: [] });
    expect(r.stderr).toEqual(['extract: page pending: content not rendered yet']);
  });

  it('a recognised page that cannot be read is degraded, with the reason', async () => {
    const url = 'https://www.linkedin.com/jobs/view/4012345678/';
    const r = await extract('<!DOCTYPE html><html><body><main></main></body></html>', url);
    expect(r.code).toBe(0);
    expect(r.out).toEqual({ page: 'detail', cardCount: null, postings: [] });
    expect(r.stderr).toEqual(['extract: page degraded: the detail posting could not be read']);
  });

  it('a posting read without its company: degraded in its own extraction, and named on stderr', async () => {
    const r = await fixture('linkedin/heldout-style-2026-lazy-column-no-company');
    const postings = r.out.postings as { id: string; extraction: { degraded: boolean; missing: string[] } }[];
    const degraded = postings.filter((p) => p.extraction.degraded);
    expect(degraded.length).toBeGreaterThan(0);
    expect(r.stderr).toEqual(degraded.map((p) => `extract: posting ${p.id} degraded: missing ${p.extraction.missing.join(', ')}`));
    expect(r.stderr[0]).toMatch(/missing company/);
  });

  it('a page read in full says nothing on stderr', async () => {
    const r = await fixture('linkedin/sdui-search-2026');
    expect(r.code).toBe(0);
    expect(r.stderr).toEqual([]);
  });
});
