import { describe, expect, it } from 'vitest';
import { formatMoney, readTitle, scorePosting, yearlyInr } from '@/lib/fit';
import { placesMatch } from '@/lib/fit/places';
import { experienceFromText } from '@/lib/fit/analyse';
import { emptyPlan, type CareerPlan } from '@/lib/model';
import { samplePlan } from '@/lib/plans';
import { fakeEngine } from './fake-engine';
import { expectValid, makePosting, NOW } from './helpers';

const engine = fakeEngine();

describe('readTitle', () => {
  it.each([
    ['Data Analyst Intern', 'data-analysis', 'intern'],
    ['Sr. Data Analyst', 'data-analysis', 'senior'],
    ['Data Entry Operator', 'operations', null],
    ['Frontend Developer (React) - Fresher', 'frontend', 'entry'],
    ['SOC Analyst L1', 'security', 'junior'],
    ['Network Security Engineer', 'security', null],
    ['IT Helpdesk Executive', 'it-support', 'junior'],
    ['Machine Learning Engineer II', 'data-science', 'mid'],
    ['Associate Product Manager', 'product', 'entry'],
    ['Product Manager', 'product', 'mid'],
    ['Engineering Manager', 'engineering-management', 'manager'],
    ['Engineering Manager - Backend', 'engineering-management', 'manager'],
    ['UX Researcher', 'ux-research', null],
    ['Customer Success Manager', 'customer-success', 'mid'],
    ['Business Development Manager', 'sales', 'mid'],
    ['Engineering Lead', 'software', 'lead'],
    ['Chief Information Security Officer', 'security', 'manager'],
    ['Security Officer', 'operations', null],
    ['CFO', 'finance', 'manager'],
    ['Lead Generation Executive', 'sales', 'junior'],
    ['Principal Software Engineer', 'software', 'lead'],
    ['Growth Hacker', null, null],
    ['Staff Nurse - ICU', 'healthcare', null],
    ['Staff Software Engineer', 'software', 'lead'],
    ['Member of Technical Staff', 'software', null],
    ['Medical Coder Trainee', 'healthcare', 'intern'],
    ['Graphic Designer', 'graphic-design', null],
    ['UI/UX Designer', 'design', null],
    ['HR Operations Executive', 'hr', 'junior'],
    ['GST Associate', 'finance', 'entry'],
  ])('%s → %s, %s', (title, family, seniority) => {
    expect(readTitle(title)).toEqual({ family, seniority });
  });
});

describe('pay', () => {
  it('compares a monthly stipend with a yearly minimum', () => {
    expect(yearlyInr({ amount: 25_000, currency: 'INR', period: 'month' })).toBe(300_000);
    expect(yearlyInr({ amount: 500, currency: 'INR', period: 'day' })).toBe(130_000);
  });
  it('reads a tiny yearly INR amount as lakhs', () => {
    expect(yearlyInr({ amount: 4.5, currency: 'INR', period: 'year' })).toBe(450_000);
  });
  it('converts other currencies at a fixed rate and refuses unknown ones', () => {
    expect(yearlyInr({ amount: 1000, currency: 'USD', period: 'month' })).toBeGreaterThan(900_000);
    expect(yearlyInr({ amount: 1000, currency: 'XYZ', period: 'month' })).toBeNull();
  });
  it('formats money the way Indian pages do', () => {
    expect(formatMoney(450_000, 'INR', 'year')).toBe('₹4.5 lakh a year');
    expect(formatMoney(25_000, 'INR', 'month')).toBe('₹25,000 a month');
    expect(formatMoney(1_234_567, 'INR', 'month')).toBe('₹12.3 lakh a month');
    expect(formatMoney(60_000, 'USD', 'year')).toBe('USD 60,000 a year');
  });
});

describe('places', () => {
  it.each([
    [['Bengaluru, Karnataka, India'], ['Bangalore'], true],
    [['Gurgaon'], ['Delhi NCR'], true],
    [['Noida, Uttar Pradesh'], ['Delhi NCR'], true],
    [['Pan India'], ['Pune'], true],
    [['Mumbai'], ['Pune'], false],
    [['New Delhi'], ['Delhi'], true],
  ])('%j in %j: %s', (posting, wanted, ok) => {
    expect(placesMatch(posting, wanted)).toBe(ok);
  });
});

function plan(over: Partial<CareerPlan> = {}): CareerPlan {
  return { ...emptyPlan(), targetRoles: [{ title: 'Data Analyst', seniority: 'entry', horizon: 'now' }], ...over };
}

