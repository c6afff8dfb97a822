import { describe, expect, it } from 'vitest';
import { scorePosting } from '@/lib/fit';
import type { FitReport } from '@/lib/model';
import { samplePlan } from '@/lib/plans';
import { getSkillEngine } from '@/lib/skills';
import type { SkillEngine } from '@/lib/skills/types';
import { fakeEngine } from './fake-engine';
import { expectValid, fixture, NOW } from './helpers';

// Orderings a person would agree with, per sample plan. Exact numbers are free to move as the scorer is
// tuned; these orders and verdicts are not. Run with the small fake engine (stable whatever the taxonomy
// does) and with the shipped one (what users get).

function reports(engine: SkillEngine, planId: string, names: string[]): Record<string, FitReport> {
  const plan = samplePlan(planId)!;
  const out: Record<string, FitReport> = {};
  for (const n of names) {
    out[n] = scorePosting(plan, fixture(planId, n), NOW, engine);
    expectValid(out[n]!);
  }
  return out;
}

function expectOrder(r: Record<string, FitReport>, order: string[]): void {
  for (let i = 1; i < order.length; i++) {
    const hi = r[order[i - 1]!]!;
    const lo = r[order[i]!]!;
    expect(hi.score, `${order[i - 1]} (${hi.score}) should score above ${order[i]} (${lo.score})`).toBeGreaterThan(lo.score);
  }
}

describe.each([
  ['fake engine', fakeEngine()],
  ['shipped engine', getSkillEngine()],
] as const)('with the %s', (_name, engine: SkillEngine) => {
  describe('student aiming at data analysis', () => {
    const r = reports(engine, 'student-data', [
      'next-rung-intern', 'entry-analyst', 'data-science-intern', 'senior-data-scientist', 'unrelated-well-paid',
      'dealbreaker-company', 'data-entry', 'sparse-card', 'closed-intern',
    ]);

    it('ranks the next rung with most skills above an unrelated well-paid role above a dealbreaker company', () => {
      expectOrder(r, ['next-rung-intern', 'unrelated-well-paid', 'dealbreaker-company']);
    });

    it('ranks steps on the ladder above a reach, and a reach above jobs that lead elsewhere', () => {
      expectOrder(r, ['next-rung-intern', 'senior-data-scientist', 'data-entry']);
      expectOrder(r, ['entry-analyst', 'senior-data-scientist', 'unrelated-well-paid']);
      expectOrder(r, ['data-science-intern', 'senior-data-scientist']);
    });

    it('ranks an open posting above the same one after its deadline', () => {
      expectOrder(r, ['next-rung-intern', 'closed-intern']);
      expect(r['closed-intern']!.reasons.some((x) => /closed/i.test(x))).toBe(true);
    });

    it('gives verdicts a person would give', () => {
      expect(r['next-rung-intern']!.verdict).toBe('career-step');
      expect(r['entry-analyst']!.verdict).toBe('career-step');
      expect(r['senior-data-scientist']!.verdict).toBe('stretch');
      expect(r['unrelated-well-paid']!.verdict).toBe('paycheck');
      expect(r['dealbreaker-company']!.verdict).toBe('dealbreaker');
      expect(['paycheck', 'off-plan']).toContain(r['data-entry']!.verdict);
    });

    it('says why in plain words', () => {
      expect(r['unrelated-well-paid']!.summary).toBe('Pays well, but uses none of your target skills and leads away from Data Scientist');
      expect(r['next-rung-intern']!.summary).toMatch(/^Next rung toward Data Analyst Intern/);
      expect(r['next-rung-intern']!.learningSkills.map((s) => s.id)).toEqual(expect.arrayContaining(['power-bi', 'tableau']));
      expect(r['next-rung-intern']!.reasons.join(' ')).toMatch(/full-time offer|mentorship/);
    });

    it('scores a bare search card on what it shows, and says the rest is unknown', () => {
      const card = r['sparse-card']!;
      expectOrder(r, ['sparse-card', 'unrelated-well-paid']);
      expect(card.reasons.some((x) => /search card|no description/i.test(x))).toBe(true);
    });

    it('quotes the description with offsets that point at the quote', () => {
      const posting = fixture('student-data', 'next-rung-intern');
      const quotes = r['next-rung-intern']!.factors.flatMap((f) => f.evidence).filter((e) => e.start !== undefined);
      expect(quotes.length).toBeGreaterThan(3);
      for (const q of quotes) expect(posting.description!.slice(q.start, q.end)).toBe(q.text);
    });
  });

  describe('career switcher into front-end development', () => {
    const r = reports(engine, 'switcher-frontend', ['next-rung-junior', 'senior-frontend', 'unrelated-well-paid', 'java-backend', 'dealbreaker-bond']);

    it('orders the ladder, then other jobs, then the dealbreaker', () => {
      expectOrder(r, ['next-rung-junior', 'senior-frontend', 'unrelated-well-paid', 'dealbreaker-bond']);
      expectOrder(r, ['senior-frontend', 'java-backend']);
    });

    it('gives verdicts a person would give', () => {
      expect(r['next-rung-junior']!.verdict).toBe('career-step');
      expect(r['senior-frontend']!.verdict).toBe('stretch');
      expect(r['unrelated-well-paid']!.verdict).toBe('paycheck');
      expect(r['dealbreaker-bond']!.verdict).toBe('dealbreaker');
      expect(r['dealbreaker-bond']!.summary).toMatch(/service agreement/);
    });
  });

  describe('IT support engineer heading for security', () => {
    const r = reports(engine, 'it-support-security', ['next-rung-soc', 'same-job-better-pay', 'security-architect', 'unrelated-well-paid', 'dealbreaker-company']);

    it('puts the first security role above more of the same job, and both above an unrelated one', () => {
      expectOrder(r, ['next-rung-soc', 'same-job-better-pay', 'unrelated-well-paid', 'dealbreaker-company']);
      expectOrder(r, ['next-rung-soc', 'security-architect']);
    });

    it('calls staying in IT support a paycheck and the architect role a stretch', () => {
      expect(r['next-rung-soc']!.verdict).toBe('career-step');
      expect(r['same-job-better-pay']!.verdict).toBe('paycheck');
      expect(r['security-architect']!.verdict).toBe('stretch');
      expect(r['dealbreaker-company']!.verdict).toBe('dealbreaker');
    });

    it('credits learning-list skills and certification sponsorship as growth', () => {
      const soc = r['next-rung-soc']!;
      expect(soc.learningSkills.map((s) => s.id)).toEqual(expect.arrayContaining(['siem', 'splunk']));
      const growth = soc.factors.find((f) => f.name === 'growth')!;
      expect(growth.evidence.some((e) => /sponsor certifications/i.test(e.text))).toBe(true);
    });
  });
});
