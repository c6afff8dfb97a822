// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { check, PostingSchema } from '@/lib/model';
import { adapterFor, extractPage, mergeDrafts, toPosting } from '@/lib/sites';
import { loadFixtures, parsePage } from './fixture-files';
import { LOADING_PATIENCE_MS } from '@/lib/sites/linkedin/adapter';

const fixtures = new Map(loadFixtures().map((f) => [f.name, f]));
const NOW = new Date('2026-09-20T10:00:00.000Z');
const page = (body: string, url: string, head = '') => parsePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, url);

describe('adapterFor', () => {
  it.each([
    ['https://www.linkedin.com/jobs/search/?currentJobId=4012345678', 'linkedin'],
    ['https://in.linkedin.com/jobs/view/data-analyst-at-acme-4015550001', 'linkedin'],
    ['https://www.naukri.com/data-analyst-jobs', 'naukri'],
    ['https://internshala.com/internships/', 'internshala'],
    ['https://boards.greenhouse.io/acme/jobs/1', 'other'],
  ])('%s → %s', (url, site) => {
    expect(adapterFor(new URL(url))?.site).toBe(site);
  });

  it('reads no non-web page', () => {
    expect(adapterFor(new URL('chrome-extension://abc/popup.html'))).toBeNull();
    expect(adapterFor(new URL('file:///tmp/x.html'))).toBeNull();
  });
});

describe('Naukri detail classes with a new build hash', () => {
  it('read the same as before', () => {
    const f = fixtures.get('naukri/jd-hashed')!;
    // every CSS-module suffix replaced, as a new Naukri build would
    const rehashed = f.html.replace(/(styles_[A-Za-z0-9-]+(?:__[A-Za-z0-9-]+)?)__[A-Za-z0-9_]{5}\b/g, '$1__Zz9Q1');
    expect(rehashed).not.toContain('rZwM1');
    const url = new URL(f.spec.url);
    const before = extractPage(parsePage(f.html, f.spec.url), url, NOW);
    const after = extractPage(parsePage(rehashed, f.spec.url), url, NOW);
    expect(after.postings).toEqual(before.postings);
    expect(after.postings[0]?.extraction.missing).toEqual(['workplace', 'deadline']);
  });
});

describe('pages recognised but not readable', () => {
  it('Naukri server shell: no posting, not degraded, says why', () => {
    const f = fixtures.get('naukri/jd-shell')!;
    const result = extractPage(parsePage(f.html, f.spec.url), new URL(f.spec.url), NOW);
    expect(result).toMatchObject({ page: 'detail', postings: [], degraded: false, problems: ['content not rendered yet'] });
  });

  it('a LinkedIn job page after a redesign falls back to the h1 and page title; with nothing to read it is degraded', () => {
    const doc = page('<main><section><h1>Data Analyst</h1><div>Something new</div></section></main>', 'https://www.linkedin.com/jobs/view/4012345678/', '<title>Data Analyst | Acme | LinkedIn</title>');
    const result = extractPage(doc, new URL('https://www.linkedin.com/jobs/view/4012345678/'), NOW);
    expect(result.page).toBe('detail');
    expect(result.postings[0]).toMatchObject({ title: 'Data Analyst', company: 'Acme', extraction: { found: { title: 'fallback', company: 'fallback' } } });
    expect(result.degraded).toBe(false);
    const bare = extractPage(page('<main></main>', 'https://www.linkedin.com/jobs/view/4012345678/'), new URL('https://www.linkedin.com/jobs/view/4012345678/'), NOW);
    expect(bare).toMatchObject({ page: 'detail', postings: [], degraded: true, problems: ['the detail posting could not be read'] });
  });

  it('a Naukri detail page without its header and without the shell state is degraded', () => {
    const url = 'https://www.naukri.com/job-listings-data-analyst-acme-bengaluru-1-to-3-years-260925500123';
    const result = extractPage(page('<div id="root"><div class="x">Oops</div></div>', url), new URL(url), NOW);
    expect(result).toMatchObject({ page: 'detail', postings: [], degraded: true });
  });

  it('a search page whose cards cannot be read is degraded', () => {
    const url = 'https://www.naukri.com/data-analyst-jobs';
    const result = extractPage(page('<div class="srp-jobtuple-wrapper" data-job-id="1"><div>new design</div></div>', url), new URL(url), NOW);
    expect(result).toMatchObject({ page: 'search', cardCount: 1, postings: [], degraded: true, problems: ['cards found but none could be read'] });
    const empty = extractPage(page('<main></main>', url), new URL(url), NOW);
    expect(empty).toMatchObject({ page: 'search', cardCount: 0, degraded: true, problems: ['no job cards found in the list'] });
  });

  it('an Internshala detail page is identified by internshipid, never the URL digits', () => {
    const f = fixtures.get('internshala/internship-detail')!;
    const result = extractPage(parsePage(f.html, f.spec.url), new URL(f.spec.url), NOW);
    expect(f.spec.url).toContain('1759312345');
    expect(result.postings.map((p) => p.id)).toEqual(['internshala:3312345']);
  });

  it('a page of another site without JSON-LD has nothing to read and is not degraded', () => {
    const url = 'https://example.com/about';
    expect(extractPage(page('<h1>About us</h1>', url), new URL(url), NOW)).toMatchObject({ page: 'none', postings: [], degraded: false });
  });
});

