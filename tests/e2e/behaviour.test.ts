// How the in-page UI behaves while people browse: single-page navigation, infinite scroll, virtualised
// lists remounting cards, saving to the tracker, and plan or settings changes reaching open pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, ROOT, type ExtensionBrowser } from '../../scripts/browser/chromium';
import { SAMPLE_PLANS } from '@/lib/plans';
import { loadFixtures, type Fixture } from './fixtures';
import { clearStore, hosts, numeric, savePlan, stored, trackerEntries, waitFor, waitForPostings } from './helpers';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
  await savePlan(browser, SAMPLE_PLANS[0]!.plan);
});
afterAll(async () => {
  await browser?.close();
});

function fixture(site: string, name: string): Fixture {
  const f = loadFixtures([site]).find((x) => x.name === name);
  if (!f) throw new Error(`no fixture ${site}/${name}`);
  return f;
}

async function open(f: Fixture): Promise<Page> {
  await browser.route(`${f.url.split('?')[0]}*`, f.html);
  const page = await browser.context.newPage();
  await page.goto(f.url);
  return page;
}

const badgesOf = async (page: Page, id: string) => (await hosts(page)).filter((h) => h.kind === 'badge' && h.posting === id);
const panels = async (page: Page) => (await hosts(page)).filter((h) => h.kind === 'panel');

describe('single-page navigation', () => {
  it('moves the panel to the new posting when currentJobId changes without a reload', async () => {
    const first = fixture('linkedin', 'classic-search-2025');
    const second = fixture('linkedin', 'classic-search-2025-pane-2');
    const page = await open(first);
    await waitFor('panel on the first posting', async () => (await panels(page)).some((p) => p.posting === 'linkedin:4012345678' && numeric(p)));
    // What LinkedIn does on a card click: push the new URL, swap the pane's content.
    await page.evaluate(({ html, url }) => {
      const next = new DOMParser().parseFromString(html, 'text/html').querySelector('.jobs-search__job-details--container')!;
      document.querySelector('.jobs-search__job-details--container')!.replaceWith(document.importNode(next, true));
      history.pushState({}, '', url);
    }, { html: readFileSync(second.html, 'utf8'), url: second.url });
    const moved = await waitFor('panel on the second posting', async () => {
      const ps = await panels(page);
      return ps.length === 1 && ps[0]!.posting === 'linkedin:4012399001' && numeric(ps[0]!) && ps;
    });
    expect(moved).toHaveLength(1);
    const [posting] = await waitForPostings(browser, ['linkedin:4012399001'], (p) => !!p.description);
    const expected = second.expected.postings.find((p) => p.id === 'linkedin:4012399001')!;
    expect(posting!.description).toBe(expected.description);
    await page.screenshot({ path: 'test-artifacts/linkedin-spa-navigation.png' });
    await page.close();
  });
});

