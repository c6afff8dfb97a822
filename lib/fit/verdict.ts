import type { Verdict } from '../model';
import type { DealbreakerHit } from './dealbreakers';
import type { GrowthOutcome } from './growth';
import type { PracticalOutcome } from './practical';
import { SENIORITY_WORD } from './prepare-plan';
import type { SkillsOutcome } from './skills';
import { cap, listWords, withArticle } from './text';
import type { TrajectoryOutcome } from './trajectory';

// The verdict answers "career step or just a job?" from where the posting leads (trajectory.relation) and
// whether the user could do it (skills, experience). It does not come from the score alone: a well-paid
// off-plan job and a stretch on the plan can score the same and mean opposite things.
//
// Rules, in order:
//   dealbreaker  any dealbreaker hit. Nothing else matters to the user.
//   career-step  the posting is on the ladder at about the next step's level (relation `next`), the user
//                covers at least half the weighted skills (READY), and asks at most one year more than the
//                user has. Half is roughly where early-career hiring starts: most entry postings list more
//                than anyone has, and recruiters interview at 50-60% coverage. A posting that promises to
//                teach (training, a structured programme, mentorship) expects gaps, so there READY_TAUGHT, and
//                a gap the user is already learning (on their learning list) counts partly covered (see
//                readiness): the user is closing it, more so where the job pays for the learning.
//   stretch      on the ladder but not yet within reach: `next` with a skills or experience gap, `ahead`
//                (two or more levels above the next step), or a side step (`side`) that builds skills from
//                the learning list with at least some of the user's skills (SIDE_SKILLS).
//   paycheck     leads nowhere on the plan (`away`, `below`, `side` without learning, or no ladder) but is a
//                job the user could reasonably take: it meets their minimum pay, or they have the skills
//                (READY), or it is practical on every count they stated (PRACTICAL). A job that pays below
//                the user's minimum (or nothing) is not a paycheck, whatever else it has.
//   off-plan     leads nowhere on the plan and has nothing that makes it worth taking for now.
const READY = 0.5;
const READY_TAUGHT = 0.4;
const TEACHING_SIGNALS = new Set(['training', 'programme', 'mentorship']);
const SIDE_SKILLS = 0.35;
const PRACTICAL = 0.7;

export interface VerdictInput {
  dealbreakers: DealbreakerHit[];
  skills: SkillsOutcome;
  trajectory: TrajectoryOutcome;
  growth: GrowthOutcome;
  practical: PracticalOutcome;
}

/**
 * Skills coverage for the verdict. A gap on the user's learning list is one they are already closing, so it
 * counts a quarter covered; half where the posting pays for or provides the learning (training, a programme,
 * mentorship, sponsored certifications, a learning budget).
 */
function readiness(x: VerdictInput): number {
  const supports = x.growth.signals.some((k) => TEACHING_SIGNALS.has(k) || k === 'certification' || k === 'learning-budget');
  return x.skills.score + (supports ? 0.5 : 0.25) * x.skills.learningGap;
}

/** The user has the skills the posting names; a search card that names none cannot say so (its 0.5 is a guess). */
function fitsSkills(x: VerdictInput): boolean {
  return x.skills.confidence > 0 && x.skills.score >= READY;
}

export function decideVerdict(x: VerdictInput): Verdict {
  if (x.dealbreakers.length > 0) return 'dealbreaker';
  const teaches = x.growth.signals.some((k) => TEACHING_SIGNALS.has(k));
  const ready = readiness(x) >= (teaches ? READY_TAUGHT : READY) && x.practical.experienceGap <= 1;
  const payOk = x.practical.pay === 'well' || x.practical.pay === 'meets';
  const payBad = x.practical.pay === 'below' || x.practical.pay === 'unpaid';
  const doable = !payBad && (payOk || fitsSkills(x) || (x.practical.confidence > 0 && x.practical.score >= PRACTICAL));
  switch (x.trajectory.relation) {
    case 'next':
      return ready ? 'career-step' : 'stretch';
    case 'ahead':
      return 'stretch';
    case 'side':
      if (x.growth.learning.length > 0 && x.skills.score >= SIDE_SKILLS) return 'stretch';
      return doable ? 'paycheck' : 'off-plan';
    default:
      return doable ? 'paycheck' : 'off-plan';
  }
}

/** The one-line reason, in plain words, built from the same facts that decided the verdict. */
export function summarise(verdict: Verdict, x: VerdictInput): string {
  const line = summaryLine(verdict, x);
  // A closed posting is capped low; the line must say why, whatever the verdict.
  if (verdict !== 'dealbreaker' && x.practical.closed && !/closed/.test(line)) return `${line}; applications have closed`;
  return line;
}

