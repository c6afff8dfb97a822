import type { Skill } from './types.ts';

/** A skill as stored in taxonomy.json: `weak` lists spellings that are also ordinary words and need evidence. */
export interface TaxonomySkill extends Skill {
  weak?: string[];
  /**
   * For a name that is an everyday word in most postings ("Epic"): words of the skill's own field, one of which
   * must sit near a weak spelling before it counts; other skills nearby or a cue are not enough there.
   */
  context?: string[];
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