describe('practical', () => {
  const prefs = { locations: ['Pune'], workplace: [], employmentTypes: [], minPay: { amount: 300_000, currency: 'INR', period: 'year' as const } };
  const practical = (p: ReturnType<typeof makePosting>, pl = plan({ preferences: prefs })) => {
    const r = scorePosting(pl, p, NOW, engine);
    expectValid(r);
    return { r, f: r.factors.find((x) => x.name === 'practical')! };
  };

  it('scores a stipend below a yearly minimum lower than one above it', () => {
    const low = practical(makePosting({ title: 'Data Analyst', pay: { min: 10_000, max: 12_000, currency: 'INR', period: 'month' } }));
    const high = practical(makePosting({ title: 'Data Analyst', pay: { min: 30_000, max: 35_000, currency: 'INR', period: 'month' } }));
    expect(high.f.score).toBeGreaterThan(low.f.score);
    expect(low.r.reasons.join(' ')).toMatch(/below your minimum of ₹3 lakh a year/);
  });

  it('closes a posting after its deadline day (in India) and caps its score', () => {
    const open = practical(makePosting({ title: 'Data Analyst', deadline: '2026-03-10' }));
    const closed = practical(makePosting({ title: 'Data Analyst', deadline: '2026-03-09' }));
    expect(open.r.reasons.join(' ')).not.toMatch(/closed/);
    expect(closed.r.reasons[0]).toMatch(/Applications closed on 2026-03-09/);
    expect(closed.r.score).toBeLessThanOrEqual(40);
  });

  it('weighs experience asked against the user’s, more as the gap grows', () => {
    const near = practical(makePosting({ title: 'Data Analyst', experience: { min: 1, max: 3 } }));
    const far = practical(makePosting({ title: 'Data Analyst', experience: { min: 8, max: 12 } }));
    expect(near.f.score).toBeGreaterThan(far.f.score);
    expect(far.r.reasons.join(' ')).toMatch(/Asks 8\+ years of experience; you have 0/);
  });

  it('flags a fee to join', () => {
    const fee = practical(makePosting({ title: 'Data Analyst', description: 'Pay a registration fee of Rs 999 to confirm your seat.' }));
    expect(fee.f.score).toBeLessThan(0.2);
    expect(fee.r.reasons.join(' ')).toMatch(/fee to join/);
  });
});

describe('dealbreakers', () => {
  const dp = (companies: string[], keywords: string[] = []) => plan({ dealbreakers: { companies, keywords } });
  it('matches company names without legal suffixes, as whole words', () => {
    const p = makePosting({ title: 'Data Analyst', company: 'Acme Technologies Pvt. Ltd.' });
    expect(scorePosting(dp(['acme technologies']), p, NOW, engine).verdict).toBe('dealbreaker');
    expect(scorePosting(dp(['Acme']), p, NOW, engine).verdict).toBe('dealbreaker');
    expect(scorePosting(dp(['Acm']), p, NOW, engine).verdict).not.toBe('dealbreaker');
    expect(scorePosting(dp(['', '  ', 'Pvt Ltd']), p, NOW, engine).verdict).not.toBe('dealbreaker');
  });
  it('matches keywords as phrases, across hyphens, and quotes them with offsets', () => {
    const description = 'Rotational night-shift work. Java required.';
    const p = makePosting({ title: 'Data Analyst', description });
    const r = scorePosting(dp([], ['Night Shift']), p, NOW, engine);
    expect(r.verdict).toBe('dealbreaker');
    const q = r.factors.find((f) => f.name === 'dealbreakers')!.evidence.find((e) => e.start !== undefined)!;
    expect(description.slice(q.start, q.end)).toBe(q.text);
    expect(scorePosting(dp([], ['Java']), makePosting({ title: 'Data Analyst', description: 'JavaScript only' }), NOW, engine).verdict).not.toBe('dealbreaker');
  });
});