describe('never throws', () => {
  const hostile = [
    '<div class="srp-jobtuple-wrapper" data-job-id="123"><h2><a class="title" href="javascript:alert(1)">x</a></h2></div>',
    '<li data-occludable-job-id="4012345678"><div class="job-card-container" data-job-id="4012345678"><div class="artdeco-entity-lockup__title"></div></div></li>',
    '<div class="individual_internship" internshipid="99"><h2 class="job-internship-name"><a class="job-title-href" href="http://[bad">T</a></h2></div>',
    '<script type="application/ld+json">{"@type":"JobPosting","title":{"x":1},"hiringOrganization":[1,2],"jobLocation":"x","baseSalary":{"value":{"minValue":"abc"}},"datePosted":42}</script>',
    '<code id="bpr-guid-1">{"included":[{"$type":"com.linkedin.voyager.dash.jobs.JobPosting","jobPostingId":4012345678,"title":7}]}</code>',
    '<code id="bpr-guid-2">{not json 4012345678</code>',
  ];
  it.each([
    'https://www.linkedin.com/jobs/search/?currentJobId=4012345678',
    'https://www.linkedin.com/jobs/view/4012345678/',
    'https://www.naukri.com/job-listings-x-260925500123',
    'https://www.naukri.com/data-analyst-jobs',
    'https://internshala.com/internships/',
    'https://internshala.com/internship/detail/x1759312345',
    'https://example.com/jobs/1',
  ])('%s with hostile markup', (url) => {
    for (const body of hostile) {
      const result = extractPage(page(body, url, body.startsWith('<script') ? body : ''), new URL(url), NOW);
      for (const p of result.postings) expect(check(PostingSchema, p).ok, JSON.stringify(p)).toBe(true);
    }
  });
});

describe('toPosting', () => {
  const ctx = { url: new URL('https://www.naukri.com/job-listings-x-260925500123'), now: NOW };

  it('fills what is missing, lists it, and cuts text to the schema bounds', () => {
    const posting = toPosting('naukri', { nativeId: '260925500123', title: 'x'.repeat(600), description: 'y'.repeat(200_000), found: { title: 'selectors', description: 'selectors' } }, ctx, 'naukri/jd');
    expect(check(PostingSchema, posting).ok).toBe(true);
    expect(posting).toMatchObject({ id: 'naukri:260925500123', url: ctx.url.href, company: '', seenAt: NOW.toISOString() });
    expect(posting.title).toHaveLength(500);
    expect(posting.extraction).toMatchObject({ layout: 'naukri/jd', degraded: true });
    expect(posting.extraction.missing).toContain('company');
  });

  it('merges by strategy first, then by order', () => {
    const card = { nativeId: '1', title: 'Card title', company: 'Acme', found: { title: 'selectors', company: 'selectors' } } as const;
    const pane = { nativeId: '1', title: 'Pane title', description: 'text', found: { title: 'selectors', description: 'selectors' } } as const;
    const ld = { nativeId: '1', title: 'JSON-LD title', found: { title: 'json-ld' } } as const;
    const merged = mergeDrafts({ ...pane, found: { ...pane.found } }, { ...card, found: { ...card.found } }, { ...ld, found: { ...ld.found } });
    expect(merged).toMatchObject({ title: 'JSON-LD title', company: 'Acme', description: 'text', found: { title: 'json-ld', company: 'selectors' } });
  });
});

