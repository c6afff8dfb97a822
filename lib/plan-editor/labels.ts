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

export const VALUE_INFO: Record<ValueName, ValueInfo> = {
  growth: {
    label: 'Growth',
    effect: 'How much the trajectory counts: the next rung of your ladder scores higher, roles that lead away from it lower.',
  },
  learning: {
    label: 'Learning',
    effect: 'How much it counts that the job would use skills on your "want to learn" list.',
  },
  mentorship: {
    label: 'Mentorship',
    effect: 'How much signs of a career count: mentoring, training, a structured programme, a promotion path, internship-to-full-time conversion.',
  },
  compensation: {
    label: 'Pay',
    effect: 'How much pay against your minimum counts (a monthly stipend is compared with a yearly minimum fairly).',
  },
  flexibility: {
    label: 'Flexibility',
    effect: 'How much location and workplace (remote, hybrid, on-site) against your preferences count.',
  },
  stability: {
    label: 'Stability',
    effect: 'How much employment type and the experience asked against yours count.',
  },
};

export const VALUE_SCALE: Record<number, string> = {
  0: 'ignore',
  1: 'barely',
  2: 'a little',
  3: 'normal',
  4: 'a lot',
  5: 'most',
};
