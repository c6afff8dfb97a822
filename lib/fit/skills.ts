import type { Evidence, Posting, SkillRef } from '../model';
import type { PostingAnalysis, PostingSkill } from './analyse';
import type { PreparedPlan } from './prepare-plan';
import { clip, findFirst, fold, listWords, quoteAround } from './text';
import type { FactorOutcome, Reason } from './types';

// Skills: how much of what the posting asks for the user already has. Required skills weigh twice preferred
// ones, so a required gap costs more. Credit is partial for what is near: knowing React covers most of
// JavaScript; knowing JavaScript is half-way to React; Vue is a sibling of React.

const CREDIT = { implied: 0.9, named: 0.7, parent: 0.5, sibling: 0.4, category: 0.2 } as const;
/** Below this a close skill earns credit but is not named as the reason ("via"): same-category is too loose. */
const VIA_SHOWN = 0.4;
/**
 * "Close" skills above this count as matched; at or below it they are gaps with a hint of what is near.
 * Knowing the parent alone (Python for pandas, Java for Hibernate, BLS for ACLS) earns credit but is no match:
 * the skill is still one to learn.
 */
const MATCHED = 0.5;
// Categories too broad for "same category" to mean close (two soft skills or two domains share little).
const LOOSE_CATEGORIES = new Set(['soft', 'domain', 'methodology', 'certification', 'tool', 'office-analytics']);

interface Credit {
  credit: number;
  via?: string;
}

function levelCredit(level: number): number {
  return Math.min(1, 0.55 + 0.15 * level);
}

function creditFor(s: PostingSkill, plan: PreparedPlan): Credit {
  let best: Credit = { credit: 0 };
  const offer = (credit: number, via?: string): void => {
    if (credit > best.credit) best = via === undefined || credit < VIA_SHOWN ? { credit } : { credit, via };
  };
  const own = plan.skills.get(s.id);
  if (own) {
    // Fewer years than the posting asks still counts, but not fully: 1 of 3 years asked earns about 73%.
    const years = s.years && own.years < s.years ? 0.6 + (0.4 * own.years) / s.years : 1;
    offer(levelCredit(own.level) * years);
  }
  if (best.credit >= 1) return best;
  // A more specific name for a skill the user has ("SQL queries" for SQL), where the taxonomy does not link
  // them. One-letter names (R, C) would match too much ("R&D").
  const words = ` ${fold(s.label)} `;
  for (const mine of plan.skills.values()) {
    if (mine.id !== s.id && mine.words.length > 1 && words.includes(` ${mine.words} `)) offer(CREDIT.named, mine.label);
  }
  if (!s.known) return best;
  const impliedVia = plan.impliedBy.get(s.id);
  if (impliedVia) offer(CREDIT.implied, plan.skills.get(impliedVia)?.label);
  for (const parent of s.implies) {
    const mine = plan.skills.get(parent);
    if (mine) offer(CREDIT.parent, mine.label);
    const sibling = plan.impliedBy.get(parent);
    if (sibling && sibling !== s.id) offer(CREDIT.sibling, plan.skills.get(sibling)?.label);
  }
  if (s.category && !LOOSE_CATEGORIES.has(s.category)) {
    const near = plan.categories.get(s.category);
    if (near && near !== s.id) offer(CREDIT.category, plan.skills.get(near)?.label);
  }
  return best;
}

/** Plan skills the taxonomy does not know, found verbatim in the description (the user's own words). */
function freeTextSkills(posting: Posting, analysis: PostingAnalysis, plan: PreparedPlan): PostingSkill[] {
  const description = posting.description ?? '';
  if (!description) return [];
  const out: PostingSkill[] = [];
  for (const s of plan.skills.values()) {
    if (!s.pattern || analysis.skills.some((p) => p.id === s.id)) continue;
    const f = findFirst(description, s.pattern);
    if (!f) continue;
    const q = quoteAround(description, f.start, f.end);
    out.push({
      id: s.id,
      label: s.label,
      required: false,
      weight: 0.75,
      evidence: { source: 'posting', text: clip(q.text), start: q.start, end: q.end },
      years: null,
      known: false,
      category: null,
      implies: [],
    });
  }
  return out;
}

