import type { Evidence, Posting } from '../model';
import { companyTokens, type PreparedPlan } from './prepare-plan';
import { clip, quoteAround, type Found } from './text';

// Dealbreakers: a company or a keyword the user never wants. Company names match as whole words after
// dropping legal suffixes ("Acme" matches "Acme Technologies Pvt. Ltd." but not "Acmecorp"); keywords match
// as whole phrases anywhere the posting speaks (title, company, description, listed skills).

export interface DealbreakerHit {
  /** "Acme is on your list of companies to avoid" */
  what: string;
  evidence: Evidence[];
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

// "No night shift", "without any bond", "Night shift: not required" rule the thing out: a posting that says
// so is the opposite of a dealbreaker. Only these plain forms count; "must not mind night shifts" does not.
const NEGATED_BEFORE = /(?:^|[^\p{L}\p{N}])(?:no|without(?: any)?|zero|never|non|nil)[\s\-]+(?:[\p{L}]+[\s\-]+)?$/iu;
const NEGATED_AFTER = /^\s*(?:(?:is|are|will be)\s+)?(?:not\s+(?:required|applicable|involved|needed|expected)|[:\-–]\s*(?:no|none|nil|not applicable|n\/a)(?![\p{L}]))/iu;

/** The first mention of `pattern` in `text` that the text does not itself rule out. */
function firstAffirmed(text: string, pattern: RegExp): Found | null {
  const re = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}g`);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (!NEGATED_BEFORE.test(before) && !NEGATED_AFTER.test(after)) return { text: m[0], start: m.index, end: m.index + m[0].length };
    if (m[0].length === 0) re.lastIndex++;
  }
  return null;
}

export function findDealbreakers(posting: Posting, plan: PreparedPlan): DealbreakerHit[] {
  const hits: DealbreakerHit[] = [];
  const company = companyTokens(posting.company);
  for (const c of plan.dealbreakerCompanies) {
    if (containsRun(company, c.tokens)) {
      hits.push({
        what: `${posting.company} is on your list of companies to avoid`,
        evidence: [{ source: 'posting', text: clip(`Company: ${posting.company}`) }, { source: 'plan', text: clip(`Avoid company: ${c.raw}`) }],
      });
    }
  }
  const description = posting.description ?? '';
  for (const k of plan.dealbreakerKeywords) {
    const plan_: Evidence = { source: 'plan', text: clip(`Avoid keyword: ${k.raw}`) };
    const inDescription = description ? firstAffirmed(description, k.pattern) : null;
    if (inDescription) {
      const q = quoteAround(description, inDescription.start, inDescription.end);
      hits.push({ what: `it mentions “${inDescription.text}”`, evidence: [{ source: 'posting', text: clip(q.text), start: q.start, end: q.end }, plan_] });
      continue;
    }
    const elsewhere = [posting.title, posting.company, ...posting.listedSkills].find((t) => k.pattern.test(t));
    if (elsewhere !== undefined) hits.push({ what: `it mentions “${k.raw.trim()}”`, evidence: [{ source: 'posting', text: clip(elsewhere) }, plan_] });
  }
  return hits;
}
