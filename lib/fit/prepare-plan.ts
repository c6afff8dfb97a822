import { SENIORITIES, type CareerPlan, type Seniority } from '../model';
import type { SkillCategory, SkillEngine } from '../skills/types';
import { readTitle, SENIORITY_RANK, seniorityForExperience } from './roles';
import { canonicalJson, canonicalPlan, versionOfJson } from './plan-version';
import { fold, phrasePattern } from './text';

// The plan turned into lookups the scorer needs for every posting: resolved skill ids, the ladder with role
// families, compiled dealbreaker patterns. Built once per (engine, plan) and reused across postings.

export interface KnownSkill {
  id: string;
  label: string;
  level: number;
  years: number;
  known: boolean;
  category: SkillCategory | null;
  /** for skills the taxonomy does not know: the user's words, searched for in the description */
  pattern: RegExp | null;
  /** the label folded, to spot more specific names of it ("sql" in "sql queries") */
  words: string;
}

export interface Rung {
  title: string;
  seniority: Seniority;
  horizon: string;
  family: string | null;
  index: number;
}

export interface PreparedPlan {
  plan: CareerPlan;
  version: string;
  skills: Map<string, KnownSkill>;
  /** id → the plan skill that implies it (React → javascript: via react) */
  impliedBy: Map<string, string>;
  /** category → a plan skill in it, for partial credit to close skills */
  categories: Map<SkillCategory, string>;
  learning: Map<string, string>;
  ladder: Rung[];
  /** seniority ranks of the step the user is taking now: rungs for now or within a year, else where their
   * experience puts them and the first rung */
  nextRanks: number[];
  dealbreakerCompanies: DealbreakerCompany[];
  dealbreakerKeywords: { raw: string; pattern: RegExp }[];
}

export interface DealbreakerCompany {
  raw: string;
  /** the name without legal filler or trailing descriptors: "TalentHunt Consultants" → ["talenthunt"] */
  tokens: string[];
  /** the descriptors dropped from the end, as kinds: "TalentHunt Consultants" → ["consult"] */
  trailing: string[];
}

// Legal and filler words that differ between how a company is written on a page and in a user's list.
const COMPANY_FILLER = new Set(['pvt', 'private', 'ltd', 'limited', 'inc', 'llc', 'llp', 'plc', 'corp', 'corporation', 'co', 'company', 'gmbh', 'the', 'pte', 'sa', 'ag', 'bv']);

