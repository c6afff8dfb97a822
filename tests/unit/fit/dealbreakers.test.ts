import { describe, expect, it } from 'vitest';
import { scorePosting } from '@/lib/fit';
import { findDealbreakers } from '@/lib/fit/dealbreakers';
import { preparePlan } from '@/lib/fit/prepare-plan';
import { emptyPlan, type CareerPlan } from '@/lib/model';
import { fakeEngine } from './fake-engine';
import { makePosting, NOW } from './helpers';

const engine = fakeEngine();

function planWith(companies: string[], keywords: string[]): CareerPlan {
  return { ...emptyPlan(), dealbreakers: { companies, keywords } };
}

/** The dealbreakers a posting with this description trips for one keyword. */
function byKeyword(keyword: string, description: string) {
  return findDealbreakers(makePosting({ title: 'Analyst', company: 'Foo', description }), preparePlan(planWith([], [keyword]), engine));
}

function isCompany(avoid: string, company: string): boolean {
  return findDealbreakers(makePosting({ title: 'Analyst', company }), preparePlan(planWith([avoid], []), engine)).length > 0;
}

// Each test pairs what the matcher should now find with what it must keep leaving alone, so that widening it
// cannot quietly add false dealbreakers.

describe('dealbreaker keywords: what counts as the word', () => {
  it('matches a single word exactly, so financial "bonds" are not a service bond, while a phrase takes a plural', () => {
    expect(byKeyword('bond', 'Analyse government bonds and fixed-income securities for the investment desk.')).toEqual([]);
    expect(byKeyword('bond', 'Candidates must sign a bond of 2 years.')).toHaveLength(1);
    expect(byKeyword('night shift', 'Rotational night shifts.')[0]?.what).toBe('it mentions “night shifts”');
    expect(byKeyword('registration fee', 'Registration fees of Rs 500 apply.')).toHaveLength(1);
    expect(byKeyword('service agreement', 'Manage service level agreements with vendors.')).toEqual([]);
  });

  it('finds night shift written as one word, hyphenated or plural', () => {
    for (const description of ['Nightshift role in our Pune office.', 'Permanent night-shift work.', 'Night shifts on rotation.']) {
      expect(byKeyword('night shift', description), description).toHaveLength(1);
    }
  });

  it('takes hours past midnight as a night shift, and no other hours', () => {
    for (const [description, hours] of [
      ['Timings: 9 PM - 6 AM (US shift)', '9 PM - 6 AM'],
      ['Shift 9:30pm to 6:30am', '9:30pm to 6:30am'],
      ['Work hours 10 p.m. – 7 a.m.', '10 p.m. – 7 a.m.'],
      ['Shift timing 21:00 - 06:00 IST', '21:00 - 06:00'],
    ] as const) {
      const hit = byKeyword('night shift', description)[0];
      expect(hit?.what, description).toBe(`its hours, “${hours}”, run overnight`);
      const quote = hit!.evidence.find((e) => e.start !== undefined)!;
      expect(description.slice(quote.start, quote.end)).toBe(quote.text);
    }
    for (const description of ['Timings 9 AM - 6 PM.', 'Evening shift 2 PM - 11 PM.', 'Shift 6 PM - 12 AM.', 'Day shift, 10:00 - 19:00.', 'Batch of 2021 - 2022.']) {
      expect(byKeyword('night shift', description), description).toEqual([]);
    }
    expect(byKeyword('cold calling', 'Timings: 9 PM - 6 AM')).toEqual([]);
  });

  it('finds "X only" however it is worded, while other phrases keep their order', () => {
    for (const description of ['Only commission based pay.', 'This is a commission-only role.', 'Pay is commission based only.', 'Purely commission.', 'Paid purely on commission basis.']) {
      expect(byKeyword('commission only', description), description).toHaveLength(1);
    }
    for (const description of ['Fixed salary plus commission.', 'Not only commission: a fixed salary too.']) {
      expect(byKeyword('commission only', description), description).toEqual([]);
    }
    expect(byKeyword('target based', 'Mumbai based target audience research.')).toEqual([]);
    expect(byKeyword('target based', 'Target-based incentives.')).toHaveLength(1);
  });
});

describe('dealbreaker keywords: what rules them out', () => {
  it('recognises "no A or B", "do not have any", "-free" besides the plain negations, without over-reaching', () => {
    for (const [keyword, description] of [
      ['security deposit', 'No bond or security deposit.'],
      ['security deposit', 'No registration fee or security deposit required.'],
      ['bond', 'We do not have any bond.'],
      ['bond', "We don't have a bond."],
      ['bond', 'Bond free job.'],
      ['bond', 'This is a bond-free role.'],
      ['bond', 'No bond or security deposit.'],
      ['bond', 'There is no service bond.'],
      ['bond', 'There is no bond.'],
      ['bond', 'Bond: Nil'],
      ['night shift', 'Night shifts are not required.'],
    ] as const) {
      expect(byKeyword(keyword, description), description).toEqual([]);
    }
    for (const description of [
      'Candidates must sign a bond.',
      '2 year bond applicable.',
      'No experience needed, bond of 2 years.',
      'No laptop and bond of 1 year.',
      'Candidates who do not sign a bond will not be considered.',
    ]) {
      expect(byKeyword('bond', description), description).toHaveLength(1);
    }
  });

  it('quotes the first mention the posting does not rule out', () => {
    const description = 'No security deposit or bond for interns. Full-time hires sign a 1 year bond.';
    const quote = byKeyword('bond', description)[0]!.evidence.find((e) => e.start !== undefined)!;
    expect(quote.text).toBe('Full-time hires sign a 1 year bond.');
  });
});

describe('dealbreaker companies', () => {
  it('matches a firm whatever its spacing and form of descriptor, but not another firm', () => {
    for (const company of ['Talent Hunt Consultants', 'TalentHunt', 'TalentHunt Consultancy', 'Talenthunt Consulting Pvt Ltd', 'TALENTHUNT CONSULTANTS LLP']) {
      expect(isCompany('TalentHunt Consultants', company), company).toBe(true);
    }
    expect(isCompany('TalentHunt Consultants', 'TalentHunt Solutions')).toBe(false);
    expect(isCompany('Talent Hunt', 'TalentHunters')).toBe(false);
    expect(isCompany('Acme', 'Acmecorp')).toBe(false);
    expect(isCompany('Acme', 'Acme Technologies Pvt. Ltd.')).toBe(true);
    expect(isCompany('Tata Consultancy Services', 'Tata Consultancy Services Ltd')).toBe(true);
    expect(isCompany('Tata Consultancy Services', 'Tata Motors')).toBe(false);
    expect(isCompany('Tata Consultancy Services', 'Tata Technologies')).toBe(false);
  });

  it('makes the posting a dealbreaker end to end', () => {
    const r = scorePosting(planWith(['TalentHunt Consultants'], []), makePosting({ title: 'HR Recruiter', company: 'Talent Hunt Consulting' }), NOW, engine);
    expect(r.verdict).toBe('dealbreaker');
    expect(r.summary).toMatch(/Talent Hunt Consulting is on your list/);
  });
});
