import type { Posting } from '../model';
import { squash } from './text';

export type Range = NonNullable<Posting['experience']>;

const NONE = /\bfresher|\bno (prior )?experience|\bexperience not required|\bentry[- ]level with no/i;
const UNIT = '(years?|yrs?|months?|mos?)';
const RANGE = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(?:-|–|to)\\s*(\\d+(?:\\.\\d+)?)\\s*\\+?\\s*${UNIT}`, 'i');
const PLUS = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*\\+\\s*${UNIT}|(\\d+(?:\\.\\d+)?)\\s*${UNIT}\\s*(\\+|or more|and above)`, 'i');
const AT_LEAST = new RegExp(`\\b(?:min(?:imum)?\\.?|at ?least|over|more than)\\s*(?:of\\s*)?(\\d+(?:\\.\\d+)?)\\s*${UNIT}`, 'i');
const UP_TO = new RegExp(`\\b(?:up ?to|upto|max(?:imum)?\\.?|less than|under)\\s*(\\d+(?:\\.\\d+)?)\\s*${UNIT}`, 'i');
const SINGLE = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*${UNIT}`, 'i');

/**
 * Years of experience asked for: "1-3 Yrs" → {1, 3}, "2+ years" → {2, null}, "Fresher" → {0, 0},
 * "Up to 2 years" → {0, 2}; a single figure ("1 year(s)") is a minimum; months become fractions of a year.
 */
export function parseExperience(raw: string): Range | null {
  const text = squash(raw);
  if (!text) return null;
  let m = RANGE.exec(text);
  if (m) return range(m[1]!, m[2]!, m[3]!);
  m = PLUS.exec(text);
  if (m) return m[1] ? { min: years(m[1], m[2]!), max: null } : { min: years(m[3]!, m[4]!), max: null };
  m = AT_LEAST.exec(text);
  if (m) return { min: years(m[1]!, m[2]!), max: null };
  m = UP_TO.exec(text);
  if (m) return { min: 0, max: years(m[1]!, m[2]!) };
  if (NONE.test(text)) return { min: 0, max: 0 };
  m = SINGLE.exec(text);
  if (m) {
    const n = years(m[1]!, m[2]!);
    return n === 0 ? { min: 0, max: 0 } : { min: n, max: null };
  }
  return null;
}

function range(a: string, b: string, unit: string): Range {
  const x = years(a, unit);
  const y = years(b, unit);
  return { min: Math.min(x, y), max: Math.max(x, y) };
}

function years(n: string, unit: string): number {
  const v = Number(n);
  return /^mo/i.test(unit) ? Math.round((v / 12) * 100) / 100 : v;
}

/** JSON-LD `experienceRequirements`: text, or `OccupationalExperienceRequirements` with `monthsOfExperience`. */
export function experienceFromJsonLd(input: unknown): Range | null {
  const value = Array.isArray(input) ? input[0] : input;
  if (typeof value === 'string') return parseExperience(value);
  if (value && typeof value === 'object') {
    const months = Number((value as Record<string, unknown>).monthsOfExperience);
    if (Number.isFinite(months) && months >= 0) return months === 0 ? { min: 0, max: 0 } : { min: Math.round((months / 12) * 100) / 100, max: null };
    const description = (value as Record<string, unknown>).description;
    if (typeof description === 'string') return parseExperience(description);
  }
  return null;
}

// "3-5 years of experience", "2+ years of hands-on experience", "minimum 2 years experience"
const IN_TEXT = /\b(?:min(?:imum)?\s+(?:of\s+)?|at least\s+)?\d+(?:\.\d+)?\s*(?:(?:-|–|to)\s*\d+(?:\.\d+)?\s*)?\+?\s*(?:years?|yrs?)\+?(?:\s+of)?(?:\s+[\w-]+){0,3}?\s+experience\b/i;

/** Experience asked for in a description, only where a figure sits right before "experience". */
export function experienceFromText(description: string): Range | null {
  const m = IN_TEXT.exec(description);
  return m ? parseExperience(m[0]) : null;
}
