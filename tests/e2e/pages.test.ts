// Every saved page of the three sites, served at its real URL to Chromium with the built extension:
// the postings it stores match the fixture's expectation field by field, every card gets exactly one
// badge with a numeric fit, and the posting in view gets the panel.
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/browser/chromium';
import { SAMPLE_PLANS } from '@/lib/plans';
import type { Posting } from '@/lib/model';
import { loadFixtures, type Fixture } from './fixtures';
import { clearStore, hosts, numeric, savePlan, stored, waitFor, waitForPostings } from './helpers';

let browser: ExtensionBrowser;
beforeAll(async () => {
  mkdirSync('test-artifacts', { recursive: true });
  browser = await launchWithExtension();
  await savePlan(browser, SAMPLE_PLANS[0]!.plan);
});
afterAll(async () => {
  await browser?.close();
});

// Relative dates ("2 days ago") resolve against the time the page is read, which is now, not the fixture's `now`.
const TIME_RELATIVE: (keyof Posting)[] = ['postedAt', 'seenAt'];

/** The posting shown in the detail view: the one the URL names, else the page's only posting. */
function detailId(fixture: Fixture): string | null {
  if (!fixture.expected.page.includes('detail')) return null;
  const ids = fixture.expected.postings.map((p) => p.id!);
  return ids.find((id) => fixture.url.includes(id.split(':')[1]!)) ?? (ids.length === 1 ? ids[0]! : null);
}

const fixtures = loadFixtures().filter((f) => f.expected.postings.length > 0);

describe.each(fixtures.map((f) => [`${f.site}/${f.name}`, f] as const))('%s', (label, fixture) => {
  it('stores what the page shows and annotates every card and the posting', async () => {
    await clearStore(browser, 'postings');
    await browser.route(`${fixture.url.split('?')[0]}*`, fixture.html);
    const page = await browser.context.newPage();
    await page.goto(fixture.url);
    const ids = fixture.expected.postings.map((p) => p.id!);
    const got = await waitForPostings(browser, ids);
    for (const expected of fixture.expected.postings) {
      const actual = got.find((p) => p.id === expected.id)!;
      for (const [field, value] of Object.entries(expected)) {
        if (TIME_RELATIVE.includes(field as keyof Posting) || field === 'extraction') continue;
        expect.soft(actual[field as keyof Posting], `${expected.id} ${field}`).toEqual(value);
      }
    }

    const detail = detailId(fixture);
    const cardIds = fixture.expected.page.includes('search') ? ids.filter((id) => id !== detail) : [];
    const annotated = await waitFor('numeric badges and panel', async () => {
      const all = await hosts(page);
      const badges = all.filter((h) => h.kind === 'badge');
      const panels = all.filter((h) => h.kind === 'panel');
      const ready = cardIds.every((id) => badges.some((b) => b.posting === id && numeric(b)))
        && (!detail || panels.some((p) => p.posting === detail && numeric(p)));
      return ready && { badges, panels };
    });
    for (const id of cardIds) expect(annotated.badges.filter((b) => b.posting === id), `badges on ${id}`).toHaveLength(1);
    expect(new Set(annotated.badges.map((b) => b.posting)).size, 'one badge per posting').toBe(annotated.badges.length);
    expect(annotated.badges.every(numeric)).toBe(true);
    expect(annotated.panels.map((p) => p.posting)).toEqual(detail ? [detail] : []);
    await page.screenshot({ path: `test-artifacts/${label.replace('/', '-')}.png`, fullPage: false });
    await page.close();
  });
});

describe('pages that are not ready or not readable', () => {
  it('Naukri\'s empty server shell stores nothing until the posting renders, then reads it', async () => {
    await clearStore(browser, 'postings');
    const shell = loadFixtures(['naukri']).find((f) => f.name === 'jd-shell')!;
    const rendered = loadFixtures(['naukri']).find((f) => f.name === 'jd-hashed-hybrid')!;
    expect(new URL(shell.url).pathname).toBe(new URL(rendered.url).pathname);
    await browser.route(`${shell.url.split('?')[0]}*`, shell.html);
    const page = await browser.context.newPage();
    await page.goto(shell.url);
    await page.waitForTimeout(800);
    expect(await hosts(page)).toEqual([]);
    expect(await stored(browser)).toEqual([]);
    const waiting = (await stored<{ url: string; degraded: boolean }>(browser, 'pages')).find((p) => p.url === shell.url);
    expect(waiting?.degraded ?? false, 'a shell still loading is not a broken page').toBe(false);
    // Next.js renders the job into the shell's root after its API call returns.
    await page.evaluate((html) => {
      const next = new DOMParser().parseFromString(html, 'text/html');
      document.body.replaceWith(document.importNode(next.body, true));
    }, readFileSync(rendered.html, 'utf8'));
    const id = rendered.expected.postings[0]!.id!;
    const [posting] = await waitForPostings(browser, [id]);
    expect(posting!.title).toBe(rendered.expected.postings[0]!.title);
    await waitFor('the panel once content arrived', async () => (await hosts(page)).some((h) => h.kind === 'panel' && h.posting === id && numeric(h)));
    await page.close();
  });

  it('a recognised page whose cards cannot be read is reported as degraded, not as empty', async () => {
    const list = loadFixtures(['naukri']).find((f) => f.name === 'srp-2025')!;
    // The same list after a redesign the adapter does not know: cards keep their ids, every field moved.
    const html = readFileSync(list.html, 'utf8').replace(/class="([^"]*)"/g, (_m, cls: string) =>
      `class="${cls.split(/\s+/).map((c) => (c === 'srp-jobtuple-wrapper' ? c : `x-${c}`)).join(' ')}"`);
    await browser.route(`${list.url.split('?')[0]}*`, () => html);
    const page = await browser.context.newPage();
    await page.goto(list.url);
    const status = await waitFor('a page report', async () =>
      (await stored<{ url: string; degraded: boolean; problems: string[]; kind: string }>(browser, 'pages')).find((p) => p.url === list.url));
    expect(status.kind).toContain('search');
    expect(status.degraded).toBe(true);
    expect(status.problems.join(' ')).toMatch(/no posting could be read|missing/);
    await page.close();
  });
});