describe('sparse and odd postings', () => {
  it('scores a card with nothing but a title, and says the skills are unknown', () => {
    const r = scorePosting(samplePlan('student-data')!, makePosting({ title: 'Data Analyst' }), NOW, engine);
    expectValid(r);
    expect(r.reasons.some((x) => /search card|no description/i.test(x))).toBe(true);
    expect(r.verdict).toBe('career-step');
    expect(r.summary).toMatch(/lists no skills/);
  });

  it('works with an empty plan', () => {
    const r = scorePosting(emptyPlan(), makePosting({ title: 'Data Analyst', description: 'Python and SQL' }), NOW, engine);
    expectValid(r);
    expect(r.reasons.join(' ')).toMatch(/no target roles/);
    expect(r.verdict).not.toBe('career-step');
  });

  it('credits skills the user knows through implies, and names what earned it', () => {
    const pl = plan({ skills: [{ name: 'react', level: 4, years: 2 }] });
    const description = 'Requirements\n- JavaScript\n- Vue';
    const r = scorePosting(pl, makePosting({ title: 'Frontend Developer', description }), NOW, engine);
    expect(r.matchedSkills).toContainEqual({ id: 'javascript', label: 'JavaScript', required: true, via: 'React', mentions: [{ start: 15, end: 25 }] });
    expect(r.missingSkills).toContainEqual({ id: 'vue', label: 'Vue', required: true, via: 'React', mentions: [{ start: 28, end: 31 }] });
    // the offsets the page uses to highlight them point at the words themselves
    expect(description.slice(15, 25)).toBe('JavaScript');
    expect(description.slice(28, 31)).toBe('Vue');
  });

  it('knowing only the parent of a skill earns part of its credit but leaves it a gap (Python is not pandas)', () => {
    const pl = plan({ skills: [{ name: 'python', level: 3, years: 2 }], learning: ['pandas'] });
    const description = 'Requirements\n- Python\n- pandas\n- NumPy';
    const r = scorePosting(pl, makePosting({ title: 'Data Analyst', description }), NOW, engine);
    expect(r.matchedSkills.map((s) => s.id)).toEqual(['python']);
    expect(r.missingSkills.map((s) => s.id).sort()).toEqual(['numpy', 'pandas']);
    expect(r.learningSkills.map((s) => s.id)).toContain('pandas');
    const none = scorePosting(plan({ skills: [] }), makePosting({ title: 'Data Analyst', description }), NOW, engine);
    const skills = (x: typeof r) => x.factors.find((f) => f.name === 'skills')!.score;
    expect(skills(r)).toBeGreaterThan(skills(none));
  });

  it('reads "Software Engineer" and "SDE-1" as the back-end job they are usually posted for, and Graphic Designer as a side step from UI/UX', () => {
    const backend = plan({ targetRoles: [{ title: 'Backend Engineer', seniority: 'entry', horizon: 'now' }] });
    for (const title of ['Software Engineer', 'SDE-1', 'Associate Software Engineer']) {
      const r = scorePosting(backend, makePosting({ title, description: 'Build REST APIs in Java.' }), NOW, engine);
      expect(r.reasons.join(' '), title).not.toMatch(/side step|next to your path|leads away/i);
    }
    const ux = plan({ targetRoles: [{ title: 'UI/UX Designer', seniority: 'entry', horizon: 'now' }] });
    const graphic = scorePosting(ux, makePosting({ title: 'Graphic Designer', description: 'Make social media posts in Canva.' }), NOW, engine);
    expect([...graphic.reasons, graphic.summary].join(' ')).not.toMatch(/next rung/i);
  });

  it('a stretch or a paycheck also names its practical problem', () => {
    const prefs = { locations: ['Pune'], workplace: [], employmentTypes: [], minPay: { amount: 300_000, currency: 'INR', period: 'year' as const } };
    const pl = plan({ experienceYears: 0, preferences: prefs });
    const stretch = scorePosting(pl, makePosting({ title: 'Data Analyst', description: 'Requirements\n- Python\nThis is an unpaid role.', experience: { min: 3, max: 5 }, pay: { min: 0, max: 0, currency: 'INR', period: 'month' } }), NOW, engine);
    expect(stretch.verdict).toBe('stretch');
    expect(stretch.summary).toMatch(/unpaid/);
    const paycheck = scorePosting(pl, makePosting({ title: 'Sales Executive', description: 'Sell insurance.', locations: ['Hyderabad'], pay: { min: 600_000, max: 800_000, currency: 'INR', period: 'year' } }), NOW, engine);
    expect(paycheck.verdict).toBe('paycheck');
    expect(paycheck.summary).toMatch(/Hyderabad/);
  });

  it('a role several years beyond the user sorts below the roles they can take now', () => {
    // someone who cares little for the practical side, so only the experience asked can hold the score down
    const values = { growth: 5, learning: 5, mentorship: 5, compensation: 0, flexibility: 0, stability: 0 };
    const fresher = plan({ experienceYears: 0, values, skills: ['python', 'sql', 'excel'].map((name) => ({ name, level: 4, years: 1 })) });
    const description = 'Requirements\n- Python\n- SQL\n- Excel\nYou will get mentorship and training from senior analysts, with a clear growth path.';
    const now = scorePosting(fresher, makePosting({ title: 'Junior Data Analyst', description, experience: { min: 0, max: 1 } }), NOW, engine);
    const scores = [1, 2, 3, 6].map((min) => scorePosting(fresher, makePosting({ title: 'Data Analyst', description, experience: { min, max: min + 3 } }), NOW, engine));
    expect(scores[0]!.score).toBeGreaterThan(60); // a year is within reach
    expect(scores[2]!.score).toBeLessThanOrEqual(60);
    expect(scores[2]!.score).toBeLessThan(now.score);
    expect(scores[3]!.score).toBeLessThan(scores[2]!.score);
    expect(scores[2]!.verdict).toBe('stretch');
    expect(scores[2]!.reasons.join(' ')).toMatch(/Asks 3\+ years of experience; you have 0/);
  });

  it('says the same required-skill count in the summary as in the reasons', () => {
    const student = samplePlan('student-data')!;
    const description = 'Requirements\n- SQL\n- Excel\n- Power BI\n- Communication skills';
    const r = scorePosting(student, makePosting({ title: 'Junior Data Analyst', description }), NOW, engine);
    const inSummary = /(\d+) of (\d+) required skills/.exec(r.summary);
    const inReasons = r.reasons.map((x) => /(\d+) of (\d+) required skills/.exec(x)).find(Boolean);
    if (inSummary && inReasons) expect(inSummary.slice(1)).toEqual(inReasons.slice(1));
    expect(inSummary ?? inReasons, 'a count is stated').toBeTruthy();
  });

  it('treats listed skills as required unless the description says otherwise', () => {
    const p = makePosting({ title: 'Data Analyst', description: 'Nice to have\n- Tableau', listedSkills: ['SQL', 'Tableau'] });
    const r = scorePosting(plan(), p, NOW, engine);
    const all = [...r.matchedSkills, ...r.missingSkills];
    expect(all.find((s) => s.id === 'sql')?.required).toBe(true);
    expect(all.find((s) => s.id === 'tableau')?.required).toBe(false);
  });

  it('matches plan skills the taxonomy does not know by the user’s own words', () => {
    const pl = plan({ skills: [{ name: 'Tally ERP', level: 3, years: 1 }] });
    const r = scorePosting(pl, makePosting({ title: 'Accountant', description: 'Must know Tally ERP and GST filing.' }), NOW, engine);
    expect(r.matchedSkills.map((s) => s.label)).toContain('Tally ERP');
  });
});

