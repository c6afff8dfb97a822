// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blockText, cleanText, htmlToText } from '@/lib/normalize';

const HTML =
  '<p>About the role</p><p>You will build <strong>dashboards</strong> &amp; reports.<br>Daily stand-ups.</p>' +
  '<ul><li>SQL</li><li>Python  &nbsp;</li><li></li></ul><div>Apply by&nbsp;Friday</div><script>alert(1)</script>';
const EXPECTED = 'About the role\n\nYou will build dashboards & reports.\nDaily stand-ups.\n\n- SQL\n- Python\n\nApply by Friday';

describe('plain text', () => {
  it('htmlToText keeps paragraphs, line breaks and list items, drops scripts', () => {
    expect(htmlToText(HTML)).toBe(EXPECTED);
  });

  it('blockText reads a DOM subtree the same way', () => {
    const doc = new DOMParser().parseFromString(`<div id="d">${HTML}</div>`, 'text/html');
    expect(blockText(doc.getElementById('d'))).toBe(EXPECTED);
  });

  it('decodes numeric entities and keeps unknown ones', () => {
    expect(htmlToText('R&amp;D &#8377; 5 &#x2013; &bogus;')).toBe('R&D ₹ 5 – &bogus;');
  });

  it('cleanText collapses whitespace', () => {
    const doc = new DOMParser().parseFromString('<p id="p">  Acme\n   Corp&nbsp; </p>', 'text/html');
    expect(cleanText(doc.getElementById('p'))).toBe('Acme Corp');
    expect(cleanText(null)).toBe('');
  });

  it('treats text without markup as text', () => {
    expect(htmlToText('Line one\r\nLine two  <3')).toBe('Line one\nLine two <3');
  });
});

describe('chips', () => {
  it('lists side-by-side tabs instead of gluing them', () => {
    const doc = new DOMParser().parseFromString(
      '<div id="d"><h3>Perks</h3><div class="round_tabs_container"><span class="round_tabs">Certificate</span><span class="round_tabs">Job offer</span></div></div>',
      'text/html',
    );
    expect(blockText(doc.getElementById('d'))).toBe('Perks\n\n- Certificate\n- Job offer');
  });
});
