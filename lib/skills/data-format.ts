import type { Skill } from './types.ts';

/** A skill as stored in taxonomy.json: `weak` lists spellings that are also ordinary words and need evidence. */
export interface TaxonomySkill extends Skill {
  weak?: string[];
  /**
   * how well known, for ranking suggestions: 2 if curated by hand, +1 if an O*NET Hot Technology, plus a fraction
   * below 1 from how many O*NET occupations list it (per 1000) and how many skills imply it (per 100)
   */
  known?: number;
}

export interface TaxonomyFile {
  attribution: string[];
  skills: TaxonomySkill[];
}
