import { createSkillEngine } from '../../../lib/skills/engine.ts';
import type { TaxonomySkill } from '../../../lib/skills/data-format.ts';
import { looseKey } from '../../../lib/skills/normalize.ts';
import { readConll, spaced, spansOf, tokenRange } from './skillspan.ts';

/**
 * Runs the engine on the SkillSpan *train* split and returns the spellings that, matched in running text, are
 * rarely what annotators call a skill ("development", "backend", "cloud": under `threshold` of `min`+ matches).
 * Marking them weak makes them count only in lists of skills, where they are.
 */
export function rarelySkills(skills: TaxonomySkill[], trainPath: string, min = 3, threshold = 0.4): Map<string, string> {
  const sentences = readConll(trainPath);
  const engine = createSkillEngine(skills);
  const stats = new Map<string, { n: number; hit: number; id: string }>();
  for (const s of sentences) {
    const { text, starts } = spaced(s.tokens);
    const gold = new Set(spansOf(s.knowledge).map(([a, b]) => `${a}:${b}`));
    for (const m of engine.extract(text)) {
      const range = tokenRange(starts, s.tokens, m.start, m.end);
      const key = looseKey(m.text);
      const e = stats.get(key) ?? { n: 0, hit: 0, id: m.id };
      e.n++;
      if (range && gold.has(range)) e.hit++;
      stats.set(key, e);
    }
  }
  const out = new Map<string, string>();
  for (const [key, e] of stats) if (e.n >= min && e.hit / e.n < threshold) out.set(key, e.id);
  return out;
}
