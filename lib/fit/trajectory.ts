import type { Evidence, Posting, Seniority } from '../model';
import type { PostingAnalysis } from './analyse';
import type { PreparedPlan, Rung } from './prepare-plan';
import { SENIORITY_WORD } from './prepare-plan';
import { family, familyCloseness, SENIORITY_RANK } from './roles';
import { cap, clip, fold, withArticle } from './text';
import type { FactorOutcome, Reason } from './types';

// Trajectory: does this posting move the user up their own ladder? The next rung scores best; later rungs
// still count (a reach), neighbouring families count half (a side step); a role far below where the user
// stands, or in a family none of their rungs is in, scores low.

/**
 * How the posting sits against the ladder, used by the verdict:
 * next  — a target family at about the seniority of the step the user is taking now or next;
 * ahead — a target family, two or more levels above that step;
 * below — two or more levels below it;
 * side  — a neighbouring family;
 * away  — no target family near it;
 * none  — the plan has no ladder to compare with.
 */
export type Relation = 'next' | 'ahead' | 'below' | 'side' | 'away' | 'none';

export interface TrajectoryOutcome extends FactorOutcome {
  relation: Relation;
  /** the rung this posting serves best */
  rung: Rung | null;
  /** true when that rung is one the user is taking now or within a year */
  rungIsNext: boolean;
  /** where the plan leads: the first rung 3+ years out, else the last */
  destination: Rung | null;
  /** posting seniority minus the nearest next-step rung's; null when the posting does not say */
  seniorityGap: number | null;
  familyLabel: string | null;
  postingSeniority: Seniority | null;
}

// Discount for rungs further out: the next one is the step to take; a 10-year rung is a direction.
const HORIZON_DISCOUNT = [1, 0.92, 0.75, 0.6, 0.5];

function seniorityFit(gap: number | null): number {
  if (gap === null) return 0.75;
    // One level up is a normal next step (entry → junior), one down wastes a little; two levels either way is
  // a different job.
  const table: Record<string, number> = { '0': 1, '1': 0.8, '-1': 0.65, '2': 0.4, '-2': 0.3 };
  return table[String(gap)] ?? 0.12;
}

// Words that say nothing about the kind of work: dropped before comparing titles word by word. Rank words
// (director, VP, chief) are seniority, not a field: "Enterprise Sales Director" shares nothing with
// "Director of Engineering".
const TITLE_NOISE = new Set(['senior', 'sr', 'junior', 'jr', 'intern', 'trainee', 'lead', 'head', 'associate', 'executive', 'i', 'ii', 'iii', 'and', 'of', 'the', 'for', 'to', 'in', 'a', 'fresher', 'entry', 'level', 'remote', 'hybrid', 'manager', 'specialist', 'engineer', 'developer', 'analyst', 'director', 'vp', 'vice', 'president', 'chief', 'officer', 'principal', 'staff', 'assistant']);
function titleWords(title: string): Set<string> {
  return new Set(fold(title).split(' ').filter((w) => w && !TITLE_NOISE.has(w)));
}

/** Family closeness, or for titles outside every family, word overlap between the titles. */
function closeness(postingTitle: string, postingFamily: string | null, rung: Rung): number {
  if (postingFamily && rung.family) return familyCloseness(postingFamily, rung.family);
  const a = titleWords(postingTitle);
  const b = titleWords(rung.title);
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const overlap = shared / Math.min(a.size, b.size);
  return overlap >= 0.99 ? 1 : overlap >= 0.5 ? 0.5 : 0;
}

function rankOf(s: Seniority | null): number | null {
  return s === null ? null : SENIORITY_RANK[s];
}

