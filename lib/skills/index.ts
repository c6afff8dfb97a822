import type { TaxonomyFile } from './data-format.ts';
import taxonomy from './data/taxonomy.json' with { type: 'json' };
import { createSkillEngine } from './engine.ts';
import type { SkillEngine } from './types.ts';

export { createSkillEngine } from './engine.ts';
export type { TaxonomyFile, TaxonomySkill } from './data-format.ts';
export type * from './types.ts';

let engine: SkillEngine | undefined;

/** The shipped engine, compiled on first use (a few ms) and shared after. */
export function getSkillEngine(): SkillEngine {
  engine ??= createSkillEngine((taxonomy as TaxonomyFile).skills);
  return engine;
}
