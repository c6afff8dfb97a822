import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planVersion, scorePosting } from '@/lib/fit';
import { samplePlan } from '@/lib/plans';
import taxonomy from '@/lib/skills/data/taxonomy.json';
import { createSkillEngine, getSkillEngine, type TaxonomyFile } from '@/lib/skills';
import type { SkillEngine } from '@/lib/skills/types';
import { planArb, postingArb, shuffledPlan } from './arbitraries';
import { fakeEngine } from './fake-engine';
import { expectValid, fixture, NOW } from './helpers';

const shipped = getSkillEngine();
// Second instances of each engine: their analysis caches are empty, so comparing with them checks that a
// cached report equals a freshly computed one.
const fresh = new Map<SkillEngine, SkillEngine>();
const runs = { numRuns: Number(process.env.FIT_RUNS ?? 200) };

describe.each([
  ['fake engine', fakeEngine()],
  ['shipped engine', shipped],
] as const)('scorePosting properties with the %s', (_name, engine: SkillEngine) => {
  it('always gives a valid report with an integer score in 0-100', () => {
    fc.assert(
      fc.property(planArb, postingArb, (plan, posting) => {
        const r = scorePosting(plan, posting, NOW, engine);
        expectValid(r);
        expect(Number.isInteger(r.score) && r.score >= 0 && r.score <= 100).toBe(true);
      }),
      runs,
    );
  });

  it('never lowers the score when the plan gains a skill the posting requires', () => {
    fc.assert(
      fc.property(planArb, postingArb, fc.nat(), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 10 }), (plan, posting, pick, level, years) => {
        const before = scorePosting(plan, posting, NOW, engine);
        const required = [...before.matchedSkills, ...before.missingSkills].filter((s) => s.required);
        fc.pre(required.length > 0);
        const skill = required[pick % required.length]!;
        const richer = { ...plan, skills: [...plan.skills, { name: skill.id, level, years }] };
        const after = scorePosting(richer, posting, NOW, engine);
        expect(after.score).toBeGreaterThanOrEqual(before.score);
      }),
      runs,
    );
  });

  it('always says dealbreaker for a dealbreaker company or keyword, and keeps the score low', () => {
    fc.assert(
      fc.property(planArb, postingArb, fc.boolean(), (plan, posting, byCompany) => {
        const word = posting.title.split(' ')[0]!;
        const dealbreakers = byCompany
          ? { ...plan.dealbreakers, companies: [...plan.dealbreakers.companies, posting.company] }
          : { ...plan.dealbreakers, keywords: [...plan.dealbreakers.keywords, word] };
        const r = scorePosting({ ...plan, dealbreakers }, posting, NOW, engine);
        expect(r.verdict).toBe('dealbreaker');
        expect(r.score).toBeLessThanOrEqual(5);
        expect(r.summary).toMatch(/^Dealbreaker/);
      }),
      runs,
    );
  });

  it('gives the same report and planVersion whatever order the plan lists are in', () => {
    fc.assert(
      fc.property(planArb.chain((p) => fc.tuple(fc.constant(p), shuffledPlan(p))), postingArb, ([plan, shuffled], posting) => {
        expect(planVersion(shuffled)).toBe(planVersion(plan));
        expect(scorePosting(shuffled, posting, NOW, engine)).toEqual(scorePosting(plan, posting, NOW, engine));
      }),
      runs,
    );
  });

  it('gives identical reports for identical inputs, cached or not', () => {
    fc.assert(
      fc.property(planArb, postingArb, (plan, posting) => {
        const a = scorePosting(plan, posting, NOW, engine);
        const b = scorePosting(structuredClone(plan), structuredClone(posting), new Date(NOW.getTime()), engine);
        if (!fresh.has(engine)) fresh.set(engine, engine === shipped ? createSkillEngine((taxonomy as TaxonomyFile).skills) : fakeEngine());
        const c = scorePosting(plan, posting, NOW, fresh.get(engine)!);
        expect(b).toEqual(a);
        expect(c).toEqual(a);
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      runs,
    );
  });

  it('changes planVersion when the plan changes', () => {
    const plan = samplePlan('student-data')!;
    const v = planVersion(plan);
    expect(v).toMatch(/^p[0-9a-z]{11}$/);
    expect(planVersion({ ...plan, experienceYears: 1 })).not.toBe(v);
    expect(planVersion({ ...plan, learning: [...plan.learning, 'git'] })).not.toBe(v);
    expect(scorePosting(plan, fixture('student-data', 'next-rung-intern'), NOW, engine).planVersion).toBe(v);
  });
});
