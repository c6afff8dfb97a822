import type { Pay, PayPeriod } from '../model';
import { squash } from './text';

/** What the page's context says when the text itself does not (Naukri and Internshala pay in INR). */
export interface PayHints {
  currency?: string;
  period?: PayPeriod;
}

const UNPAID = /^unpaid\b/i;
/**
 * A one-off amount (Internshala's "₹ 7,000 lump sum" stipend, paid once for the whole internship).
 * `Pay.period` is hour|day|week|month|year and none of them is true of it; read with a default
 * period it became ₹7,000 a year (or a month), which the fit score would compare against a minimum
 * as if it were. It is left unstated (null), like "Not disclosed": the fit then says nothing about
 * pay rather than something false.
 */
const LUMP_SUM = /\blump[\s-]?sum\b|\blumpsum\b|\bone[\s-]?time\b/i;
/** "₹ 15,000 /month (one time joining bonus ₹ 5,000)": a bracketed extra is not the pay. */
const ASIDE = /\([^)]*\b(one[\s-]?time|bonus|joining|incentives?|variable|commission)\b[^)]*\)/gi;
/** "₹ 5,000 /month + Incentives", "₹ 12,000 /month + ₹ 3,000 incentives": the pay is the fixed part. */
const EXTRA = /\s\+\s.*$/;

const SYMBOLS: [RegExp, string][] = [
  [/\b(INR|Rs\.?)|₹|\blacs?\b|\blakhs?\b|\blpa\b|\bcr(ore)?s?\b/i, 'INR'],
  [/\bCA\$|\bC\$|\bCAD\b/, 'CAD'],
  [/\bA\$|\bAU\$|\bAUD\b/, 'AUD'],
  [/\bS\$|\bSGD\b/, 'SGD'],
  [/£|\bGBP\b/, 'GBP'],
  [/€|\bEUR\b/, 'EUR'],
  [/\bAED\b/, 'AED'],
  [/\$|\bUSD\b/, 'USD'],
];

const PERIODS: [RegExp, PayPeriod][] = [
  [/(\bper |\ban? |\/ ?)(hour|hr)\b|\bhourly\b/i, 'hour'],
  [/(\bper |\ba |\/ ?)day\b|\bdaily\b/i, 'day'],
  [/(\bper |\ba |\/ ?)(week|wk)\b|\bweekly\b/i, 'week'],
  [/(\bper |\ba |\/ ?)(month|mo)\b|\bmonthly\b|\bp\.?\s?m\.?(?!\w)/i, 'month'],
  [/(\bper |\ba |\/ ?)(year|yr|annum)\b|\bannual(ly)?\b|\bp\.?\s?a\.?(?!\w)|\blpa\b|\blacs?\b|\blakhs?\b|\bcrores?\b|\bctc\b/i, 'year'],
];

// A number with an optional multiplier right after it: "12", "3,00,000", "2.25", "8L", "120K", "1.2 Cr".
const AMOUNT = /(\d[\d,]*(?:\.\d+)?)\s*(k|l|lacs?|lakhs?|lpa|cr|crores?|m|mn|million)?(?![a-z])/gi;

const MULTIPLIER: Record<string, number> = {
  k: 1e3, l: 1e5, lac: 1e5, lacs: 1e5, lakh: 1e5, lakhs: 1e5, lpa: 1e5, cr: 1e7, crore: 1e7, crores: 1e7,
  m: 1e6, mn: 1e6, million: 1e6,
};

/**
 * Pay from a label as the sites print it ("3-6 Lacs PA", "₹ 10,000 /month", "$120K/yr - $150K/yr").
 * "Not disclosed", "Performance based", a lump sum and anything without an amount give null; of
 * "₹ 5,000 /month + Incentives" only the fixed part counts. "Unpaid" gives a zero range
 * ({min: 0, max: 0}) rather than null: the posting states its pay, and a plan with a minimum pay
 * must be able to tell an unpaid internship from one that does not say.
 */
