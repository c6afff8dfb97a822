import type { Evidence, Posting } from '../model';
import type { PostingAnalysis } from './analyse';
import { formatMoney, fromYearlyInr, plausibleAmount, yearlyInr } from './pay';
import { isRemotePlace, placesMatch } from './places';
import type { PreparedPlan } from './prepare-plan';
import { cap, clip } from './text';
import type { FactorOutcome, Reason } from './types';

// Practical: could the user actually take this job? Place, workplace, pay against their minimum, experience
// asked, employment type, whether applications are still open, and a few traps (bonds, fees). Each part is
// scored only when both the posting and the plan say something about it; weights follow the user's values.

export type PayStatus = 'well' | 'meets' | 'partly' | 'below' | 'unpaid' | 'unknown';

export interface PracticalOutcome extends FactorOutcome {
  pay: PayStatus;
  /** years asked beyond the user's; 0 when within reach or unknown */
  experienceGap: number;
  closed: boolean;
  /** the strongest practical objection, in words that can follow "but": "it is onsite in Pune" */
  problem: string | null;
}

interface Part {
  score: number;
  weight: number;
  fact: string;
  evidence: Evidence[];
  /** counts toward confidence: the core facts (place, pay, experience, type) */
  core: boolean;
  problem?: string;
}

const DAY_MS = 86_400_000;
/** A bare deadline date is open through that day in India (UTC+05:30), where almost all these jobs are. */
const IST_END_OF_DAY_MS = DAY_MS - 5.5 * 3_600_000;

function deadlineMs(iso: string): number {
  const bare = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const t = Date.parse(bare ? `${iso}T00:00:00Z` : iso);
  return bare ? t + IST_END_OF_DAY_MS : t;
}

function yearsWord(n: number): string {
  return `${n} year${n === 1 ? '' : 's'}`;
}

