import type { Seniority, TargetRole } from '../model';
import { family, readTitle } from '../fit/roles';
import { SENIORITY_LABELS } from './labels';

// How the scorer will read a rung's title (lib/fit/roles.ts), shown beside the rung so the person sees
// what their words mean to the score before any posting is scored.

export interface RungReading {
  /** "a data analysis role", or null when no family matches (postings are then compared by title words) */
  family: string | null;
  /** the seniority the title itself names when it differs from the one chosen */
  titleSeniority: Seniority | null;
}

export function readRung(role: TargetRole): RungReading | null {
  if (!role.title.trim()) return null;
  const read = readTitle(role.title);
  return {
    family: read.family ? (family(read.family)?.label ?? null) : null,
    titleSeniority: read.seniority && read.seniority !== role.seniority ? read.seniority : null,
  };
}

export function seniorityWord(s: Seniority): string {
  return SENIORITY_LABELS[s];
}

/** Common first rungs and destinations for the people Steppingstone is for, offered as suggestions. */
export const ROLE_SUGGESTIONS: readonly string[] = [
  'Data Analyst Intern', 'Data Analyst', 'Business Analyst', 'Data Scientist', 'Data Engineer', 'ML Engineer', 'ML Lead',
  'Frontend Developer', 'Junior Frontend Developer', 'Full Stack Developer', 'Backend Developer', 'Software Engineer',
  'Android Developer', 'QA Engineer', 'DevOps Engineer', 'Cloud Engineer', 'UI/UX Designer', 'Product Manager',
  'IT Support Engineer', 'System Administrator', 'Network Engineer', 'SOC Analyst', 'Security Analyst',
  'Security Engineer', 'Security Architect', 'Digital Marketing Executive', 'Content Writer', 'HR Executive',
  'Accountant', 'Financial Analyst', 'Sales Executive', 'Customer Success Manager', 'Project Manager',
];
