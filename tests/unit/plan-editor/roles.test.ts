import { describe, expect, it } from 'vitest';
import { readRung } from '@/lib/plan-editor/roles';

describe('readRung', () => {
  it('names the family the scorer will read and a seniority the title contradicts', () => {
    expect(readRung({ title: 'Data Analyst Intern', seniority: 'junior', horizon: 'now' })).toEqual({
      family: 'a data analysis role',
      titleSeniority: 'intern',
    });
  });

  it('says nothing about seniority when the title agrees or is silent', () => {
    expect(readRung({ title: 'Senior Security Engineer', seniority: 'senior', horizon: '5y' })?.titleSeniority).toBeNull();
    expect(readRung({ title: 'SOC Analyst', seniority: 'junior', horizon: 'now' })?.titleSeniority).toBeNull();
  });

  it('has no family for titles outside every family, and nothing for an empty title', () => {
    expect(readRung({ title: 'Wildlife photographer', seniority: 'mid', horizon: '3y' })?.family).toBeNull();
    expect(readRung({ title: '  ', seniority: 'mid', horizon: '3y' })).toBeNull();
  });
});
