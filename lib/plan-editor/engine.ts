import type { SkillEngine } from '../skills/types';

// The skill engine (lib/skills) carries the whole taxonomy; the options page loads it lazily so the
// editor shows at once and autocomplete starts when the data is ready. Without an engine the editor
// still works: skills are kept in the person's own words.

type EngineModule = { getSkillEngine(): SkillEngine | Promise<SkillEngine> };
const modules = import.meta.glob<EngineModule>('../skills/index.ts');

let pending: Promise<SkillEngine | null> | undefined;

export function loadSkillEngine(): Promise<SkillEngine | null> {
  pending ??= (async () => {
    const load = Object.values(modules)[0];
    if (!load) return null;
    try {
      return await (await load()).getSkillEngine();
    } catch (e) {
      console.warn('Steppingstone: the skill engine did not load', e);
      return null;
    }
  })();
  return pending;
}

/** The label to show for a plan skill: the taxonomy's label for an id, else the stored words. */
export function skillLabel(engine: SkillEngine | null, name: string): string {
  return engine?.skill(name)?.label ?? name;
}