describe('lists that change under the user', () => {
  it('badges cards appended by infinite scroll (Internshala)', async () => {
    const page = await open(fixture('internshala', 'internships-current'));
    const cards = await page.$$eval('.individual_internship[internshipid]', (els) => els.map((e) => e.getAttribute('internshipid')));
    await waitFor('badges on the first cards', async () => (await hosts(page)).filter((h) => h.kind === 'badge' && numeric(h)).length === cards.length);
    await page.evaluate(() => {
      const card = document.querySelector('.individual_internship[internshipid]')!;
      const clone = card.cloneNode(true) as Element;
      clone.querySelectorAll('[data-ss-host]').forEach((h) => h.remove());
      clone.setAttribute('internshipid', '3399999');
      clone.id = 'individual_internship_3399999';
      const title = clone.querySelector('.job-internship-name a, .profile a, h3 a, h2 a');
      if (title) title.textContent = 'Business Analytics Internship';
      card.parentElement!.append(clone);
    });
    const [added] = await waitForPostings(browser, ['internshala:3399999']);
    expect(added!.title).toBe('Business Analytics Internship');
    await waitFor('a badge on the appended card', async () => (await badgesOf(page, 'internshala:3399999')).some(numeric));
    expect(await badgesOf(page, 'internshala:3399999')).toHaveLength(1);
    await page.close();
  });

  it('badges cards appended to the LinkedIn guest list', async () => {
    const page = await open(fixture('linkedin', 'guest-search'));
    await waitFor('guest badges', async () => (await hosts(page)).some((h) => h.kind === 'badge' && numeric(h)));
    await page.evaluate(() => {
      const li = document.querySelector('ul.jobs-search__results-list > li')!;
      const clone = li.cloneNode(true) as Element;
      clone.querySelectorAll('[data-ss-host]').forEach((h) => h.remove());
      const card = clone.querySelector('[data-entity-urn]')!;
      card.setAttribute('data-entity-urn', 'urn:li:jobPosting:4099999999');
      clone.querySelectorAll('a[href*="/jobs/view/"]').forEach((a) => a.setAttribute('href', 'https://in.linkedin.com/jobs/view/junior-data-analyst-at-acme-4099999999'));
      clone.querySelector('.base-search-card__title')!.textContent = 'Junior Data Analyst';
      li.parentElement!.append(clone);
    });
    await waitForPostings(browser, ['linkedin:4099999999']);
    await waitFor('a badge on the appended guest card', async () => (await badgesOf(page, 'linkedin:4099999999')).some(numeric));
    await page.close();
  });

  it('does not double-badge a card the virtualised list remounts', async () => {
    const page = await open(fixture('linkedin', 'classic-search-2025'));
    const id = await waitFor('a badged card', async () => (await hosts(page)).find((h) => h.kind === 'badge' && numeric(h))?.posting);
    await page.evaluate((nativeId) => {
      // React re-renders the item from its own state: a fresh element with the same content, no trace of ours.
      const li = document.querySelector(`li[data-occludable-job-id="${nativeId}"]`)!;
      const fresh = li.cloneNode(true) as Element;
      fresh.querySelectorAll('[data-ss-host]').forEach((h) => h.remove());
      li.replaceWith(fresh);
    }, id.split(':')[1]!);
    await page.waitForTimeout(600);
    const after = await waitFor('the badge back on the remounted card', async () => {
      const b = await badgesOf(page, id);
      return b.length >= 1 && b;
    });
    expect(after).toHaveLength(1);
    // and a placeholder that fills in later gets its badge
    await page.close();
  });
});

describe('skills in the description', () => {
  it('highlights matched and missing skills over the page\'s own text, and the toggle clears them', async () => {
    const page = await open(fixture('naukri', 'jd-hashed-hybrid'));
    await waitFor('the panel', async () => (await panels(page)).some(numeric));
    const highlighted = () => page.evaluate(() => {
      const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return ['steppingstone-have', 'steppingstone-miss'].flatMap((name) => [...(reg.get(name) ?? [])].map((r) => `${name}:${r.toString()}`));
    });
    const marks = await waitFor('highlights', async () => {
      const h = await highlighted();
      return h.length > 0 && h;
    });
    // every range covers words of the page, not markup or offsets gone astray
    for (const mark of marks) expect(mark.split(':').slice(1).join(':').trim().length).toBeGreaterThan(0);
    expect(marks.some((m) => m.startsWith('steppingstone-have:'))).toBe(true);
    // and the page paints them: the highlight rules are scoped to the description, so check they reach its text
    const painted = await page.evaluate(() => {
      const range = [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('steppingstone-have') ?? [])][0]!;
      const el = range.startContainer.parentElement!;
      return getComputedStyle(el, '::highlight(steppingstone-have)').backgroundColor;
    });
    expect(painted).toMatch(/^rgba?\(46, 160, 67/);
    await page.locator('.styles_JDC__dang-inner-html__h0K4t, [class*="dang-inner-html"]').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-artifacts/naukri-highlights.png' });
    await page.locator('[data-ss-host="panel"] .toggle-hl input').uncheck();
    await waitFor('highlights cleared', async () => (await highlighted()).length === 0);
    await page.close();
  });
});

describe('the badge', () => {
  it('shows its top skills on hover and the tracker status once the posting is saved', async () => {
    await clearStore(browser, 'tracker');
    const page = await open(fixture('linkedin', 'classic-search-2025'));
    const id = 'linkedin:4012345678';
    await waitFor('the panel and its card badge', async () => (await panels(page)).some(numeric) && (await badgesOf(page, id)).some(numeric));
    const badge = page.locator(`[data-ss-host="badge"][data-ss-posting="${id}"]`);
    await badge.locator('.face').hover();
    const tip = badge.locator('.tip');
    await tip.waitFor({ state: 'visible' });
    const text = await tip.innerText();
    expect(text.length).toBeGreaterThan(10);
    expect(text).toMatch(/You have: |Missing: /);
    await page.screenshot({ path: 'test-artifacts/linkedin-badge-tooltip.png' });
    await page.locator('[data-ss-host="panel"] [data-ss-action="save"]').click();
    await waitFor('the badge marks the posting saved', async () => /Saved · /.test(await badge.locator('.tracked').innerText().catch(() => '')));
    await page.close();
  });
});