describe('JSON-LD containers', () => {
  it('reads postings in an ItemList, in CDATA, and wrapped in a comment', () => {
    const list = { '@context': 'https://schema.org', '@type': 'ItemList', itemListElement: [
      { '@type': 'ListItem', position: 1, item: { '@type': 'JobPosting', title: 'A', hiringOrganization: 'X', identifier: 'a-1' } },
      { '@type': 'ListItem', position: 2, item: { '@type': 'JobPosting', title: 'B', hiringOrganization: 'X', identifier: 'b-2' } },
    ] };
    const cdata = `//<![CDATA[\n${JSON.stringify({ '@type': 'JobPosting', title: 'C', hiringOrganization: 'X', url: 'https://jobs.example/c' })}\n//]]>`;
    const head = `<script type="application/ld+json">${JSON.stringify(list)}</script><script type="application/ld+json">${cdata}</script>`;
    const url = 'https://jobs.example/list';
    const result = extractPage(page('<h1>Jobs</h1>', url, head), new URL(url), NOW);
    expect(result.postings.map((p) => [p.id, p.title])).toEqual([
      ['other:jobs.example/list#a-1', 'A'],
      ['other:jobs.example/list#b-2', 'B'],
      ['other:jobs.example/c', 'C'],
    ]);
  });
});

describe('a virtualised LinkedIn list before any card renders', () => {
  it('is not yet rendered, not broken', () => {
    const url = 'https://www.linkedin.com/jobs/search/?keywords=data';
    const body = '<div class="scaffold-layout__list"><ul><li data-occludable-job-id="4012345678"></li><li data-occludable-job-id="4012345679"></li></ul></div>';
    expect(extractPage(page(body, url), new URL(url), NOW)).toMatchObject({
      page: 'search', cardCount: 2, postings: [], degraded: false, problems: ['cards not rendered yet'],
    });
  });
});

describe('Naukri job state saved in the page', () => {
  it('is read as embedded JSON when the rendered header is not there', () => {
    const f = fixtures.get('naukri/jd-shell')!;
    const job = {
      jobId: '180926500211', title: 'Data Analyst', description: '<p>Own KPI reporting.</p><ul><li>SQL</li></ul>',
      companyDetail: { name: 'Acme Analytics' }, locations: [{ label: 'Bengaluru' }], experienceText: '1-3 Yrs',
      keySkills: { preferred: [{ label: 'SQL' }], other: [{ label: 'Power BI' }] }, applyCount: 57, createdDate: '2026-09-17T04:30:00.000Z',
    };
    const html = f.html.replace('"jobDetailsResp":{"data":null,"loading":true}', `"jobDetailsResp":{"data":{"jobDetails":${JSON.stringify(job)}},"loading":false}`);
    const result = extractPage(parsePage(html, f.spec.url), new URL(f.spec.url), NOW);
    expect(result).toMatchObject({ page: 'detail', degraded: false, layout: 'naukri/jd-state', problems: [] });
    expect(result.postings[0]).toMatchObject({
      id: 'naukri:180926500211', title: 'Data Analyst', company: 'Acme Analytics', locations: ['Bengaluru'],
      experience: { min: 1, max: 3 }, description: 'Own KPI reporting.\n\n- SQL', listedSkills: ['SQL', 'Power BI'],
      applicants: 57, postedAt: '2026-09-17T04:30:00.000Z', extraction: { found: { title: 'embedded-json' } },
    });
  });

  it.each([
    ['2026-09-17 04:30:00', '2026-09-17T04:30:00.000Z'],
    [1789619400000, '2026-09-17T04:30:00.000Z'],
    ['1789619400000', '2026-09-17T04:30:00.000Z'],
    [1e300, null],
    ['soon', null],
  ])('reads createdDate %j as %j', (createdDate, postedAt) => {
    const f = fixtures.get('naukri/jd-shell')!;
    const job = { jobId: '180926500211', title: 'Data Analyst', description: '<p>Own KPI reporting.</p>', companyDetail: { name: 'Acme' }, createdDate };
    const html = f.html.replace('"jobDetailsResp":{"data":null,"loading":true}', `"jobDetailsResp":{"data":{"jobDetails":${JSON.stringify(job)}},"loading":false}`);
    expect(extractPage(parsePage(html, f.spec.url), new URL(f.spec.url), NOW).postings[0]!.postedAt).toBe(postedAt);
  });
});

