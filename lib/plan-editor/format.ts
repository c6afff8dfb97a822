import type { PayPeriod } from '../model';

// Small text formatters for the editor's status line and pay preview.

/** "today 14:05", "yesterday 09:12" or "3 Mar 2026, 14:05" in the reader's locale. */
export function formatSavedAt(iso: string, now: Date, locale?: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const time = at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  const day = (d: Date) => `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
  if (day(at) === day(now)) return `today ${time}`;
  const yesterday = new Date(now);
  yesterday.setDate(now.getDate() - 1);
  if (day(at) === day(yesterday)) return `yesterday ${time}`;
  return `${at.toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric' })}, ${time}`;
}

// The same periods the scorer compares across (a year of 12 months, 52 weeks, 260 working days, 2080 hours).
const PER_YEAR: Record<PayPeriod, number> = { hour: 2080, day: 260, week: 52, month: 12, year: 1 };

export function convertPay(amount: number, from: PayPeriod, to: PayPeriod): number {
  return (amount * PER_YEAR[from]) / PER_YEAR[to];
}

/** "₹25,000" (Indian digit grouping for INR), "$1,200"; falls back to "1200 XYZ" for unknown codes. */
export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(currency === 'INR' ? 'en-IN' : 'en', {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
    }).format(amount);
  } catch {
    return `${Math.round(amount)} ${currency}`;
  }
}