export function companyTokens(name: string): string[] {
  // Apostrophes vanish rather than split a word: "BYJU'S", "Byju’s" and "Byjus" are one company.
  return fold(name.replace(/['’‘`]/g, '')).replace(/\./g, ' ').split(' ').filter((t) => t && !COMPANY_FILLER.has(t));
}

// Words that describe what a firm does rather than name it, grouped so that the ways one firm is written
// ("Consultants" on the user's list, "Consultancy" or "Consulting" on the page) count as the same word.
const DESCRIPTOR_KINDS: [RegExp, string][] = [
  [/^consult(?:ants?|anc(?:y|ies)|ing)$/, 'consult'],
  [/^services?$/, 'service'],
  [/^solutions?$/, 'solution'],
  [/^(?:technolog(?:y|ies)|tech)$/, 'tech'],
  [/^recruit(?:ers?|ment|ing)$/, 'recruit'],
];

export function descriptorKind(token: string): string | null {
  for (const [re, kind] of DESCRIPTOR_KINDS) if (re.test(token)) return kind;
  return null;
}

function dealbreakerCompany(raw: string): DealbreakerCompany {
  const tokens = companyTokens(raw);
  let core = tokens.length;
  while (core > 1 && descriptorKind(tokens[core - 1]!) !== null) core--;
  // Spaces go too: "TalentHunt" and "Talent Hunt" are one firm; the matcher still compares whole words.
  return { raw, tokens: tokens.slice(0, core), trailing: tokens.slice(core).map((t) => descriptorKind(t)!) };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Between the words of a keyword: spaces, hyphens, slashes or nothing, so "night shift" finds "night-shift"
// and "Nightshift".
const GAP = '[\\s\\-_/]*';
const SPACE = '[\\s\\-_/]+';
const ONLY = /^(?:only|purely|solely|strictly)$/i;
const ONLY_WORDS = '(?:only|purely|solely|strictly)';
// A shift that runs past midnight: "9 PM - 6 AM", "9:30pm to 6:30am", "21:00 - 06:00". Any PM start with an
// AM end crosses midnight; an end of exactly 12 AM stops at it. 24-hour times need the colon (so years and
// plain numbers never match) and an evening start, to stay clear of other number ranges.
const H12 = '(?:1[0-2]|0?[1-9])(?:[:.][0-5]\\d)?\\s*';
const TO = '\\s*(?:-|–|—|to|till|until)\\s*';
const OVERNIGHT = `(?<![\\p{N}:.])(?:${H12}p\\.?m\\.?${TO}(?!12(?:[:.]00)?\\s*a)${H12}a\\.?m\\.?|(?:1[89]|2[0-3]):[0-5]\\d(?:\\s*hrs)?${TO}(?!00?:00)0?\\d:[0-5]\\d)(?!\\p{N})`;

/**
 * How a dealbreaker keyword is searched for. Single words match exactly: "bond" (a service bond) must not find
 * "government bonds", a different thing. A phrase may take a plural on its last word ("night shifts",
 * "registration fees"), where the plural is the same thing. "X only" also finds "only X", "purely X",
 * "X-only" and "X based only": a person who avoids commission-only pay avoids it however it is worded. Other
 * phrases keep their order; letting any two words match in either order or a few words apart finds
 * "service level agreement" for "service agreement" and "Mumbai based target audience" for "target based".
 */
export function dealbreakerPattern(raw: string): RegExp | null {
  let words = raw.trim().split(/[\s\-_/]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return null;
  const onlyAt = words.length >= 2 ? [0, words.length - 1].find((i) => ONLY.test(words[i]!)) : undefined;
  if (onlyAt !== undefined) words = words.filter((_, i) => i !== onlyAt);
  const last = words[words.length - 1]!;
  const plural = words.length > 1;
  const stem = plural && /[^s]s$/i.test(last) && last.length > 3 ? last.slice(0, -1) : last;
  const body = [...words.slice(0, -1), stem].map(escapeRegExp).join(GAP) + (plural ? '(?:e?s)?' : '');
  const alternatives: string[] = [];
  if (onlyAt !== undefined) {
    const basis = `(?:${SPACE}(?:based|basis))?`;
    alternatives.push(`${body}${basis}${SPACE}${ONLY_WORDS}`, `(?<!\\bnot${SPACE})${ONLY_WORDS}${SPACE}(?:on${SPACE}(?:an?${SPACE})?)?${body}${basis}`);
  } else {
    alternatives.push(body);
  }
  if (/^nightshifts?$/i.test(words.join(''))) alternatives.push(OVERNIGHT);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

function prepare(plan: CareerPlan, engine: SkillEngine, version: string): PreparedPlan {
  const skills = new Map<string, KnownSkill>();
  for (const s of plan.skills) {
    const sk = engine.skill(s.name) ?? engine.resolve(s.name);
    const id = sk?.id ?? fold(s.name);
    if (!id) continue;
    const prev = skills.get(id);
    // Listing a skill twice keeps the stronger entry: adding a skill must never lower a score.
    skills.set(id, {
      id,
      label: sk?.label ?? s.name.trim(),
      level: Math.max(s.level, prev?.level ?? 0),
      years: Math.max(s.years, prev?.years ?? 0),
      known: sk !== undefined,
      category: sk?.category ?? null,
      pattern: sk ? null : phrasePattern(s.name),
      words: fold(sk?.label ?? s.name),
    });
  }
  const impliedBy = new Map<string, string>();
  const categories = new Map<SkillCategory, string>();
  for (const s of skills.values()) {
    if (!s.known) continue;
    for (const id of engine.implied(s.id)) if (!impliedBy.has(id)) impliedBy.set(id, s.id);
    if (s.category && !categories.has(s.category)) categories.set(s.category, s.id);
  }
  const learning = new Map<string, string>();
  for (const name of plan.learning) {
    const sk = engine.skill(name) ?? engine.resolve(name);
    const id = sk?.id ?? fold(name);
    if (id && !learning.has(id)) learning.set(id, sk?.label ?? name.trim());
  }
  const ladder = plan.targetRoles.map((r, index) => ({
    title: r.title,
    seniority: r.seniority,
    horizon: r.horizon,
    family: readTitle(r.title).family,
    index,
  }));
  const soon = ladder.filter((r) => r.horizon === 'now' || r.horizon === '1y');
  // A ladder that starts years out (only "CTO in 10y") says nothing about the next step; experience does.
  const nextRanks = soon.length > 0
    ? soon.map((r) => SENIORITY_RANK[r.seniority])
    : [SENIORITY_RANK[seniorityForExperience(plan.experienceYears)], ...ladder.slice(0, 1).map((r) => SENIORITY_RANK[r.seniority])];
  return {
    plan,
    version,
    skills,
    impliedBy,
    categories,
    learning,
    ladder,
    nextRanks,
    dealbreakerCompanies: plan.dealbreakers.companies.map(dealbreakerCompany).filter((c) => c.tokens.length > 0),
    dealbreakerKeywords: plan.dealbreakers.keywords.flatMap((raw) => {
      const pattern = dealbreakerPattern(raw);
      return pattern ? [{ raw, pattern }] : [];
    }),
  };
}

const caches = new WeakMap<SkillEngine, Map<string, PreparedPlan>>();
const CACHE_LIMIT = 50;

/** The prepared form of `plan`, shared by every call with an equal plan (in any list order). */
export function preparePlan(plan: CareerPlan, engine: SkillEngine): PreparedPlan {
  const json = canonicalJson(plan);
  let cache = caches.get(engine);
  if (!cache) {
    cache = new Map();
    caches.set(engine, cache);
  }
  const hit = cache.get(json);
  if (hit) return hit;
  const fresh = prepare(canonicalPlan(plan), engine, versionOfJson(json));
  if (cache.size >= CACHE_LIMIT) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(json, fresh);
  return fresh;
}

export const SENIORITY_WORD: Record<Seniority, string> = Object.fromEntries(
  SENIORITIES.map((s) => [s, s === 'entry' ? 'entry-level' : s === 'mid' ? 'mid-level' : s]),
) as Record<Seniority, string>;