describe('held-out pages that are not read yet', () => {
  const run = (name: string) => {
    const f = fixtures.get(name)!;
    return extractPage(parsePage(f.html, f.spec.url), new URL(f.spec.url), new Date(f.spec.now));
  };

  it('a classic pane showing only its "About the job" placeholder is pending, not degraded', () => {
    expect(run('linkedin/heldout-style-collections-pane-loading')).toMatchObject({ degraded: false, problems: ['detail pane still loading'] });
  });

  it('a 2026 pane still showing the job the user left is pending, and its text is not credited to the new id', () => {
    const result = run('linkedin/heldout-style-2026-pane-of-previous-job');
    expect(result).toMatchObject({ degraded: false, problems: ['detail pane still shows another job'] });
    expect(result.postings.find((p) => p.nativeId === '4102200022')?.description).toBeNull();
  });
});

describe('a 2026 detail pane mounted before its content', () => {
  const about = (id: string, body: string) =>
    `<div componentkey="JobDetails_AboutTheJob_${id}" id="JobDetails_AboutTheJob_${id}" data-sdui-component="com.linkedin.sdui.generated.jobseeker.dsl.impl.aboutTheJob"><h2>About the job</h2><div>${body}</div></div>`;

  it('on the search page: pending, not degraded, and the card alone gives the posting', () => {
    const f = fixtures.get('linkedin/sdui-search-2026-pane-loading')!;
    const result = extractPage(parsePage(f.html, f.spec.url), new URL(f.spec.url), new Date(f.spec.now));
    expect(result).toMatchObject({ page: 'search+detail', degraded: false, problems: ['detail pane still loading'] });
    const shown = result.postings.find((p) => p.nativeId === '4019876543')!;
    expect(shown).toMatchObject({ title: 'Data Analyst II', description: null, extraction: { degraded: false } });
    expect(adapterFor(new URL(f.spec.url))!.pending!(parsePage(f.html, f.spec.url), new URL(f.spec.url))).toBe('detail pane still loading');
  });

  it('on /jobs/view: pending with no posting, rather than a degraded page or a posting without its fields', () => {
    const url = 'https://www.linkedin.com/jobs/view/4019876543/';
    const shells = [
      about('4019876543', '<span data-testid="expandable-text-box"></span><button data-testid="expandable-text-button">… more</button>'),
      about('4019876543', ''),
      '<div data-sdui-component="com.linkedin.sdui.generated.jobseeker.dsl.impl.aboutTheJob"></div>',
    ];
    for (const shell of shells) {
      const doc = page(`<main id="workspace"><div data-testid="lazy-column"><div><div aria-hidden="true"><div></div></div></div>${shell}</div></main>`, url, '<title>LinkedIn</title>');
      expect(extractPage(doc, new URL(url), NOW), shell).toMatchObject({ page: 'detail', postings: [], degraded: false, problems: ['detail pane still loading'] });
    }
  });

  it('on a live page, stops waiting for a short text after a while', () => {
    const url = 'https://www.linkedin.com/jobs/view/4019876543/';
    const doc = page(`<main id="workspace"><div><h1>Data Analyst II</h1><div aria-label="Company, Acme Analytics."><p>Acme Analytics</p></div></div>${about('4019876543', '<span data-testid="expandable-text-box"><p>Apply via the link.</p></span>')}</main>`, url);
    const adapter = adapterFor(new URL(url))!;
    expect(adapter.pending!(doc, new URL(url), 0)).toBe('detail pane still loading');
    expect(adapter.pending!(doc, new URL(url), LOADING_PATIENCE_MS)).toBeNull();
    expect(adapter.readDetail(doc, { url: new URL(url), now: NOW, detailWaitedMs: LOADING_PATIENCE_MS })).toMatchObject({ title: 'Data Analyst II', description: 'Apply via the link.' });
  });

  it('is read once its text arrives', () => {
    const url = 'https://www.linkedin.com/jobs/view/4019876543/';
    const text = '<span data-testid="expandable-text-box"><p>Acme Analytics is hiring a Data Analyst II for its Retail Insights team.</p></span>';
    const doc = page(`<main id="workspace"><div><h1>Data Analyst II</h1><div aria-label="Company, Acme Analytics."><p>Acme Analytics</p></div></div>${about('4019876543', text)}</main>`, url);
    const result = extractPage(doc, new URL(url), NOW);
    expect(result).toMatchObject({ degraded: false, problems: [] });
    expect(result.postings[0]).toMatchObject({ title: 'Data Analyst II', company: 'Acme Analytics', description: 'Acme Analytics is hiring a Data Analyst II for its Retail Insights team.' });
  });
});

