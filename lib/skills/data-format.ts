import type { Skill } from './types.ts';

/** A skill as stored in taxonomy.json: `weak` lists spellings that are also ordinary words and need evidence. */
export interface TaxonomySkill extends Skill {
  weak?: string[];
}

export interface TaxonomyFile {
  attribution: string[];
  skills: TaxonomySkill[];
}
