import type { Evidence, Posting } from '../model';
import { companyTokens, descriptorKind, type DealbreakerCompany, type PreparedPlan } from './prepare-plan';
import { clip, quoteAround, type Found } from './text';

// Dealbreakers: a company or a keyword the user never wants. Company names match as whole words after
// dropping legal suffixes ("Acme" matches "Acme Technologies Pvt. Ltd." but not "Acmecorp"), whatever the
// spacing ("TalentHunt" is "Talent Hunt") and whichever form of a descriptor ("Consultants" is "Consulting");
// keywords match as whole phrases anywhere the posting speaks (title, company, description, listed skills).
// How a keyword is searched for (plurals, "X only", overnight hours) is decided in dealbreakerPattern.

export interface DealbreakerHit {
  /** "Acme is on your list of companies to avoid" */
  what: string;
  evidence: Evidence[];
}

/**
 * Whether the posting's company is `c`. The name's words run together must equal a run of whole words on the
 * page, so spacing does not matter but "Acme" stays out of "Acmecorp". Descriptors the user wrote may be
 * missing from the page, but another word in their place means another firm: "Tata Consultancy Services"
 * is not "Tata Motors", nor "Tata Technologies".
 */
function isCompany(company: readonly string[], c: DealbreakerCompany): boolean {
  const name = c.tokens.join('');
  for (let i = 0; i < company.length; i++) {
    let run = '';
    for (let j = i; j < company.length && run.length < name.length; j++) {
      run += company[j];
      if (run === name && trailingFits(company, j + 1, c.trailing)) return true;
    }
  }
  return false;
}

function trailingFits(company: readonly string[], at: number, trailing: readonly string[]): boolean {
  for (let k = 0; k < trailing.length && at + k < company.length; k++) {
    if (descriptorKind(company[at + k]!) !== trailing[k]) return false;
  }
  return true;
}

// "No night shift", "without any bond", "Night shift: not required" rule the thing out: a posting that says
// so is the opposite of a dealbreaker. So do "no bond or security deposit" (a "no" carries across "or", not
// across "and" or a comma: "No experience needed, bond of 2 years" still has a bond), "we do not have any
// bond" and "bond-free". Only these plain forms count; "must not mind night shifts" does not, and neither
// does "candidates who do not sign a bond", which is a bond.
const NEGATED_BEFORE = new RegExp(
  '(?:^|[^\\p{L}\\p{N}])(?:' +
    '(?:no|without(?: any)?|zero|never|non|nil)[\\s\\-]+(?:(?:[\\p{L}]+[\\s\\-]+){1,3}n?or[\\s\\-]+)?' +
    '|(?:do(?:es)?\\s+not|don[\'’]?t|doesn[\'’]?t|will\\s+not|won[\'’]?t|need\\s+not)\\s+' +
    '(?:have|require|ask\\s+for|charge|take|collect|involve|need|(?:have|need)\\s+to\\s+(?:sign|pay))\\s+(?:(?:any|a|an)\\s+)?' +
    ')(?:[\\p{L}]+[\\s\\-]+)?$',
  'iu',
);
const NEGATED_AFTER = /^\s*(?:(?:(?:is|are|will be)\s+)?not\s+(?:required|applicable|involved|needed|expected)|[:\-–]\s*(?:no|none|nil|not applicable|n\/a)(?![\p{L}])|-?free(?![\p{L}])(?!\s+of\b))/iu;

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
    if (isCompany(company, c)) {
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
      // Only a night-shift keyword finds hours ("9 PM - 6 AM"), and "it mentions 9 PM - 6 AM" would not say why.
      const hours = /\d/.test(inDescription.text) && !/\d/.test(k.raw);
      const what = hours ? `its hours, “${inDescription.text}”, run overnight` : `it mentions “${inDescription.text}”`;
      hits.push({ what, evidence: [{ source: 'posting', text: clip(q.text), start: q.start, end: q.end }, plan_] });
      continue;
    }
    const elsewhere = [posting.title, posting.company, ...posting.listedSkills].find((t) => k.pattern.test(t));
    if (elsewhere !== undefined) hits.push({ what: `it mentions “${k.raw.trim()}”`, evidence: [{ source: 'posting', text: clip(elsewhere) }, plan_] });
  }
  return hits;
}
