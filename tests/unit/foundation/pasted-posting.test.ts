import { describe, expect, it } from 'vitest';
import { scorePosting } from '@/lib/fit';
import { check, emptyPlan, PostingSchema } from '@/lib/model';
import { labelledFields, pastedPosting } from '@/lib/worker/pasted-posting';

const NOW = new Date('2026-11-22T10:00:00Z');

const INTERNSHALA_COPY = `Financial Analyst Internship
Acme Capital
Location: New Delhi
Stipend: ₹ 8,000 /month
Duration: 3 Months
Apply by 30 Nov' 26
About the internship
Selected intern's day-to-day responsibilities include building Excel models.`;

describe('a pasted posting', () => {
  it('reads the labelled lines job boards print: pay, place, deadline, experience, job type, work mode', () => {
    expect(labelledFields(INTERNSHALA_COPY, NOW)).toEqual({
      locations: ['New Delhi'],
      pay: { min: 8000, max: 8000, currency: 'INR', period: 'month' },
      deadline: '2026-11-30',
    });
    expect(labelledFields('- Experience: 1-3 years\n• Job type: Full-time\nWork mode: Hybrid\nSalary: 3-6 Lacs PA\nLocations: Bengaluru / Pune, Hybrid', NOW)).toEqual({
      experience: { min: 1, max: 3 },
      employmentType: 'full-time',
      workplace: 'hybrid',
      pay: { min: 300000, max: 600000, currency: 'INR', period: 'year' },
      locations: ['Bengaluru', 'Pune'],
    });
  });

  it('takes labels only where they open a line, and nothing that does not read', () => {
    expect(labelledFields('We discuss the salary: it depends on the role.\nOur location: is great\nDeadline-driven team', NOW)).toEqual({});
  });

  it('is a valid posting that says which fields it found, and its pay reaches the fit', () => {
    const posting = pastedPosting('Financial Analyst Intern', 'Acme Capital', INTERNSHALA_COPY, NOW);
    expect(check(PostingSchema, posting).ok).toBe(true);
    expect(posting.extraction.found).toMatchObject({ pay: 'fallback', locations: 'fallback', deadline: 'fallback' });
    expect(posting.extraction.missing).not.toContain('pay');
    const plan = { ...emptyPlan(), preferences: { locations: ['Mumbai'], workplace: [], employmentTypes: [], minPay: { amount: 400_000, currency: 'INR', period: 'year' as const } } };
    const report = scorePosting(plan, posting, NOW);
    expect(report.reasons).toContain('Pays ₹8,000 a month (about ₹96,000 a year), below your minimum of ₹4 lakh a year');
    expect(report.reasons).toContain('In New Delhi, not one of your locations');
  });
});
