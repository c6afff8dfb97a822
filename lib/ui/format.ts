import type { Pay, Posting } from '../model';

const PERIOD: Record<Pay['period'], string> = { hour: 'hr', day: 'day', week: 'wk', month: 'mo', year: 'yr' };

function amount(n: number, currency: string): string {
  if (currency === 'INR' && n >= 100_000) return `₹${trim(n / 100_000)}L`;
  if (n >= 1000 && currency !== 'INR') return `${symbol(currency)}${trim(n / 1000)}K`;
  return `${symbol(currency)}${n.toLocaleString('en-IN')}`;
}
const trim = (n: number) => (Math.round(n * 10) / 10).toString();
const symbol = (c: string) => ({ INR: '₹', USD: '$', EUR: '€', GBP: '£' })[c] ?? `${c} `;

/** "₹3L-₹4.5L/yr", "₹10,000/mo", "$120K+/yr" */
export function formatPay(pay: Pay | null): string {
  if (!pay) return '';
  const { min, max, currency, period } = pay;
  const range = min !== null && max !== null && min !== max
    ? `${amount(min, currency)}–${amount(max, currency)}`
    : min !== null ? `${amount(min, currency)}${max === null ? '+' : ''}` : max !== null ? `up to ${amount(max, currency)}` : '';
  return range ? `${range}/${PERIOD[period]}` : '';
}

/** "3 days ago", "today": relative to `now`. */
export function ago(iso: string, now: Date): string {
  const days = Math.floor((now.getTime() - new Date(iso).getTime()) / 86_400_000);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 30) return `${days} days ago`;
  const months = Math.floor(days / 30);
  return months === 1 ? 'a month ago' : `${months} months ago`;
}

export const SITE_NAMES: Record<Posting['site'], string> = {
  linkedin: 'LinkedIn', naukri: 'Naukri', internshala: 'Internshala', other: 'Career site',
};
