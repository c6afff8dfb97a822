import fc from 'fast-check';
import { EMPLOYMENT_TYPES, HORIZONS, SENIORITIES, WORKPLACES, type CareerPlan, type Posting } from '@/lib/model';
import { FAKE_SKILLS } from './fake-engine';
import { makePosting } from './helpers';

// Random plans and postings over the fake engine's vocabulary, plus words it does not know, so properties
// exercise resolved skills, free-text skills, sparse cards and full descriptions alike.

const skillNames = [...FAKE_SKILLS.map((s) => s.id), ...FAKE_SKILLS.map((s) => s.label), 'Tally ERP', 'Cold Calling', 'Typing'];
const titles = [
  'Data Analyst Intern', 'Data Analyst', 'Senior Data Scientist', 'ML Lead', 'Junior Frontend Developer', 'React Developer',
  'SOC Analyst L1', 'Security Engineer', 'IT Support Engineer', 'Inside Sales Executive', 'Data Entry Operator',
  'Mathematics Teacher', 'Growth Hacker', 'Associate', 'Full Stack Developer (MERN)', 'Product Manager',
];
const places = ['Bengaluru', 'Bangalore', 'Pune', 'Delhi NCR', 'Noida', 'Remote', 'Chennai', 'Mumbai', 'Pan India'];
const companies = ['Kirana Insights', 'Acme Technologies Pvt Ltd', 'Zenpay', 'Fastrack BPO Services', 'Infosys BPM'];

export const planArb: fc.Arbitrary<CareerPlan> = fc.record({
  version: fc.constant(1 as const),
  vision: fc.string({ maxLength: 40 }),
  targetRoles: fc.array(
    fc.record({ title: fc.constantFrom(...titles), seniority: fc.constantFrom(...SENIORITIES), horizon: fc.constantFrom(...HORIZONS) }),
    { maxLength: 5 },
  ),
  skills: fc.array(
    fc.record({ name: fc.constantFrom(...skillNames), level: fc.integer({ min: 1, max: 5 }), years: fc.integer({ min: 0, max: 10 }) }),
    { maxLength: 10 },
  ),
  learning: fc.array(fc.constantFrom(...skillNames), { maxLength: 5 }),
  experienceYears: fc.integer({ min: 0, max: 15 }),
  preferences: fc.record({
    locations: fc.uniqueArray(fc.constantFrom(...places), { maxLength: 3 }),
    workplace: fc.uniqueArray(fc.constantFrom(...WORKPLACES), { maxLength: 3 }),
    employmentTypes: fc.uniqueArray(fc.constantFrom(...EMPLOYMENT_TYPES), { maxLength: 3 }),
    minPay: fc.option(
      fc.record({
        amount: fc.constantFrom(8000, 15000, 300000, 600000, 4.5, 50000),
        currency: fc.constantFrom('INR', 'USD'),
        period: fc.constantFrom('month' as const, 'year' as const),
      }),
      { nil: null },
    ),
  }),
  values: fc.record({
    growth: fc.integer({ min: 0, max: 5 }),
    learning: fc.integer({ min: 0, max: 5 }),
    mentorship: fc.integer({ min: 0, max: 5 }),
    compensation: fc.integer({ min: 0, max: 5 }),
    flexibility: fc.integer({ min: 0, max: 5 }),
    stability: fc.integer({ min: 0, max: 5 }),
  }),
  dealbreakers: fc.record({
    companies: fc.array(fc.constantFrom(...companies, '', '  '), { maxLength: 2 }),
    keywords: fc.array(fc.constantFrom('night shift', 'bond', 'cold calling', '', '***'), { maxLength: 2 }),
  }),
});

const lines = [
  'Requirements', 'Nice to have', 'Responsibilities', 'Benefits', 'About us',
  'Mentorship from senior analysts.', 'Pre-placement offer for strong interns.', 'We sponsor certifications.',
  'Night shift allowance.', 'Candidates sign a 2 year bond.', 'Registration fee of Rs 500.', 'Cold calling daily.',
  'Structured training programme.', 'Career growth and promotion path.',
];
const descriptionArb = fc
  .array(
    fc.oneof(
      fc.constantFrom(...lines),
      fc.array(fc.constantFrom(...skillNames), { minLength: 1, maxLength: 4 }).map((xs) => `- ${xs.join(', ')}`),
      fc.tuple(fc.integer({ min: 1, max: 8 }), fc.constantFrom(...skillNames)).map(([n, s]) => `${n}+ years of ${s}`),
    ),
    { maxLength: 14 },
  )
  .map((ls) => ls.join('\n'));

export const postingArb: fc.Arbitrary<Posting> = fc
  .record({
    nativeId: fc.stringMatching(/^[a-z0-9]{1,8}$/),
    title: fc.constantFrom(...titles),
    company: fc.constantFrom(...companies, 'Orbit Retail'),
    locations: fc.array(fc.constantFrom(...places), { maxLength: 2 }),
    workplace: fc.option(fc.constantFrom(...WORKPLACES), { nil: null }),
    employmentType: fc.option(fc.constantFrom(...EMPLOYMENT_TYPES), { nil: null }),
    experience: fc.option(fc.record({ min: fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }), max: fc.option(fc.integer({ min: 0, max: 15 }), { nil: null }) }), { nil: null }),
    pay: fc.option(
      fc.record({
        min: fc.option(fc.integer({ min: 0, max: 3_000_000 }), { nil: null }),
        max: fc.option(fc.integer({ min: 0, max: 3_000_000 }), { nil: null }),
        currency: fc.constantFrom('INR', 'USD', 'XYZ'),
        period: fc.constantFrom('hour' as const, 'month' as const, 'year' as const),
      }),
      { nil: null },
    ),
    postedAt: fc.option(fc.constantFrom('2026-01-01', '2026-03-01', '2026-03-09T10:00:00Z'), { nil: null }),
    deadline: fc.option(fc.constantFrom('2026-03-05', '2026-03-10', '2026-04-01'), { nil: null }),
    description: fc.option(descriptionArb, { nil: null }),
    listedSkills: fc.array(fc.constantFrom(...skillNames), { maxLength: 5 }),
  })
  .map((p) => makePosting({ ...p, site: 'other' }));

/** The same plan with every list in another order. */
export function shuffledPlan(plan: CareerPlan): fc.Arbitrary<CareerPlan> {
  const perm = <T>(xs: readonly T[]): fc.Arbitrary<T[]> => fc.shuffledSubarray([...xs], { minLength: xs.length, maxLength: xs.length });
  return fc
    .tuple(
      perm(plan.targetRoles), perm(plan.skills), perm(plan.learning), perm(plan.preferences.locations),
      perm(plan.preferences.workplace), perm(plan.preferences.employmentTypes), perm(plan.dealbreakers.companies), perm(plan.dealbreakers.keywords),
    )
    .map(([targetRoles, skills, learning, locations, workplace, employmentTypes, dbc, dbk]) => ({
      ...plan,
      targetRoles,
      skills,
      learning,
      preferences: { ...plan.preferences, locations, workplace, employmentTypes },
      dealbreakers: { companies: dbc, keywords: dbk },
    }));
}
