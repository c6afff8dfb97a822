/** Where in a posting a skill was mentioned, from headings and cue phrases. */
export type Section =
  | 'requirements'
  | 'nice-to-have'
  | 'responsibilities'
  | 'benefits'
  | 'about-company'
  | 'other';

/** How the posting asks for a skill. */
export type Requirement = 'required' | 'preferred' | 'not-required' | 'mentioned';

export type SkillCategory =
  | 'language'
  | 'framework'
  | 'database'
  | 'cloud-devops'
  | 'data-ml'
  | 'testing'
  | 'mobile'
  | 'design'
  | 'office-analytics'
  | 'it-networking'
  | 'security'
  | 'methodology'
  | 'soft'
  | 'certification'
  | 'tool'
  | 'domain';

export interface Skill {
  /** stable, lower-case, e.g. `javascript`, `react`, `cert-comptia-security-plus` */
  id: string;
  label: string;
  aliases: string[];
  category: SkillCategory;
  /** ids of skills this one implies (React → JavaScript) */
  implies: string[];
}

export interface SkillMatch {
  id: string;
  label: string;
  /** character offsets into the text given: text.slice(start, end) === this.text */
  start: number;
  end: number;
  text: string;
  section: Section;
  requirement: Requirement;
  /** "3+ years of Python" → 3 */
  years: number | null;
}

export interface SkillEngine {
  extract(text: string): SkillMatch[];
  skill(id: string): Skill | undefined;
  /** a user's or a page's name for a skill ("ReactJS", "ms excel") → the canonical skill */
  resolve(name: string): Skill | undefined;
  /** autocomplete: best skills for a typed prefix */
  suggest(prefix: string, limit?: number): Skill[];
  /** every id reachable through `implies`, excluding `id` itself */
  implied(id: string): string[];
  readonly size: number;
}