export function scorePractical(posting: Posting, analysis: PostingAnalysis, plan: PreparedPlan, now: Date): PracticalOutcome {
  const { preferences: prefs, values, experienceYears } = plan.plan;
  const parts: Part[] = [];
  const placeWeight = 0.5 + values.flexibility / 5;
  const ev = (text: string): Evidence => ({ source: 'posting', text: clip(text) });
  const planEv = (text: string): Evidence => ({ source: 'plan', text: clip(text) });

  // Place and workplace.
  const remote = posting.workplace === 'remote' || (posting.locations.length > 0 && posting.locations.every(isRemotePlace));
  const where = posting.locations.join(', ');
  if (remote) {
    const ok = prefs.workplace.length === 0 || prefs.workplace.includes('remote');
    parts.push({ score: ok ? 1 : 0.7, weight: placeWeight, fact: ok ? 'Remote' : 'Remote, though you prefer an office', evidence: [ev(`Workplace: remote${where ? ` (${where})` : ''}`)], core: true });
  } else {
    if (prefs.locations.length > 0 && posting.locations.length > 0) {
      const ok = placesMatch(posting.locations, prefs.locations);
      parts.push({
        score: ok ? 1 : 0.15,
        weight: placeWeight,
        fact: ok ? `In ${where}, one of your locations` : `In ${where}, not one of your locations`,
        evidence: [ev(`Location: ${where}`), planEv(`Locations: ${prefs.locations.join(', ')}`)],
        core: true,
        ...(ok ? {} : { problem: `it is in ${posting.locations[0]}` }),
      });
    }
    if (prefs.workplace.length > 0 && posting.workplace) {
      const ok = prefs.workplace.includes(posting.workplace);
      // Hybrid is half-way for someone who wants remote; onsite is the real cost.
      const score = ok ? 1 : posting.workplace === 'hybrid' ? 0.55 : 0.2;
      parts.push({
        score,
        weight: placeWeight,
        fact: ok ? `${cap(posting.workplace)}, as you prefer` : `${cap(posting.workplace)}, but you prefer ${prefs.workplace.join(' or ')}`,
        evidence: [ev(`Workplace: ${posting.workplace}`), planEv(`Workplace: ${prefs.workplace.join(', ')}`)],
        core: true,
        ...(ok ? {} : { problem: `it is ${posting.workplace}` }),
      });
    }
  }

  // Pay against the minimum, compared per year in INR; shown in the user's own period.
  let pay: PayStatus = 'unknown';
  const min = prefs.minPay;
  const unpaidText = analysis.cautions.find((c) => c.kind === 'unpaid');
  if (min && min.amount > 0) {
    const minYear = yearlyInr(min);
    const p = posting.pay;
    const hi = p ? (p.max ?? p.min) : null;
    const lo = p ? (p.min ?? p.max) : null;
    const payWeight = 0.5 + values.compensation / 2.5;
    const minText = formatMoney(min.amount, min.currency, min.period);
    if (p && hi !== null && lo !== null && minYear !== null) {
      const hiYear = yearlyInr({ amount: hi, currency: p.currency, period: p.period });
      const midYear = yearlyInr({ amount: (hi + lo) / 2, currency: p.currency, period: p.period });
      if (hiYear !== null && midYear !== null) {
        const shown = fromYearlyInr(midYear, min.currency, min.period);
        const their = formatMoney(plausibleAmount((hi + lo) / 2, p.currency, p.period), p.currency, p.period);
        const inYours = shown !== null && (p.period !== min.period || p.currency !== min.currency) ? ` (about ${formatMoney(shown, min.currency, min.period)})` : '';
        const said = `${their}${inYours}`;
        let score: number;
        if (hiYear === 0) {
          pay = 'unpaid';
          score = 0;
        } else if (midYear >= minYear * 1.25) {
          pay = 'well';
          score = 1;
        } else if (midYear >= minYear) {
          pay = 'meets';
          score = 1;
        } else if (hiYear >= minYear) {
          pay = 'partly';
          score = 0.75;
        } else {
          pay = 'below';
          score = Math.max(0, (hiYear / minYear - 0.5) * 2);
        }
        const fact = {
          well: `Pays ${said}, well above your minimum of ${minText}`,
          meets: `Pays ${said}, ${midYear > minYear ? 'above' : 'equal to'} your minimum of ${minText}`,
          partly: `Pays ${said}: only the top of the range reaches your minimum of ${minText}`,
          below: `Pays ${said}, below your minimum of ${minText}`,
          unpaid: 'Unpaid',
          unknown: '',
        }[pay];
        // Like a gap of many years, pay far below the minimum is close to disqualifying: its weight grows with
        // the shortfall, so a perfect city and job type cannot outvote a stipend of half what the user needs.
        const shortfall = pay === 'below' || pay === 'unpaid' ? Math.min(1, Math.max(0, 1 - hiYear / minYear)) : 0;
        parts.push({
          score, weight: payWeight * (1 + 2 * shortfall), fact, core: true,
          evidence: [ev(`Pay: ${their}`), planEv(`Minimum pay: ${minText}`)],
          ...(pay === 'below' || pay === 'unpaid' ? { problem: pay === 'unpaid' ? 'it is unpaid' : 'it pays below your minimum' } : {}),
        });
      }
    } else if (!p && unpaidText) {
      pay = 'unpaid';
      parts.push({ score: 0, weight: payWeight * 3, fact: 'Unpaid', core: true, evidence: [unpaidText.evidence], problem: 'it is unpaid' });
    }
  }

  // Experience asked against the user's.
  let experienceGap = 0;
  const x = analysis.experience;
  if (x && (x.min !== null || x.max !== null)) {
    const asked = x.min ?? 0;
    experienceGap = Math.max(0, asked - experienceYears);
    const g = experienceGap;
    let score = g <= 0 ? 1 : g <= 1 ? 0.75 : g <= 2 ? 0.5 : g <= 3 ? 0.3 : 0.1;
    let fact = g > 0 ? `Asks ${asked}+ years of experience; you have ${experienceYears}` : `Asks ${x.min ?? 0}${x.max !== null ? `-${x.max}` : '+'} years; you have ${experienceYears}`;
    if (x.max !== null && experienceYears > x.max + 3) {
      score = 0.6;
      fact = `Asks at most ${yearsWord(x.max)}; you have ${experienceYears}`;
    }
    // A gap of many years is close to disqualifying, so its weight grows with the gap instead of being
    // outvoted by good pay and a good city.
    parts.push({
      score, weight: Math.min(4, 1 + Math.max(0, g - 1) / 2), fact, core: true,
      evidence: [ev(`Experience: ${x.min ?? 0}${x.max !== null ? `-${x.max}` : '+'} years${x.fromText ? ' (from the description)' : ''}`), planEv(`Your experience: ${yearsWord(experienceYears)}`)],
      ...(g >= 2 ? { problem: `it asks ${asked}+ years` } : {}),
    });
  }

  // Employment type.
  if (prefs.employmentTypes.length > 0 && posting.employmentType) {
    const ok = prefs.employmentTypes.includes(posting.employmentType);
    parts.push({
      score: ok ? 1 : 0.25,
      weight: 0.5 + values.stability / 5,
      fact: ok ? `${cap(posting.employmentType)}, as you want` : `${cap(posting.employmentType)}, not ${prefs.employmentTypes.join(' or ')}`,
      evidence: [ev(`Type: ${posting.employmentType}`), planEv(`Employment types: ${prefs.employmentTypes.join(', ')}`)],
      core: true,
      ...(ok ? {} : { problem: `it is ${posting.employmentType === 'internship' ? 'an' : 'a'} ${posting.employmentType} job` }),
    });
  }

  // Open or closed, fresh or stale.
  let closed = false;
  if (posting.deadline) {
    const end = deadlineMs(posting.deadline);
    if (Number.isFinite(end) && end < now.getTime()) {
      closed = true;
      parts.push({ score: 0, weight: 3, fact: `Applications closed on ${posting.deadline.slice(0, 10)}`, evidence: [ev(`Apply by ${posting.deadline.slice(0, 10)}`)], core: false, problem: 'applications have closed' });
    } else if (Number.isFinite(end) && end - now.getTime() < 3 * DAY_MS) {
      parts.push({ score: 1, weight: 0.2, fact: `Closes soon: apply by ${posting.deadline.slice(0, 10)}`, evidence: [ev(`Apply by ${posting.deadline.slice(0, 10)}`)], core: false });
    }
  }
  if (posting.postedAt && !closed) {
    const age = Math.floor((now.getTime() - Date.parse(posting.postedAt)) / DAY_MS);
    if (Number.isFinite(age) && age > 30) {
      parts.push({ score: age > 60 ? 0.3 : 0.6, weight: 0.5, fact: `Posted ${age} days ago; it may be filled`, evidence: [ev(`Posted ${posting.postedAt.slice(0, 10)}`)], core: false });
    }
  }

  for (const c of analysis.cautions) {
    if (c.kind === 'unpaid') continue;
    // A fee to join is the classic fake-job pattern; a bond ties the user down, which matters to whoever
    // values flexibility; commission-only pay is a pay problem.
    const weight = c.kind === 'fee' ? 2 : c.kind === 'bond' ? 0.5 + values.flexibility / 5 : 0.5 + values.compensation / 5;
    parts.push({ score: c.kind === 'fee' ? 0 : 0.15, weight, fact: `Mentions ${c.label}`, evidence: [c.evidence], core: false, problem: `it mentions ${c.label}` });
  }

  const core = parts.filter((p) => p.core).length;
  const confidence = Math.min(1, core / 3);
  let score = 0.5;
  let wsum = 0;
  let ssum = 0;
  for (const p of parts) {
    wsum += p.weight;
    ssum += p.weight * p.score;
  }
  if (wsum > 0) score = ssum / wsum;
  const worst = [...parts].filter((p) => p.problem).sort((a, b) => a.score - b.score || b.weight - a.weight)[0];
  const facts: Reason[] = parts.map((p) => ({ text: p.fact, impact: (p.score - 0.6) * (p.weight / Math.max(wsum, 1)) * 1.5 }));
  return {
    name: 'practical',
    score,
    confidence,
    evidence: parts.flatMap((p) => p.evidence).slice(0, 24),
    facts,
    caveat: core === 0 ? 'The posting says little about place, pay, experience or job type.' : null,
    pay,
    experienceGap,
    closed,
    problem: closed ? 'applications have closed' : (worst?.problem ?? null),
  };
}
