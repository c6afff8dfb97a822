import type { EmploymentType, Workplace } from '../model';
import { squash } from './text';

/** Workplace from a short label or chip ("Hybrid", "Remote", "Work from home", "On-site", "TELECOMMUTE"). */
export function parseWorkplace(raw: string): Workplace | null {
  const text = squash(raw);
  if (/\bhybrid\b/i.test(text)) return 'hybrid';
  if (/\bremote(ly)?\b|\bwork[- ]from[- ](home|anywhere)\b|\bwfh\b|\btelecommute\b/i.test(text)) return 'remote';
  if (/\bon[- ]?site\b|\bin[- ]office\b|\bwork from office\b|\bwfo\b|\boffice[- ]based\b/i.test(text)) return 'onsite';
  return null;
}

const TEMPORARY = /^\s*(for the (first|initial)|initially|until|till|during (the )?(training|probation|onboarding)|for now)\b/i;

/**
 * Workplace inferred from a description, only from phrases that state it outright: a passing
 * "remote" ("not a remote role", "remote teams") must not mark a posting remote.
 */
export function inferWorkplace(description: string): Workplace | null {
  if (/\b(this is|is a|it's a) hybrid\b|\bhybrid (role|position|model|work|working|setup|arrangement)\b/i.test(description)) return 'hybrid';
  if (/\b(not|non)[- ](a )?remote\b/i.test(description)) return null;
  const m = /\b(fully|100%|completely) remote\b|\bremote[- ](first|role|position|job|opportunity)\b|\bwork from (home|anywhere)\b/i.exec(description);
  // "remote for the first month, then in our office", "work from home until the office opens": for a while only
  if (m && !TEMPORARY.test(description.slice(m.index + m[0].length, m.index + m[0].length + 40))) return 'remote';
  return null;
}

/**
 * Employment type from a label ("Full-time", "Full Time, Permanent", "Part time", "Internship",
 * "Contract", JSON-LD `FULL_TIME` / `INTERN` / `CONTRACTOR`, possibly a list).
 */
export function parseEmploymentType(raw: string | readonly string[]): EmploymentType | null {
  // a list names the main type first (JSON-LD ["FULL_TIME", "CONTRACTOR"])
  if (Array.isArray(raw)) {
    for (const item of raw) {
      const type = parseEmploymentType(String(item));
      if (type) return type;
    }
    return null;
  }
  const text = squash(String(raw)).replace(/_/g, ' ');
  if (/\bintern(ship)?s?\b/i.test(text)) return 'internship';
  if (/\bpart[- ]?time\b/i.test(text)) return 'part-time';
  if (/\bcontract(or|ual)?\b|\bfreelance\b/i.test(text)) return 'contract';
  if (/\btemp(orary)?\b|\bseasonal\b/i.test(text)) return 'temporary';
  if (/\bfull[- ]?time\b|\bpermanent\b/i.test(text)) return 'full-time';
  return null;
}