function summaryLine(verdict: Verdict, x: VerdictInput): string {
  const t = x.trajectory;
  const target = t.rung?.title ?? '';
  const dest = t.destination?.title ?? target;
  const missingReq = x.skills.required.missing;
  const learning = x.growth.learning.map((l) => l.label);
  const problem = x.practical.problem;
  const but = problem ? `, but ${problem}` : '';
  switch (verdict) {
    case 'dealbreaker':
      return `Dealbreaker: ${x.dealbreakers[0]?.what ?? 'it matches your dealbreakers'}`;
    case 'career-step': {
      const { have: req, total: reqAll } = x.skills.required;
      // Name the strongest promise to teach: a programme, then training, then mentorship.
      const taught = (['programme', 'training', 'mentorship'] as const).find((k) => x.growth.signals.includes(k));
      // What bridges the gap, when the user has less than all: skills they are already learning, else what the
      // posting offers to teach.
      const learningMissing = missingReq.filter((m) => learning.includes(m));
      const teachNote = learningMissing.length > 0
        ? `, and ${listWords(learningMissing, 2)} ${learningMissing.length === 1 ? 'is' : 'are'} on your learning list`
        : taught && req * 2 < reqAll ? `, and it offers ${taught === 'programme' ? 'a structured programme' : taught} for the rest` : '';
      const have = reqAll === 1 ? (req === 1 ? 'you have the skill it names' : `you lack ${missingReq[0]}${teachNote}`) : reqAll > 0 && req === reqAll ? (reqAll === 2 ? 'you have both required skills' : `you have all ${reqAll} required skills`) : reqAll > 0 ? `you have ${req} of ${reqAll} required skills${teachNote}` : x.skills.matched.length > 0 ? `uses ${listWords(x.skills.matched.map((m) => m.label), 2)} you know` : 'the role fits your ladder';
      if (x.skills.confidence === 0) return `${t.rungIsNext ? `Looks like your next rung, ${target}` : `Looks like a step toward ${target}`}: the posting lists no skills to check${but}`;
      const lead = t.rungIsNext ? `Next rung toward ${target}` : `A step toward ${target}`;
      return `${lead}: ${have}${but}`;
    }
    case 'stretch': {
      if (t.relation === 'side') return `A side step toward ${dest}: builds ${listWords(learning, 2)} from your learning list${but}`;
      const gaps: string[] = [];
      if (t.relation === 'ahead' && t.seniorityGap !== null) gaps.push(`a more senior role than your next step`);
      if (x.practical.experienceGap > 1) gaps.push(`asks ${x.practical.experienceGap} more years than you have`);
      if (missingReq.length > 0) gaps.push(`you are missing ${listWords(missingReq, 2)}`);
      else if (x.skills.score < READY) gaps.push('you have few of the skills it asks for');
      // the practical problem (unpaid, a city not listed, an internship when full-time is wanted) is said too
      return `A stretch toward ${target}: ${gaps.length > 0 ? gaps.slice(0, 2).join(' and ') : 'a reach for now'}${problem ? `; also ${problem}` : ''}`;
    }
    case 'paycheck': {
      const lead =
        x.practical.pay === 'well' ? 'Pays well' : x.practical.pay === 'meets' ? 'Meets your pay' : fitsSkills(x) ? 'Fits your skills' : 'Workable';
      const noSkills = x.skills.usedCount === 0 && learning.length === 0;
      // Only a posting that names skills can be said to use none or few of the user's.
      const skillPart = lead === 'Fits your skills' || x.skills.confidence === 0 ? '' : noSkills ? 'uses none of your target skills' : x.skills.score < 0.4 ? 'uses few of your skills' : '';
      const where =
        t.relation === 'none' ? 'your plan has no target roles to compare with'
        : t.relation === 'below' ? `it is below your level${t.postingSeniority ? ` (${withArticle(SENIORITY_WORD[t.postingSeniority])} role)` : ''}`
        : t.relation === 'side' ? `it is beside your path to ${dest}, not on it`
        : `leads away from ${dest}`;
      return `${lead}, but ${skillPart ? `${skillPart} and ${where}` : where}${problem ? `, and ${problem}` : ''}`;
    }
    case 'off-plan': {
      if (t.relation === 'none') return 'Add target roles to your plan to see whether this is a career step';
      const what = t.familyLabel ? cap(t.familyLabel) : 'This role';
      const few = x.skills.confidence === 0 ? '' : x.skills.usedCount === 0 ? ' and uses none of your skills' : x.skills.score < 0.4 ? ' and uses few of your skills' : '';
      // Off-plan says what makes it not even worth it for now: usually the pay, else the practical problem.
      const lead = t.relation === 'below' ? `Below your level and off your path to ${dest}`
        : t.relation === 'side' ? `${what} beside your path to ${dest}, not on it`
        : `${what} that leads away from ${dest}`;
      return `${lead}${few}${problem ? `, and ${problem}` : ''}`;
    }
  }
}
