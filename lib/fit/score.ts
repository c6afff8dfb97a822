import type { CareerPlan, Factor, FitReport, Posting } from '../model';
import type { SkillEngine } from '../skills/types';
import { analysePostingCached } from './analyse';
import { findDealbreakers } from './dealbreakers';
import { scoreGrowth } from './growth';
import { scorePractical } from './practical';
import { preparePlan, type PreparedPlan } from './prepare-plan';
import { scoreSkills } from './skills';
import { cap, clip } from './text';
import { scoreTrajectory } from './trajectory';
import type { FactorOutcome, Reason } from './types';
import { decideVerdict, summarise } from './verdict';
import { SCORER_VERSION } from './version';

/** A dealbreaker leaves the score this low at most: below anything a person would still consider. */
const DEALBREAKER_CAP = 5;
/** A closed posting can still be read for fit, but should sort below anything one can apply to. */
const CLOSED_CAP = 40;
const MAX_REASONS = 4;
/**
 * How high a posting that asks `gap` more years than the user has can score: a role several years out is a
 * stretch, and must sort below the roles one can take now however well it pays or fits the plan (a fresher
 * sees "3-6 years" on most Naukri postings). No cap within a year; 70 at two years, 60 at three, down to 35.
 */
function experienceCap(gap: number): number {
  return gap < 2 ? 100 : Math.max(35, 90 - 10 * gap);
}

/**
 * Factor weights from the user's values (each 0-5). Skills and trajectory carry the most because they are
 * the question itself (can I do it, does it lead somewhere); growth and practical rise with what the user
 * says they care about. A factor with little evidence in the posting counts less (down to 30%), so a bare
 * search card is scored mostly on what it does show. Trajectory never weighs less than skills: for a user who
 * rates growth 0 and pay 5, a job they can already do that leads off their plan still should not catch up
 * with the next rung.
 */
function baseWeights(plan: CareerPlan): Record<FactorOutcome['name'], number> {
  const v = plan.values;
  return {
    skills: 3,
    trajectory: 3 + v.growth / 5,
    growth: 0.8 + (v.learning + v.mentorship + v.growth) / 7.5,
    practical: 1 + (v.compensation + v.flexibility + v.stability) / 7.5,
  };
}

const round3 = (n: number): number => Math.round(n * 1000) / 1000;

export function scoreWith(plan: PreparedPlan, posting: Posting, now: Date, engine: SkillEngine): FitReport {
  const analysis = analysePostingCached(posting, engine);
  const skills = scoreSkills(posting, analysis, plan);
  const trajectory = scoreTrajectory(posting, analysis, plan);
  const growth = scoreGrowth(analysis, plan);
  const practical = scorePractical(posting, analysis, plan, now);
  const dealbreakers = findDealbreakers(posting, plan);

  const outcomes: FactorOutcome[] = [skills, trajectory, growth, practical];
  const base = baseWeights(plan.plan);
  const weights = outcomes.map((o) => base[o.name] * (0.3 + 0.7 * o.confidence));
  const total = weights.reduce((a, b) => a + b, 0);
  let raw = 0;
  outcomes.forEach((o, i) => (raw += (weights[i]! / total) * o.score));
  let score = Math.round(100 * Math.min(1, Math.max(0, raw)));
  score = Math.min(score, experienceCap(practical.experienceGap));
  if (practical.closed) score = Math.min(score, CLOSED_CAP);
  if (dealbreakers.length > 0) score = Math.min(score, DEALBREAKER_CAP);

  const input = { dealbreakers, skills, trajectory, growth, practical };
  const verdict = decideVerdict(input);
  const summary = clip(summarise(verdict, input), 300);

  // Reasons: the facts that moved the final score most (their effect on their factor times the factor's
  // share), then what the report is unsure of. Ties break on the text so the order is stable.
  const ranked: Reason[] = outcomes.flatMap((o, i) => o.facts.map((f) => ({ text: f.text, impact: f.impact * (weights[i]! / total) })));
  ranked.sort((a, b) => Math.abs(b.impact) - Math.abs(a.impact) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  const reasons: string[] = [];
  if (dealbreakers.length > 0) reasons.push(...dealbreakers.map((d) => `Dealbreaker: ${d.what}`));
  if (practical.closed) reasons.push(practical.facts.find((f) => f.text.startsWith('Applications closed'))?.text ?? 'Applications have closed');
  for (const r of ranked) {
    if (reasons.length >= MAX_REASONS + dealbreakers.length) break;
    if (!reasons.includes(r.text)) reasons.push(r.text);
  }
  for (const o of outcomes) if (o.caveat && o.confidence < 0.6) reasons.push(o.caveat);

  const factors: Factor[] = outcomes.map((o, i) => ({
    name: o.name,
    score: round3(Math.min(1, Math.max(0, o.score))),
    weight: round3(weights[i]! / total),
    evidence: o.evidence,
  }));
  if (dealbreakers.length > 0) {
    factors.push({ name: 'dealbreakers', score: 0, weight: 0, evidence: dealbreakers.flatMap((d) => d.evidence).slice(0, 24) });
  }
  return {
    postingId: posting.id,
    score,
    verdict,
    summary: cap(summary),
    factors,
    matchedSkills: skills.matched,
    missingSkills: skills.missing,
    learningSkills: growth.learning,
    reasons: reasons.map((r) => clip(r, 300)),
    scorerVersion: SCORER_VERSION,
    planVersion: plan.version,
  };
}

export function scorePosting(plan: CareerPlan, posting: Posting, now: Date, engine: SkillEngine): FitReport {
  return scoreWith(preparePlan(plan, engine), posting, now, engine);
}