export interface SkillsOutcome extends FactorOutcome {
  matched: SkillRef[];
  missing: SkillRef[];
  /** non-soft posting skills the user has (directly or through a close skill): 0 means "uses none of your skills" */
  usedCount: number;
  /** required, non-soft skills: how many the posting asks for and how many the user has (reasons and summary agree) */
  required: { have: number; total: number; missing: string[] };
  /** share of the skills weight (0-1) in gaps the user is already learning (on their learning list) */
  learningGap: number;
}

export function scoreSkills(posting: Posting, analysis: PostingAnalysis, plan: PreparedPlan): SkillsOutcome {
  // Free-text finds always earn full credit: a skill added this way can only raise coverage, never lower it.
  const free = freeTextSkills(posting, analysis, plan);
  const all = [...analysis.skills, ...free];
  const matched: SkillRef[] = [];
  const missing: SkillRef[] = [];
  const evidence: Evidence[] = [];
  let got = 0;
  let total = 0;
  let learningGot = 0;
  let reqTotal = 0;
  let reqHave = 0;
  const reqMissing: string[] = [];
  for (const s of all) {
    const { credit, via } = free.includes(s) ? { credit: 1, via: undefined } : creditFor(s, plan);
    const w = s.weight * (s.required ? 2 : 1) * (s.category === 'soft' ? 0.4 : 1);
    got += w * credit;
    total += w;
    const ref: SkillRef = {
      id: s.id, label: s.label, required: s.required, ...(via ? { via } : {}), ...(s.mentions?.length ? { mentions: s.mentions } : {}),
    };
    if (credit > MATCHED) {
      matched.push(ref);
      evidence.push(s.evidence);
    } else {
      missing.push(ref);
      if (plan.learning.has(s.id) || s.implies.some((id) => plan.learning.has(id))) learningGot += w * (1 - credit);
    }
    if (s.required && s.category !== 'soft') {
      reqTotal++;
      if (credit > MATCHED) reqHave++;
      else reqMissing.push(s.label);
    }
  }
  missing.sort((a, b) => Number(b.required) - Number(a.required));

  // Confidence counts only what the posting itself names, so it cannot move with the plan.
  const named = analysis.skills.length;
  const confidence = Math.min(1, named / 4);
  const facts: Reason[] = [];
  let caveat: string | null = null;
  let score: number;
  if (total === 0) {
    score = 0.5;
    caveat = analysis.hasDescription
      ? 'The posting names no skills we recognise, so the skills match is a guess.'
      : 'Only a search card: no description or skill list to compare your skills with.';
  } else {
    score = got / total;
    if (named < 3) caveat = `The skills match rests on only ${named === 1 ? 'one named skill' : `${named} named skills`}.`;
    if (reqTotal > 0 && reqMissing.length === 0) facts.push({ text: reqTotal === 1 ? 'You have the one skill it names' : reqTotal === 2 ? 'You have both required skills' : `You have all ${reqTotal} required skills`, impact: score - 0.5 });
    else if (reqTotal > 0) {
      facts.push({
        text: `You have ${reqHave} of ${reqTotal} required skills${reqMissing.length ? ` (missing ${listWords(reqMissing)})` : ''}`,
        impact: score - 0.5,
      });
    } else if (matched.length > 0) facts.push({ text: `Uses ${listWords(matched.map((m) => m.label))} from your skills`, impact: score - 0.5 });
    else facts.push({ text: 'Uses none of the skills in your plan', impact: score - 0.5 });
  }
  for (const s of plan.skills.values()) {
    if (matched.some((m) => m.id === s.id || m.via === s.label)) evidence.push({ source: 'plan', text: clip(`${s.label} (level ${s.level})`) });
  }
  return {
    name: 'skills',
    score,
    confidence,
    evidence: evidence.slice(0, 24),
    facts,
    caveat,
    matched,
    missing,
    usedCount: all.filter((s) => s.category !== 'soft' && matched.some((m) => m.id === s.id)).length,
    required: { have: reqHave, total: reqTotal, missing: reqMissing },
    learningGap: total > 0 ? learningGot / total : 0,
  };
}
