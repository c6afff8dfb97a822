// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/sites';
import { sightedText } from '@/lib/sites/dom';
import { parsePage } from './fixture-files';

const NOW = new Date('2026-09-20T10:00:00.000Z');
const el = (html: string) => {
  const doc = parsePage(`<!DOCTYPE html><html><body><div id="x">${html}</div></body></html>`, 'https://www.linkedin.com/');
  return doc.getElementById('x')!;
};

describe('sightedText: a title without its screen-reader-only copy', () => {
  it.each([
    // 2026: hashed classes; the shown copy is the one kept from screen readers
    ['<span aria-hidden="true">Data Analyst</span><span class="_1d9e7b3f">Data Analyst with verification</span>', 'Data Analyst'],
    ['<p><span aria-hidden="true"><strong>Data Analyst</strong></span><span class="_9a">Data Analyst (Verified job)</span></p>', 'Data Analyst'],
    // 2026 without an aria-hidden mark: the repeat is the hidden copy
    ['<span class="_a">Data Analyst</span><span class="_b">Data Analyst</span>', 'Data Analyst'],
    ['<span class="_a">Data Analyst</span><span class="_b">Data Analyst with verification</span>', 'Data Analyst'],
    ['<strong>Data Analyst</strong><span class="_b">with verification</span>', 'Data Analyst'],
    // the shown title in several text nodes, the hidden copy with its suffix
    ['<span>Senior <em>Data</em> Engineer</span><span class="_h">Senior Data Engineer with verification</span>', 'Senior Data Engineer'],
    // classic: the class still names it
    ['<span aria-hidden="true"><!----><strong>Data Analyst</strong></span><span class="visually-hidden">Data Analyst with verification</span>', 'Data Analyst'],
  ])('%s → %s', (html, title) => {
    expect(sightedText(el(html))).toBe(title);
  });

  it.each([
    ['<strong>Data Analyst II</strong>', 'Data Analyst II'],
    ['<span>Verified Payments Engineer</span>', 'Verified Payments Engineer'],
    ['<span>Senior <em>Data</em> Engineer</span>', 'Senior Data Engineer'],
    // a decorative aria-hidden separator is not the shown copy
    ['<span>Data Analyst</span><span aria-hidden="true">·</span><span>Remote</span>', 'Data Analyst · Remote'],
  ])('leaves a plain title alone: %s', (html, title) => {
    expect(sightedText(el(html))).toBe(title);
  });

  it('is empty for nothing', () => {
    expect(sightedText(null)).toBe('');
  });
});

describe('2026 search cards with a screen-reader copy of the title', () => {
  const url = 'https://www.linkedin.com/jobs/search-results/?keywords=analyst';
  const card = (id: string, title: string, rest: string) =>
    `<div componentkey="job-card-component-ref-${id}"><div role="button"><div><a href="https://www.linkedin.com/jobs/view/${id}/">${title}</a></div>${rest}</div></div>`;

  it('neither the title nor the company carries the hidden copy', () => {
    const doc = parsePage(`<!DOCTYPE html><html><body><main id="workspace"><div componentkey="SearchResultsMainContent">
      ${card('4100000001', '<span aria-hidden="true">Data Analyst</span><span class="_h">Data Analyst with verification</span>', '<div aria-label="Company, Acme."><p>Acme</p></div><p>Pune, Maharashtra, India</p>')}
      ${card('4100000002', '<span class="_t">Data Analyst</span><span class="_h">Data Analyst</span>', '<div aria-label="Company, Beta."><p>Beta</p></div><p>Mumbai, Maharashtra, India</p>')}
      ${card('4100000003', '<span class="_t">BI Analyst</span><span class="_h">BI Analyst with verification</span>', '<p>Gamma</p><p>Delhi</p>')}
      ${card('4100000004', '<span class="_t">Engineer</span><span class="_h">Engineer with verification</span>', '<p>Engineers India Limited</p><p>New Delhi, Delhi, India</p>')}
      ${card('4100000005', '<span class="_t">Intern</span>', '<p>International SOS</p><p>Gurugram</p>')}
    </div></main></body></html>`, url);
    const result = extractPage(doc, new URL(url), NOW);
    expect(result.postings.map((p) => [p.title, p.company, p.locations])).toEqual([
      ['Data Analyst', 'Acme', ['Pune, Maharashtra, India']],
      ['Data Analyst', 'Beta', ['Mumbai, Maharashtra, India']],
      ['BI Analyst', 'Gamma', ['Delhi']],
      // a company whose name starts with the title is still the company
      ['Engineer', 'Engineers India Limited', ['New Delhi, Delhi, India']],
      ['Intern', 'International SOS', ['Gurugram']],
    ]);
  });
});