describe('Internshala detail: the description is the posting text only', () => {
  const url = 'https://internshala.com/internship/detail/data-analytics-internship-in-bangalore-at-acme1759312345';
  const detailPage = (body: string) => page(`<div id="details_container"><div class="detail_view"><div class="individual_internship" internshipid="3312345">
    <div class="individual_internship_header"><div class="profile">Data Analytics</div><div class="company_name"><a class="link_display_like_text">Acme</a></div></div></div></div>
    <div class="internship_details">${body}</div></div>`, url);
  const SECTIONS = `<h3 class="section_heading skills_heading">Skill(s) required</h3><div class="round_tabs_container"><span class="round_tabs">SQL</span></div>
    <h3 class="section_heading who_can_apply">Who can apply</h3><div class="text-container who_can_apply"><p>Only those candidates can apply who are from Pune</p></div>
    <h3 class="section_heading">Perks</h3><div class="round_tabs_container"><span class="round_tabs">Certificate</span></div>
    <h3 class="section_heading">Number of openings</h3><div class="text-container">2</div>
    <h2 class="section_heading">About Acme</h2><div class="text-container about_company_text_container">Acme builds software.</div>`;

  it('leaves out the heading, skills, who can apply, perks, openings and the company', () => {
    const f = fixtures.get('internshala/internship-detail')!;
    const doc = parsePage(f.html, f.spec.url);
    const [posting] = extractPage(doc, new URL(f.spec.url), NOW).postings;
    expect(posting!.description).toBe("Selected intern's day-to-day responsibilities include:\n\n1. Clean and analyse sales data in Excel and SQL\n2. Build weekly dashboards for the sales team\n3. Present findings to the regional managers");
    expect(posting!.listedSkills).toEqual(['MS-Excel', 'SQL', 'Python', 'Data Analytics']);
    // highlights are laid over the element the text came from
    const anchor = adapterFor(new URL(f.spec.url))!.anchors.description(doc)!;
    expect(anchor.textContent).toContain('Selected intern');
    expect(anchor.textContent).not.toMatch(/Who can apply|Perks|applicants/);
  });

  it('keeps every block of the about section, up to the next heading, without the applicant count', () => {
    const doc = detailPage(`<h2 class="section_heading about_heading">About the internship</h2>
      <div class="text-container">Build dashboards.</div><div class="applications_message_container"><div class="applications_message">100+ applicants</div></div><div class="text-container">Note: stipend is paid monthly.</div>${SECTIONS}`);
    const [posting] = extractPage(doc, new URL(url), NOW).postings;
    expect(posting).toMatchObject({ description: 'Build dashboards.\n\nNote: stipend is paid monthly.', listedSkills: ['SQL'], extraction: { found: { description: 'selectors' } } });
  });

  it('without an about heading, takes the first plain text block (fallback), never who can apply or the company', () => {
    const doc = detailPage(`<div class="text-container who_can_apply">Only those from Pune</div><div class="text-container">Build dashboards.</div>${SECTIONS}`);
    const [posting] = extractPage(doc, new URL(url), NOW).postings;
    expect(posting).toMatchObject({ description: 'Build dashboards.', extraction: { found: { description: 'fallback' } } });
  });

  it('reads the text after an about heading wrapped on its own', () => {
    const doc = detailPage(`<div class="wrap"><h2 class="section_heading about_heading">About the internship</h2></div><div class="text-container">Clean data in SQL every week.</div>${SECTIONS}`);
    const [posting] = extractPage(doc, new URL(url), NOW).postings;
    expect(posting!.description).toBe('Clean data in SQL every week.');
  });

  it('an about heading with nothing after it gives no description, not the next section', () => {
    const doc = detailPage(`<h2 class="section_heading about_heading">About the internship</h2>${SECTIONS}`);
    const [posting] = extractPage(doc, new URL(url), NOW).postings;
    expect(posting).toMatchObject({ description: null, listedSkills: ['SQL'] });
    expect(posting!.extraction.missing).toContain('description');
  });
});

