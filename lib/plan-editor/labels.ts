import type { EmploymentType, Horizon, PayPeriod, Seniority, ValueName, Workplace } from '../model';

// Words the editor shows for the plan's enum values, and what each value slider does to the score.
// Kept as data so the page and its tests read the same text.

export const SENIORITY_LABELS: Record<Seniority, string> = {
  intern: 'Intern',
  entry: 'Entry level / fresher',
  junior: 'Junior',
  mid: 'Mid level',
  senior: 'Senior',
  lead: 'Lead',
  manager: 'Manager',
};

export const HORIZON_LABELS: Record<Horizon, string> = {
  now: 'Now',
  '1y': 'In 1 year',
  '3y': 'In 3 years',
  '5y': 'In 5 years',
  '10y': 'In 10 years',
};

export const WORKPLACE_LABELS: Record<Workplace, string> = {
  remote: 'Remote',
  hybrid: 'Hybrid',
  onsite: 'On-site',
};

export const EMPLOYMENT_LABELS: Record<EmploymentType, string> = {
  'full-time': 'Full-time',
  'part-time': 'Part-time',
  internship: 'Internship',
  contract: 'Contract',
  temporary: 'Temporary',
};

export const PERIOD_LABELS: Record<PayPeriod, string> = {
  hour: 'an hour',
  day: 'a day',
  week: 'a week',
  month: 'a month',
  year: 'a year',
};

/** Currencies offered first; a plan may hold any ISO code (an imported one is kept and shown). */
export const CURRENCIES = ['INR', 'USD', 'EUR', 'GBP', 'AED', 'SGD', 'CAD', 'AUD'] as const;

export const LEVEL_LABELS: Record<number, string> = {
  1: '1 · Beginner',
  2: '2 · Basic',
  3: '3 · Working',
  4: '4 · Strong',
  5: '5 · Expert',
};

export interface ValueInfo {
  label: string;
  /** one sentence: what raising this value does to the score */
  effect: string;
}

// Matches how lib/fit/score.ts, growth.ts and practical.ts turn each value into weights.
export const VALUE_INFO: Record<ValueName, ValueInfo> = {
  growth: {
    label: 'Growth',
    effect: 'Weighs the ladder more: the next rung of your plan scores higher, roles leading away from it lower.',
  },
  learning: {
    label: 'Learning',
    effect: 'Weighs more that the job would use skills from your “want to learn” list.',
  },
  mentorship: {
    label: 'Mentorship',
    effect: 'Weighs more the signs of a career in a posting: mentoring, training, a structured programme, a promotion path.',
  },
  compensation: {
    label: 'Pay',
    effect: 'Weighs more pay against your minimum (a monthly stipend is compared fairly with a yearly minimum) and commission-only pay.',
  },
  flexibility: {
    label: 'Flexibility',
    effect: 'Weighs more location and workplace (remote, hybrid, on-site) against your preferences, and service bonds that tie you down.',
  },
  stability: {
    label: 'Stability',
    effect: 'Weighs more whether the employment type (full-time, contract, internship…) is one you want.',
  },
};

export const VALUE_SCALE: Record<number, string> = {
  0: 'least',
  1: 'barely',
  2: 'a little',
  3: 'normal',
  4: 'a lot',
  5: 'most',
};
