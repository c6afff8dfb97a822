import type { CareerPlan, FitReport, Posting } from '../model';
import type { SkillEngine } from '../skills/types';
import { plainEngine } from './plain-engine';
import { scorePosting as score } from './score';

export { SCORER_VERSION } from './version';
export { planVersion, canonicalPlan } from './plan-version';
export { readTitle } from './roles';
export { yearlyInr, formatMoney } from './pay';

/**
 * Scores `posting` against `plan`: a pure function of its arguments. `now` stands in for the clock
 * (deadlines, posting age); `engine` finds skills in the text (defaults to the plain engine, which only
 * compares the page's skill list and the plan's own words).
 */
export function scorePosting(plan: CareerPlan, posting: Posting, now: Date, engine: SkillEngine = plainEngine): FitReport {
  return score(plan, posting, now, engine);
}