// Variants SITES.md allows that our fixtures did not carry, found by reading pages written from it.
describe('markup variants SITES.md describes', () => {
  const variant = (name: string, edit: (html: string) => string, url?: string) => {
    const f = fixtures.get(name)!;
    const html = edit(f.html);
    expect(html).not.toBe(f.html); // the variant really differs from the fixture
    const u = url ?? f.spec.url;
    return extractPage(parsePage(html, u), new URL(u), NOW);
  };

  it('a guest search keeps currentJobId in its URL with no pane: a search page, not a degraded detail', () => {
    const f = fixtures.get('linkedin/guest-search')!;
    const url = `${f.spec.url}${f.spec.url.includes('?') ? '&' : '?'}currentJobId=4100000001&position=1`;
    const r = extractPage(parsePage(f.html, url), new URL(url), NOW);
    expect(r).toMatchObject({ page: 'search', degraded: false });
    expect(r.postings.length).toBe(f.spec.expected.postings.length);
  });

  it('Internshala status labels without an inner span still give the posted date (current and old cards)', () => {
    const current = variant('internshala/internships-current', (h) => h.replace('<div class="status-success"><i class="ic-16-reschedule"></i><span>Few hours ago</span></div>', '<div class="status-success"><i class="ic-16-reschedule"></i>Few hours ago</div>'));
    expect(current.postings.map((p) => p.postedText)).toContain('Few hours ago');
    const old = variant('internshala/internships-old', (h) => h.replace('<div class="status status-small status-inactive"><i class="ic-16-reschedule"></i><span>2 weeks ago</span></div>', '<div class="status status-small status-info"><span>1 week ago</span></div>'));
    expect(old.postings.map((p) => p.postedText)).toContain('1 week ago');
  });

  it('the 2026 top card line of place, date and applicants is read from spans in a div as from a p', () => {
    const r = variant('linkedin/sdui-view-2026', (h) => h.replace(/<p class="_5c7e9a1d">(<span class="_2b4d6f8c">Bengaluru[^]*?)<\/p>/, '<div class="_5c7e9a1d">$1</div>'));
    expect(r.postings[0]).toMatchObject({ locations: ['Bengaluru, Karnataka, India'], postedText: '2 minutes ago', applicants: 43 });
  });

  it('Naukri\'s unhashed detail header is read without its icons', () => {
    const r = variant('naukri/jd-legacy', (h) => h.replace(/<i class="ni-icon-[a-z]+"><\/i>/g, ''));
    const want = fixtures.get('naukri/jd-legacy')!.spec.expected.postings[0]!;
    expect(r.postings[0]).toMatchObject({ experience: want.experience, pay: want.pay, locations: want.locations });
  });

  it('a JSON-LD apply-by at midnight with an offset keeps the day the page shows', () => {
    const r = variant('internshala/job-detail', (h) => h.replace('"validThrough": "2026-10-01"', '"validThrough": "2026-10-01T00:00:00+05:30"'));
    expect(r.postings[0]!.deadline).toBe('2026-10-01');
  });

  it('a heading inside the Internshala about text is part of the description', () => {
    const r = variant('internshala/internship-detail', (h) => h.replace('<div class="text-container">Selected intern\'s day-to-day responsibilities include:<br><br>', '<div class="text-container"><h3>Key responsibilities</h3>'));
    expect(r.postings[0]!.description).toMatch(/^Key responsibilities\n+1\. Clean and analyse sales data/);
  });
});
