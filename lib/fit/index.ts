import type { CareerPlan, FitReport, Posting } from '../model';
import type { SkillEngine } from '../skills/types';
import { getSkillEngine } from '../skills';
import { scorePosting as score } from './score';

export { SCORER_VERSION } from './version';
export { planVersion, canonicalPlan } from './plan-version';
export { readTitle } from './roles';
export { yearlyInr, formatMoney } from './pay';
export { plainEngine } from './plain-engine';

/**
 * Scores `posting` against `plan`: a pure function of its arguments. `now` stands in for the clock
 * (deadlines, posting age); `engine` finds skills in the text (defaults to the shipped taxonomy).
 */
export function scorePosting(plan: CareerPlan, posting: Posting, now: Date, engine?: SkillEngine): FitReport {
  return score(plan, posting, now, engine ?? getSkillEngine());
}
