import { describe, expect, it } from 'vitest';
import type { TaxonomyFile } from '../../../lib/skills/data-format.ts';
import taxonomy from '../../../lib/skills/data/taxonomy.json' with { type: 'json' };
import { normalizeKey } from '../../../lib/skills/normalize.ts';

const { skills } = taxonomy as TaxonomyFile;
const byId = new Map(skills.map((s) => [s.id, s]));

describe('taxonomy.json rules', () => {
  it('has at least 2,000 skills', () => {
    expect(skills.length).toBeGreaterThanOrEqual(2000);
  });

  it('is sorted by id, ids unique, stable shape', () => {
    const ids = skills.map((s) => s.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of skills) expect(s.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
  });

  it('no spelling is claimed by two skills', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const s of skills)
      for (const a of [s.label, ...s.aliases]) {
        const key = normalizeKey(a);
        const prior = owner.get(key);
        if (prior && prior !== s.id) clashes.push(`${a}: ${prior} / ${s.id}`);
        owner.set(key, s.id);
      }
    expect(clashes).toEqual([]);
  });

  it('has no dangling or self implies, and weak spellings are the skill’s own', () => {
    for (const s of skills) {
      for (const i of s.implies) {
        expect(byId.has(i), `${s.id} → ${i}`).toBe(true);
        expect(i).not.toBe(s.id);
      }
      for (const w of s.weak ?? []) expect([s.label, ...s.aliases]).toContain(w);
    }
  });

  it('covers every category', () => {
    const cats = new Set(skills.map((s) => s.category));
    for (const c of ['language', 'framework', 'database', 'cloud-devops', 'data-ml', 'testing', 'mobile', 'design', 'office-analytics', 'it-networking', 'security', 'methodology', 'soft', 'certification'])
      expect(cats, c).toContain(c);
  });

  it.each([
    ['react', ['javascript']],
    ['django', ['python']],
    ['postgresql', ['sql']],
    ['aws-lambda', ['aws']],
  ])('%s implies %j', (id, implies) => {
    expect(byId.get(id)?.implies).toEqual(expect.arrayContaining(implies));
  });

  it.each([
    'cert-google-data-analytics', 'cert-google-it-support', 'cert-aws-cloud-practitioner', 'cert-meta-front-end',
    'cert-comptia-a-plus', 'cert-comptia-network-plus', 'cert-comptia-security-plus', 'figma', 'excel', 'power-bi',
    'tableau', 'agile', 'scrum', 'tally', 'sap', 'digital-marketing', 'seo', 'content-writing', 'ms-office', 'advanced-excel', 'english',
  ])('has %s', (id) => {
    expect(byId.has(id)).toBe(true);
  });

  it.each([
    ['reactjs', 'react'], ['react.js', 'react'], ['node js', 'nodejs'], ['nodejs', 'nodejs'], ['k8s', 'kubernetes'],
    ['postgres', 'postgresql'], ['amazon-web-services', 'aws'], ['ms excel', 'excel'], ['golang', 'go'],
    ['c sharp', 'csharp'], ['dot net', 'dotnet'], ['MS-Office', 'ms-office'], ['English Proficiency (Spoken)', 'english'],
  ])('alias %s → %s', (alias, id) => {
    const s = byId.get(id)!;
    expect([s.label, ...s.aliases].map(normalizeKey)).toContain(normalizeKey(alias));
  });

  it('stays small enough to bundle', () => {
    expect(JSON.stringify(taxonomy).length).toBeLessThan(1_000_000);
  });
});