export function scoreTrajectory(posting: Posting, analysis: PostingAnalysis, plan: PreparedPlan): TrajectoryOutcome {
  const ladder = plan.ladder;
  const fam = analysis.title.family;
  const familyLabel = fam ? (family(fam)?.label ?? null) : null;
  // Where the plan leads, for "leads away from …": the first rung three or more years out (the role the user
  // is building toward), not the 10-year dream, which is too far off to steer by.
  const destination = ladder.find((r) => r.horizon !== 'now' && r.horizon !== '1y') ?? ladder[ladder.length - 1] ?? null;
  const postingEvidence: Evidence = { source: 'posting', text: clip(posting.title || '(no title)') };
  if (ladder.length === 0) {
    return {
      name: 'trajectory', score: 0.5, confidence: 0, evidence: [postingEvidence], facts: [],
      caveat: 'Your plan has no target roles yet, so where this job leads is not scored.',
      relation: 'none', rung: null, rungIsNext: false, destination: null, seniorityGap: null, familyLabel, postingSeniority: analysis.seniority,
    };
  }
  const rank = rankOf(analysis.seniority);
  // The step the user is taking (plan.nextRanks), whichever of its levels is nearer the posting's.
  const nextSteps = ladder.filter((r) => r.horizon === 'now' || r.horizon === '1y');
  let seniorityGap: number | null = null;
  if (rank !== null) {
    for (const next of plan.nextRanks) {
      const gap = rank - next;
      if (seniorityGap === null || Math.abs(gap) < Math.abs(seniorityGap)) seniorityGap = gap;
    }
  }

  let best = 0;
  let bestRung: Rung = ladder[0]!;
  let famBest = 0;
  for (const r of ladder) {
    const c = closeness(posting.title, fam, r);
    famBest = Math.max(famBest, c);
    const gap = rank === null ? null : rank - SENIORITY_RANK[r.seniority];
    const s = c * seniorityFit(gap) * (HORIZON_DISCOUNT[Math.min(r.index, HORIZON_DISCOUNT.length - 1)] ?? 0.5);
    // On a tie, the rung at the posting's own seniority is the one it serves.
    if (s > best + 1e-9 || (s > 0 && Math.abs(s - best) <= 1e-9 && gap === 0)) {
      best = s;
      bestRung = r;
    }
  }
  // A role in a later rung's family at the level of the user's next step ("Data Scientist Intern" for a
  // student heading for Data Scientist) is on the way there, even though no single rung matches it.
  const onTheWay = famBest * seniorityFit(seniorityGap) * 0.9;
  if (onTheWay > best) {
    best = onTheWay;
    bestRung = ladder.find((r) => closeness(posting.title, fam, r) === famBest) ?? bestRung;
  }

  let relation: Relation;
  if (famBest === 0) relation = 'away';
  else if (seniorityGap !== null && seniorityGap <= -2) relation = 'below';
  else if (famBest < 1) relation = 'side';
  else if (seniorityGap !== null && seniorityGap >= 2) relation = 'ahead';
  else relation = 'next';
  // A reach is named after the rung of its own kind: a Senior Data Analyst posting is a stretch toward the
  // Data Analyst rung, even when a neighbouring rung (Data Scientist, mid) happened to score higher. Of
  // those rungs, the one nearest the posting's level.
  if ((relation === 'ahead' || relation === 'next') && closeness(posting.title, fam, bestRung) < famBest) {
    let nearest: Rung | null = null;
    for (const r of ladder) {
      if (closeness(posting.title, fam, r) < famBest) continue;
      const d = rank === null ? r.index : Math.abs(rank - SENIORITY_RANK[r.seniority]);
      const dn = nearest === null ? Infinity : rank === null ? nearest.index : Math.abs(rank - SENIORITY_RANK[nearest.seniority]);
      if (d < dn) nearest = r;
    }
    if (nearest) bestRung = nearest;
  }

  const score = Math.max(0.05, Math.min(1, best));
  const rungText = `${bestRung.title} (${bestRung.horizon})`;
  const destText = destination?.title ?? bestRung.title;
  const facts: Reason[] = [];
  const level = analysis.seniority ? SENIORITY_WORD[analysis.seniority] : null;
  switch (relation) {
    case 'next':
      facts.push({ text: nextSteps.includes(bestRung) ? `Matches your next rung, ${bestRung.title}` : `On your way to ${bestRung.title}, at the level of your next step`, impact: score - 0.5 });
      break;
    case 'ahead':
      facts.push({ text: `${cap(withArticle(level ?? 'senior'))} role: ${seniorityGap} levels above the step you are taking now`, impact: score - 0.5 });
      break;
    case 'below':
      facts.push({ text: `${cap(withArticle(level ?? 'junior'))} role: below the level you are aiming for`, impact: score - 0.5 });
      break;
    case 'side':
      facts.push({ text: `${cap(familyLabel ?? 'A related role')}, next to your path toward ${destText}`, impact: score - 0.5 });
      break;
    case 'away':
      facts.push({ text: `Leads away from ${destText}: ${familyLabel ?? 'a role outside your target roles'}`, impact: score - 0.5 });
      break;
  }
  let caveat: string | null = null;
  let confidence = 1;
  if (!fam) {
    confidence = 0.5;
    caveat = `The title "${clip(posting.title, 80)}" does not say clearly what kind of role this is.`;
  } else if (analysis.seniority === null) {
    confidence = 0.7;
    caveat = 'The posting does not say how senior the role is.';
  }
  return {
    name: 'trajectory',
    score,
    confidence,
    evidence: [
      postingEvidence,
      relation === 'away'
        ? { source: 'plan', text: clip(`Your ladder: ${ladder.map((r) => `${r.title} (${r.horizon})`).join(' → ')}`) }
        : { source: 'plan', text: clip(`Target role: ${rungText}`) },
    ],
    facts,
    caveat,
    relation,
    rung: bestRung,
    rungIsNext: nextSteps.includes(bestRung),
    destination,
    seniorityGap,
    familyLabel,
    postingSeniority: analysis.seniority,
  };
}