describe('saving to the tracker', () => {
  it('stores a tracker entry from the panel and shows its status', async () => {
    await clearStore(browser, 'tracker');
    const f = fixture('naukri', 'jd-hashed');
    const id = f.expected.postings[0]!.id!;
    const page = await open(f);
    await waitFor('the panel', async () => (await panels(page)).some(numeric));
    await page.locator('[data-ss-host="panel"] [data-ss-action="save"]').click();
    const [entry] = await waitFor('tracker entry', async () => {
      const entries = await trackerEntries(browser);
      return entries.length > 0 && entries;
    });
    expect(entry).toMatchObject({ postingId: id, status: 'saved' });
    await page.locator('[data-ss-host="panel"] [data-ss-action="status"]').waitFor();
    await page.locator('[data-ss-host="panel"] [data-ss-action="status"]').selectOption('applied');
    await waitFor('status applied', async () => (await trackerEntries(browser))[0]?.status === 'applied');
    await page.screenshot({ path: 'test-artifacts/naukri-panel-saved.png' });
    await page.close();
  });
});

describe('the options page reaches open pages', () => {
  it('imports a plan from a file, confirms it, and re-scores the badges already shown', async () => {
    await clearStore(browser, 'postings');
    const page = await open(fixture('naukri', 'srp-2025'));
    const before = await waitFor('badges', async () => {
      const b = (await hosts(page)).filter((h) => h.kind === 'badge');
      return b.length > 0 && b.every(numeric) && b;
    });
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('main[data-ss-options="ready"]');
    await options.locator('[data-ss-action="import-plan"]').setInputFiles(join(ROOT, 'lib/plans/switcher-frontend.json'));
    await options.waitForSelector('[data-ss-status="plan-saved"]');
    const changed = await waitFor('badges re-scored for the new plan', async () => {
      const now = (await hosts(page)).filter((h) => h.kind === 'badge');
      return now.length === before.length && now.every(numeric)
        && now.some((h) => before.find((b) => b.posting === h.posting)!.fit !== h.fit || before.find((b) => b.posting === h.posting)!.verdict !== h.verdict)
        && now;
    });
    expect(changed.every(numeric)).toBe(true);

    // A bad file changes nothing and says what is wrong.
    await options.locator('[data-ss-action="import-plan"]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 1, "vision": 3}') });
    await options.waitForSelector('[data-ss-status="plan-error"]');
    const plans = await stored<{ revision: number }>(browser, 'plans');
    expect(plans.length).toBe(2);

    // Switching the site off removes everything Steppingstone added to its pages.
    await options.locator('[data-ss-setting="site-naukri"]').click();
    await waitFor('badges removed', async () => (await hosts(page)).length === 0);
    await options.locator('[data-ss-setting="site-naukri"]').click();
    // and switching it back on brings them back without a reload
    await waitFor('badges back', async () => (await hosts(page)).filter((h) => h.kind === 'badge' && numeric(h)).length === changed.length);
    await options.close();
    await page.close();
  });

  it('a site switched off stays clean on a posting, even when the plan changes afterwards', async () => {
    const page = await open(fixture('naukri', 'jd-hashed-hybrid'));
    const marks = () => page.evaluate(() => ({
      attr: document.querySelectorAll('[data-ss-highlight]').length,
      ranges: ['steppingstone-have', 'steppingstone-miss'].reduce((n, name) => n + ((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name)?.size ?? 0), 0),
    }));
    await waitFor('panel and highlights', async () => (await panels(page)).some(numeric) && (await marks()).ranges > 0);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('[data-ss-setting="site-naukri"]').click();
    await waitFor('everything removed', async () => (await hosts(page)).length === 0 && (await marks()).attr === 0 && (await marks()).ranges === 0);
    // a plan change re-scores open pages: not this one, which the user switched off
    await savePlan(browser, SAMPLE_PLANS[1]!.plan);
    await page.waitForTimeout(1500);
    expect(await hosts(page)).toHaveLength(0);
    expect(await marks()).toEqual({ attr: 0, ranges: 0 });
    await options.locator('[data-ss-setting="site-naukri"]').click();
    await waitFor('the panel back', async () => (await panels(page)).some(numeric));
    await savePlan(browser, SAMPLE_PLANS[0]!.plan);
    await options.close();
    await page.close();
  });
});
