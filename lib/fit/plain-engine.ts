import type { SkillEngine } from '../skills/types';

/**
 * A skill engine that knows no skills. With it the scorer still works on the page's own skill list and on
 * plan skills found verbatim in the text; used when no engine is passed and the real one is not available.
 */
export const plainEngine: SkillEngine = {
  extract: () => [],
  skill: () => undefined,
  resolve: () => undefined,
  suggest: () => [],
  implied: () => [],
  size: 0,
};
