// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { TextMap } from '@/lib/content/highlight';

function mapOf(html: string, plain: string) {
  document.body.innerHTML = `<div id="d">${html}</div>`;
  return new TextMap(document.getElementById('d')!, plain);
}

describe('TextMap', () => {
  it('maps description offsets back to the page text through re-spacing and list markers', () => {
    const plain = 'Requirements\n\n- Strong SQL\n- Power BI dashboards';
    const map = mapOf('<h3>Requirements</h3><ul><li>Strong <b>SQL</b></li><li>Power   BI dashboards</li></ul>', plain);
    const sql = plain.indexOf('SQL');
    expect(map.range(sql, sql + 3)?.toString()).toBe('SQL');
    const pbi = plain.indexOf('Power BI');
    expect(map.range(pbi, pbi + 8)?.toString()).toBe('Power   BI');
  });

  it('gives no range rather than a wrong one when the texts differ', () => {
    const map = mapOf('<p>Completely different words here</p>', 'Python and Kubernetes');
    expect(map.range(0, 6)).toBeNull();
  });

  it('skips text the container has before the description (a section heading)', () => {
    const plain = 'Build dashboards in Power BI.\n\nWrite SQL daily.';
    const map = mapOf('<h2>About the internship</h2><p>Build dashboards in Power BI.</p><p>Write SQL daily.</p><h3>Perks</h3>', plain);
    const sql = plain.indexOf('SQL');
    expect(map.range(sql, sql + 3)?.toString()).toBe('SQL');
    const pbi = plain.indexOf('Power BI');
    expect(map.range(pbi, pbi + 8)?.toString()).toBe('Power BI');
  });
});
