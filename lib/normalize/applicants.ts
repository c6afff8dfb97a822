import { squash } from './text';

/**
 * Applicant count as the least the label allows: "87 applicants" → 87, "Over 200 applicants" → 200,
 * "100+ applicants" → 100, "Be among the first 25 applicants" and "Be an early applicant" → 0
 * (fewer than 25 so far; 0 is the only bound the page gives). A bare number ("9850", Naukri's
 * "Applicants:" stat) is taken as is. Null when the text holds no count.
 */
export function parseApplicants(raw: string): number | null {
  const text = squash(raw);
  if (!text) return null;
  if (/\b(among the first|early applicant|less than|fewer than|no applicants)\b/i.test(text)) return 0;
  const m = /(\d[\d,]*)\s*\+?\s*(applicants?|applications?|people|candidates)/i.exec(text) ?? /^(?:over\s+)?(\d[\d,]*)\+?$/i.exec(text) ?? /\bover\s+(\d[\d,]*)/i.exec(text);
  if (!m) return null;
  const n = Number(m[1]!.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}
