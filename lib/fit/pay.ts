import type { PayPeriod } from '../model';

// Pay across periods and currencies. Comparisons happen on yearly amounts in INR (most users are in India);
// display happens in the user's own currency and period.

/** Working periods in a year: 40-hour weeks, 5-day weeks. */
const PER_YEAR: Record<PayPeriod, number> = { hour: 2080, day: 260, week: 52, month: 12, year: 1 };

// Fixed, rounded rates (INR per unit, 2025). A moving rate would break determinism and caching, and the
// question asked is "is this roughly above my minimum", which a few percent of drift does not change.
const INR_PER: Record<string, number> = {
  INR: 1, USD: 85, EUR: 92, GBP: 108, AED: 23, SGD: 64, CAD: 61, AUD: 55, NZD: 50, CHF: 97, JPY: 0.57,
  SAR: 22.6, QAR: 23.3, KWD: 276, OMR: 221, BHD: 225, MYR: 19, HKD: 11, CNY: 11.8, NPR: 0.625, LKR: 0.28,
  BDT: 0.7, PKR: 0.3, ZAR: 4.7, SEK: 8, NOK: 8, DKK: 12.3, PLN: 21.5,
};

export interface Money {
  amount: number;
  currency: string;
  period: PayPeriod;
}

/**
 * Indian pages state yearly pay in lakhs ("4.5 LPA"); an amount below 200 a year in INR can only mean lakhs,
 * so read it as such rather than as 4.50 rupees a year.
 */
export function plausibleAmount(amount: number, currency: string, period: PayPeriod): number {
  if (currency === 'INR' && period === 'year' && amount > 0 && amount < 200) return amount * 100_000;
  return amount;
}

/** The amount per year in INR, or null for a currency we cannot convert. */
export function yearlyInr(m: Money): number | null {
  const rate = INR_PER[m.currency];
  if (rate === undefined) return null;
  return plausibleAmount(m.amount, m.currency, m.period) * PER_YEAR[m.period] * rate;
}

/** Converts a yearly INR amount back into `currency` per `period`. */
export function fromYearlyInr(yearly: number, currency: string, period: PayPeriod): number | null {
  const rate = INR_PER[currency];
  if (rate === undefined) return null;
  return yearly / rate / PER_YEAR[period];
}

const PERIOD_WORD: Record<PayPeriod, string> = { hour: 'an hour', day: 'a day', week: 'a week', month: 'a month', year: 'a year' };

function roundNice(n: number): number {
  if (n >= 1000) return Math.round(n / 100) * 100;
  if (n >= 100) return Math.round(n);
  return Math.round(n * 100) / 100;
}

/** "₹25,000 a month", "₹4.5 lakh a year", "USD 60,000 a year". */
export function formatMoney(amount: number, currency: string, period: PayPeriod): string {
  const a = plausibleAmount(amount, currency, period);
  if (currency === 'INR') {
    if (a >= 10_000_000) return `₹${trim(a / 10_000_000)} crore ${PERIOD_WORD[period]}`;
    if (a >= 100_000) return `₹${trim(a / 100_000)} lakh ${PERIOD_WORD[period]}`;
    return `₹${group(roundNice(a), true)} ${PERIOD_WORD[period]}`;
  }
  return `${currency} ${group(roundNice(a), false)} ${PERIOD_WORD[period]}`;
}

function trim(n: number): string {
  return (Math.round(n * 10) / 10).toString();
}

/** Digit grouping by hand (12,34,567 in India, 1,234,567 elsewhere): toLocaleString depends on the ICU build. */
function group(n: number, indian: boolean): string {
  const [int = '0', frac] = n.toString().split('.');
  let head = int;
  let out = '';
  if (head.length > 3) {
    out = `,${head.slice(-3)}`;
    head = head.slice(0, -3);
    const size = indian ? 2 : 3;
    while (head.length > size) {
      out = `,${head.slice(-size)}${out}`;
      head = head.slice(0, -size);
    }
  }
  return `${head}${out}${frac ? `.${frac}` : ''}`;
}