describe('trajectory', () => {
  it('judges the next step by experience when the ladder holds only a far rung', () => {
    const far = plan({ targetRoles: [{ title: 'Head of Data Science', seniority: 'manager', horizon: '10y' }], experienceYears: 4 });
    const p = makePosting({ title: 'Data Scientist', experience: { min: 3, max: 6 }, description: 'Python, statistics' });
    const r = scorePosting(far, p, NOW, engine);
    expect(r.reasons.join(' ')).not.toMatch(/below the level/);
    expect(['career-step', 'stretch']).toContain(r.verdict);
  });

  it('ranks a role two levels below the next step under the next step itself', () => {
    const pl = plan({ targetRoles: [{ title: 'Security Analyst', seniority: 'mid', horizon: 'now' }], experienceYears: 4 });
    const desc = 'Requirements\n- SIEM\n- Splunk';
    const next = scorePosting(pl, makePosting({ title: 'Security Analyst', description: desc }), NOW, engine);
    const below = scorePosting(pl, makePosting({ title: 'Security Analyst Intern', description: desc }), NOW, engine);
    expect(next.score).toBeGreaterThan(below.score);
    expect(below.reasons.join(' ')).toMatch(/below the level/);
  });
});

describe('experienceFromText', () => {
  it.each([
    ['Minimum 3-5 years of experience in SQL', { min: 3, max: 5 }],
    ['8+ yrs of relevant experience; 10+ years of experience preferred', { min: 8, max: null }],
    ['Experience: 2 - 4 years', { min: 2, max: 4 }],
    ['Freshers or up to 1 year of experience', { min: 0, max: 1 }],
    ['We have 20 years of experience in retail. You will write SQL.', null],
    ['Python, SQL, Excel', null],
    ['Backend Engineer | Acme | 4-7 Yrs | Bengaluru', { min: 4, max: 7 }],
    ['A 3-5 year contract with a renewal option', null],
  ])('%s', (text, want) => {
    expect(experienceFromText(text)).toEqual(want);
  });
});