export function parsePay(raw: string, hints: PayHints = {}): Pay | null {
  const whole = squash(raw);
  // most labels tried as pay are chips like "Hybrid": no digit, no amount, no regex work
  if (!whole || (!/\d/.test(whole) && !UNPAID.test(whole))) return null;
  const currency = detectCurrency(whole) ?? hints.currency;
  if (UNPAID.test(whole)) return currency ? { min: 0, max: 0, currency, period: hints.period ?? 'month' } : null;
  const text = whole.replace(EXTRA, '').replace(ASIDE, ' ').trim() || whole;
  // a lump sum has no period; a period named beside "one time" makes it pay with a one-off extra
  if (LUMP_SUM.test(text) && !detectPeriod(text)) return null;
  const amounts = readAmounts(text);
  if (amounts.length === 0 || !currency) return null; // "Not disclosed", "Competitive", ...
  // "₹ 0 /month + Incentives": no fixed pay, only what performance earns; not unpaid, not known
  if (text !== whole && amounts.every((a) => a === 0)) return null;
  const period = detectPeriod(text) ?? detectPeriod(whole) ?? hints.period ?? 'year';
  const [a, b] = amounts;
  if (b === undefined) {
    if (/\b(up ?to|upto|max(imum)?|till)\b/i.test(text)) return { min: null, max: a!, currency, period };
    if (/\b(from|starting|min(imum)?|at least)\b/i.test(text)) return { min: a!, max: null, currency, period };
    return { min: a!, max: a!, currency, period };
  }
  return { min: Math.min(a!, b), max: Math.max(a!, b), currency, period };
}

function detectCurrency(text: string): string | undefined {
  for (const [re, code] of SYMBOLS) if (re.test(text)) return code;
  return undefined;
}

function detectPeriod(text: string): PayPeriod | undefined {
  for (const [re, period] of PERIODS) if (re.test(text)) return period;
  return undefined;
}

/** The first two amounts, in full units; a range's unit written once ("3-6 Lacs") applies to both ends. */
function readAmounts(text: string): number[] {
  const found: { value: number; unit: string | undefined; grouped: boolean }[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const digits = m[1]!;
    const value = Number(digits.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    found.push({ value, unit: m[2]?.toLowerCase(), grouped: digits.includes(',') });
    if (found.length === 2) break;
  }
  const [first, second] = found;
  if (first && second && !first.unit && second.unit && !first.grouped && first.value <= second.value) first.unit = second.unit;
  return found.map(({ value, unit }) => Math.round(value * (unit ? MULTIPLIER[unit] ?? 1 : 1)));
}

const UNIT_TEXT: Record<string, PayPeriod> = { HOUR: 'hour', DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' };

/** Pay from a schema.org `MonetaryAmount` (JSON-LD `baseSalary`), or null when it holds no amount. */
export function payFromMonetaryAmount(input: unknown, hints: PayHints = {}): Pay | null {
  const amount = Array.isArray(input) ? input[0] : input;
  if (typeof amount === 'string' || typeof amount === 'number') return parsePay(String(amount), hints);
  if (!amount || typeof amount !== 'object') return null;
  const obj = amount as Record<string, unknown>;
  const rawCurrency = typeof obj.currency === 'string' ? obj.currency.trim().toUpperCase() : '';
  const currency = /^[A-Z]{3}$/.test(rawCurrency) ? rawCurrency : hints.currency;
  const value = obj.value;
  let min: number | null = null;
  let max: number | null = null;
  let unitText: unknown = obj.unitText;
  if (value && typeof value === 'object') {
    const q = value as Record<string, unknown>;
    min = num(q.minValue) ?? num(q.value);
    max = num(q.maxValue) ?? num(q.value);
    unitText = q.unitText ?? unitText;
  } else {
    min = max = num(value);
  }
  if (!currency || (min === null && max === null)) return null;
  const unit = String(unitText ?? '').trim();
  if (LUMP_SUM.test(unit.replace(/_/g, ' '))) return null;
  const period = UNIT_TEXT[unit.toUpperCase()] ?? hints.period ?? 'year';
  return { min, max, currency, period };
}

function num(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.replace(/[,\s]/g, '')) : NaN;
  return Number.isFinite(n) && n >= 0 && (typeof v === 'number' || String(v).trim() !== '') ? n : null;
}
