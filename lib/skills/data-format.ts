import type { Skill } from './types.ts';

/** A skill as stored in taxonomy.json: `weak` lists spellings that are also ordinary words and need evidence. */
export interface TaxonomySkill extends Skill {
  weak?: string[];
  /**
   * how well known, for ranking suggestions: 2 if curated by hand, +1 if an O*NET Hot Technology, plus the share
   * of O*NET occupations (up to 999, over 1000) that list it
   */
  known?: number;
}

export interface TaxonomyFile {
  attribution: string[];
  skills: TaxonomySkill[];
}
