import type { FitReport, Verdict } from '../model';

export interface SkillGap {
  id: string;
  label: string;
  /** postings on your path that ask for it */
  postings: number;
  /** of those, how many require it (rather than prefer it) */
  required: number;
  /** already on your learning list */
  learning: boolean;
  /** a priority in 0-1: how much learning it would open up */
  priority: number;
}

/** Postings that lead somewhere on the plan; gaps elsewhere (paycheck, off-plan) do not steer learning. */
const ON_PATH: ReadonlySet<Verdict> = new Set<Verdict>(['career-step', 'stretch']);

/**
 * What to learn next: the skills the postings on your path ask for and you lack, most asked first,
 * required counting double. Learning-list skills are marked, not boosted: the data should speak.
 */
export function skillGaps(reports: FitReport[], learning: ReadonlySet<string>, limit = 12): SkillGap[] {
  const onPath = reports.filter((r) => ON_PATH.has(r.verdict));
  const byId = new Map<string, SkillGap>();
  for (const report of onPath) {
    const seen = new Set<string>();
    for (const skill of report.missingSkills) {
      if (seen.has(skill.id)) continue;
      seen.add(skill.id);
      const gap = byId.get(skill.id) ?? { id: skill.id, label: skill.label, postings: 0, required: 0, learning: learning.has(skill.id), priority: 0 };
      gap.postings++;
      if (skill.required) gap.required++;
      byId.set(skill.id, gap);
    }
  }
  const total = Math.max(1, onPath.length);
  const gaps = [...byId.values()];
  for (const g of gaps) g.priority = Math.min(1, (g.postings + g.required) / (2 * total));
  return gaps.sort((a, b) => b.priority - a.priority || b.postings - a.postings || a.label.localeCompare(b.label)).slice(0, limit);
}
