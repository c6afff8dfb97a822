import type { Evidence, SkillRef } from '../model';
import type { PostingAnalysis } from './analyse';
import type { PreparedPlan } from './prepare-plan';
import type { SignalKind } from './signals';
import { clip, listWords } from './text';
import type { FactorOutcome, Reason } from './types';

// Growth: would the job grow the user? Two halves: skills from their learning list that the job would use,
// and the posting's own signs of a career (mentorship, training, a programme, a promotion path, a PPO).

export interface GrowthOutcome extends FactorOutcome {
  learning: SkillRef[];
  signals: SignalKind[];
}

/** Two learning-list skills in one job is already a lot of new ground; more adds little. */
const LEARNING_ENOUGH = 2;
/** Signals needed for a full score: three distinct kinds (e.g. mentorship, training, a PPO). */
const SIGNALS_ENOUGH = 3;

export function scoreGrowth(analysis: PostingAnalysis, plan: PreparedPlan): GrowthOutcome {
  const { values } = plan.plan;
  const learning: SkillRef[] = [];
  const evidence: Evidence[] = [];
  for (const s of analysis.skills) {
    // A skill that builds on a learning-list skill counts: scikit-learn is machine learning in practice.
    const via = plan.learning.has(s.id) ? undefined : s.implies.find((id) => plan.learning.has(id));
    if (!plan.learning.has(s.id) && via === undefined) continue;
    learning.push({ id: s.id, label: s.label, required: s.required, ...(via ? { via: plan.learning.get(via)! } : {}) });
    evidence.push(s.evidence);
  }
  const facts: Reason[] = [];
  let signalPoints = 0;
  for (const sig of analysis.signals) {
    // How much a user cares about mentorship (0-5) scales that signal; a PPO is worth more to an intern
    // than any single perk because it is the next rung itself.
    const points = sig.kind === 'mentorship' ? 0.4 + values.mentorship / 5 : sig.kind === 'conversion' ? 1.5 : 1;
    signalPoints += points;
    evidence.push(sig.evidence);
  }
  const signalScore = analysis.hasDescription ? Math.min(1, signalPoints / SIGNALS_ENOUGH) : 0.3;
  const learnScore = Math.min(1, learning.length / LEARNING_ENOUGH);
  const hasLearning = plan.learning.size > 0;
  const lw = 1 + values.learning / 5;
  const sw = 1 + (values.growth + values.mentorship) / 10;
  const score = hasLearning ? (lw * learnScore + sw * signalScore) / (lw + sw) : signalScore;

  if (learning.length > 0) facts.push({ text: `Uses ${listWords(learning.map((l) => l.label))} from your learning list`, impact: 0.3 + 0.2 * learnScore });
  else if (hasLearning && analysis.skills.length > 0) facts.push({ text: 'Uses nothing from your learning list', impact: -0.2 });
  if (analysis.signals.length > 0) facts.push({ text: `Mentions ${listWords(analysis.signals.map((s) => s.label))}`, impact: 0.2 + 0.3 * Math.min(1, signalPoints / SIGNALS_ENOUGH) });
  else if (analysis.hasDescription) facts.push({ text: 'No sign of mentorship, training or a growth path in the text', impact: -0.25 });
  if (hasLearning) evidence.push({ source: 'plan', text: clip(`Want to learn: ${[...plan.learning.values()].join(', ')}`) });
  return {
    name: 'growth',
    score,
    confidence: analysis.hasDescription ? 1 : 0.3,
    evidence: evidence.slice(0, 24),
    facts,
    caveat: analysis.hasDescription ? null : 'No description: mentorship, training and growth path are unknown.',
    learning,
    signals: analysis.signals.map((s) => s.kind),
  };
}
