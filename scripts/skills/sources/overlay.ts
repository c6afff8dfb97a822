import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SkillCategory } from '../../../lib/skills/types.ts';

export interface DraftSkill {
  id: string;
  label: string;
  category: SkillCategory;
  /** spelling → needs evidence */
  aliases: Map<string, boolean>;
  implies: string[];
  /** words of the field that must be near a weak spelling (see TaxonomySkill.context) */
  context?: string[];
  source: 'overlay' | 'onet' | 'esco' | 'skillspan';
  /** an O*NET Hot Technology names it */
  hot?: boolean;
  /** how many O*NET occupations list it (the most of the names that joined it) */
  uses?: number;
}

/** Parses the curated overlay (format in overlay/README.md). */
export function readOverlay(dir: string): DraftSkill[] {
  const out: DraftSkill[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    let category: SkillCategory | undefined;
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((raw, n) => {
        const line = raw.trim();
        if (!line || line.startsWith('#')) return;
        if (line.startsWith('@category ')) {
          category = line.slice(10).trim() as SkillCategory;
          return;
        }
        const [id, label, aliases = '', implies = '', context = ''] = line.split('|').map((s) => s.trim());
        if (!id || !label || !category) throw new Error(`${file}:${n + 1}: bad overlay line`);
        const map = new Map<string, boolean>([[label, false]]);
        for (const a of aliases.split(',').map((s) => s.trim()).filter(Boolean)) {
          if (a.startsWith('~')) map.set(a.slice(1), true);
          else if (!map.has(a)) map.set(a, false);
        }
        const words = context.split(/\s+/).filter(Boolean);
        out.push({ id, label, category, aliases: map, implies: implies.split(/\s+/).filter(Boolean), source: 'overlay', ...(words.length ? { context: words } : {}) });
      });
  }
  return out;
}
