import { describe, expect, it } from 'vitest';
import { CareerPlanSchema, check, emptyPlan, type CareerPlan } from '@/lib/model';
import { SAMPLE_PLANS } from '@/lib/plans';
import { exportFileName, MAX_IMPORT_BYTES, parsePlanFile, planJson, preparePlanForSave, tidyPlan } from '@/lib/plan-editor/transfer';

const sample = (): CareerPlan => structuredClone(SAMPLE_PLANS[0]!.plan);

function errorOf(text: string): string {
  const result = parsePlanFile(text);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.error;
}

describe('export', () => {
  it('writes version 1 JSON that imports back to the same plan', () => {
    for (const { plan } of SAMPLE_PLANS) {
      const text = planJson(plan, 2);
      expect(JSON.parse(text).version).toBe(1);
      const back = parsePlanFile(text);
      expect(back).toEqual({ ok: true, value: plan });
    }
  });

  it('orders fields the same way whatever order the object had', () => {
    const plan = sample();
    const shuffled = Object.fromEntries(Object.entries(plan).reverse()) as CareerPlan;
    expect(planJson(shuffled)).toBe(planJson(plan));
  });

  it('names the file by the local date', () => {
    expect(exportFileName(new Date(2026, 0, 5, 23, 59))).toBe('steppingstone-plan-2026-01-05.json');
  });
});

describe('import', () => {
  it('accepts a plan with a byte order mark and a saved-plan record', () => {
    const plan = sample();
    expect(parsePlanFile('\uFEFF' + JSON.stringify(plan))).toEqual({ ok: true, value: plan });
    expect(parsePlanFile(JSON.stringify({ revision: 4, planVersion: 'x', savedAt: '2026-01-01', plan }))).toEqual({ ok: true, value: plan });
  });

  it('says the file is not JSON', () => {
    expect(errorOf('{"version": 1,')).toMatch(/^the file is not JSON/);
    expect(errorOf('   ')).toBe('the file is empty');
  });

  it('says when the file is not a plan at all', () => {
    expect(errorOf('[1, 2]')).toMatch(/expected a JSON object/);
    expect(errorOf('"plan"')).toMatch(/expected a JSON object/);
    expect(errorOf('{"name": "my resume"}')).toMatch(/^version: expected 1, found none/);
    expect(errorOf(JSON.stringify({ ...sample(), version: 2 }))).toMatch(/^version: expected 1, found 2/);
  });

  it('names the path and the problem', () => {
    const plan = sample() as unknown as Record<string, any>;
    plan.targetRoles[1].seniority = 'boss';
    plan.skills[0].level = 9;
    const error = errorOf(JSON.stringify(plan));
    expect(error).toContain('targetRoles.1.seniority: ');
    expect(error).toContain('"boss"');
    expect(error).toContain('skills.0.level: ');
  });

  it('calls a missing field missing', () => {
    const { skills: _skills, ...rest } = sample();
    expect(errorOf(JSON.stringify(rest))).toBe('skills: missing');
  });

  it('prefixes paths inside a saved-plan record', () => {
    const plan = { ...sample(), experienceYears: -1 };
    expect(errorOf(JSON.stringify({ revision: 1, plan }))).toMatch(/^plan\.experienceYears: /);
  });

  it('refuses files too large to be a plan', () => {
    expect(errorOf('x'.repeat(MAX_IMPORT_BYTES + 1))).toMatch(/too large/);
  });

  it('keeps imported text as data (markup is just characters)', () => {
    const plan = { ...sample(), vision: '<img src=x onerror=alert(1)>' };
    const result = parsePlanFile(JSON.stringify(plan));
    expect(result.ok && result.value.vision).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('tidyPlan and preparePlanForSave', () => {
  it('trims, drops untitled rungs and blank or repeated entries', () => {
    const plan = emptyPlan();
    plan.vision = '  grow  \n';
    plan.targetRoles = [
      { title: ' Data Analyst ', seniority: 'entry', horizon: 'now' },
      { title: '  ', seniority: 'mid', horizon: '3y' },
    ];
    plan.skills = [
      { name: 'python', level: 3, years: 1 },
      { name: ' Python ', level: 5, years: 4 },
      { name: '', level: 1, years: 0 },
    ];
    plan.learning = ['sql', 'SQL', ' '];
    plan.preferences.locations = ['Pune', 'pune ', 'Delhi'];
    plan.dealbreakers.keywords = ['night shift', 'night-shift'];
    const tidy = tidyPlan(plan);
    expect(tidy.vision).toBe('grow');
    expect(tidy.targetRoles).toEqual([{ title: 'Data Analyst', seniority: 'entry', horizon: 'now' }]);
    expect(tidy.skills).toEqual([{ name: 'python', level: 3, years: 1 }]);
    expect(tidy.learning).toEqual(['sql']);
    expect(tidy.preferences.locations).toEqual(['Pune', 'Delhi']);
    expect(tidy.dealbreakers.keywords).toEqual(['night shift']);
    expect(check(CareerPlanSchema, tidy).ok).toBe(true);
  });

  it('does not change the plan it was given', () => {
    const plan = sample();
    const before = JSON.stringify(plan);
    tidyPlan({ ...plan, vision: ` ${plan.vision} ` });
    expect(JSON.stringify(plan)).toBe(before);
  });

  it('reports what blocks a save', () => {
    const plan = emptyPlan();
    plan.preferences.minPay = { amount: 10000, currency: 'rupees', period: 'month' };
    const result = preparePlanForSave(plan);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^preferences\.minPay\.currency: /);
  });
});
