import { squash } from './text';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const UNIT_MS: [RegExp, number][] = [
  [/^s|^sec/i, 1000],
  [/^mi?n/i, 60_000],
  [/^(h|hr|hour)/i, HOUR],
  [/^d/i, DAY],
  [/^w/i, 7 * DAY],
  [/^(mo|mth)/i, 30 * DAY],
  [/^y/i, 365 * DAY],
];

// "3 days ago", "30+ Days Ago", "an hour ago", "Reposted 2 weeks ago", "2 minutes ago".
const AGO = /\b(\d+|an?|one)\s*\+?\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mos?|mths?|years?|yrs?|y)\s+ago/i;
const NOW = /\b(just now|today|moments? ago|few (seconds|minutes) ago|just posted|active today)\b/i;
const FEW_HOURS = /\bfew hours? ago\b/i;
const YESTERDAY = /\byesterday\b/i;

/** Whether a label is a posting-age phrase ("2 days ago", "Just Now", "Reposted ..."), matched by shape. */
export function looksLikePosted(text: string): boolean {
  return AGO.test(text) || NOW.test(text) || FEW_HOURS.test(text) || YESTERDAY.test(text) || /^(posted|reposted)\b/i.test(squash(text));
}

/**
 * When a posting went up, from the relative phrase the sites print, as an ISO time counted back from
 * `now` (the time the page was read). "30+ Days Ago" gives 30 days (the least it can be); "Few hours
 * ago" gives 3 hours. Absolute dates ("Posted on 12 Sep 2026") are read too. Null when not a date.
 */
export function parsePosted(raw: string, now: Date): string | null {
  const text = squash(raw);
  if (!text) return null;
  const m = AGO.exec(text);
  if (m) {
    const n = /^\d/.test(m[1]!) ? Number(m[1]) : 1;
    const unit = UNIT_MS.find(([re]) => re.test(m[2]!))?.[1] ?? DAY;
    return new Date(now.getTime() - n * unit).toISOString();
  }
  if (FEW_HOURS.test(text)) return new Date(now.getTime() - 3 * HOUR).toISOString();
  if (NOW.test(text)) return now.toISOString();
  if (YESTERDAY.test(text)) return new Date(now.getTime() - DAY).toISOString();
  return parseDay(text, now, 'past');
}

/** A `datetime` attribute or JSON-LD date as an ISO string the model accepts, else null. */
export function isoFromAttr(raw: string | null | undefined): string | null {
  const text = (raw ?? '').trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    // a time without an offset ("2026-09-15T10:00:00", common in JSON-LD) is read as UTC: the engine
    // would read it in the machine's zone, so the same page would give a different date per browser
    const t = Date.parse(/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text) ? `${text}Z` : text);
    return Number.isNaN(t) ? null : new Date(t).toISOString();
  }
  return null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// "26 Sep' 26", "26 Sep'26", "26 Sep 2026", "26 September, 2026", "26 Sep"
const DAY_MONTH = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?\s*,?\s*(?:['’]\s*(\d{2})\b|(\d{4})\b|(\d{2})\b)?/i;
// "Sep 26, 2026", "September 26 2026"
const MONTH_DAY = /\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(\d{4})?\b/i;

/**
 * An apply-by date such as Internshala's "26 Sep' 26" (day, month, two-digit year) as `YYYY-MM-DD`.
 * Without a year, the next such day on or after `now` (a deadline lies ahead).
 */
export function parseDeadline(raw: string, now: Date): string | null {
  const text = squash(raw);
  return isoFromAttr(text) ?? parseDay(text, now, 'future');
}

function parseDay(text: string, now: Date, missingYear: 'past' | 'future'): string | null {
  let day: number;
  let month: number;
  let year: number | null = null;
  const dm = DAY_MONTH.exec(text);
  const md = dm ? null : MONTH_DAY.exec(text);
  if (dm) {
    day = Number(dm[1]);
    month = monthIndex(dm[2]!);
    const y = dm[3] ?? dm[5];
    year = y ? 2000 + Number(y) : dm[4] ? Number(dm[4]) : null;
  } else if (md) {
    month = monthIndex(md[1]!);
    day = Number(md[2]);
    year = md[3] ? Number(md[3]) : null;
  } else {
    return isoFromAttr(text.match(/\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?/)?.[0]);
  }
  if (month < 0 || day < 1 || day > 31) return null;
  if (year === null) {
    year = now.getUTCFullYear();
    const candidate = Date.UTC(year, month, day);
    if (missingYear === 'future' && candidate < now.getTime() - DAY) year += 1;
    if (missingYear === 'past' && candidate > now.getTime() + DAY) year -= 1;
  }
  const date = new Date(Date.UTC(year, month, day));
  if (date.getUTCMonth() !== month) return null;
  return date.toISOString().slice(0, 10);
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}
