import { readFileSync } from 'node:fs';
import type { SkillCategory } from '../../../lib/skills/types.ts';

export interface SourceName {
  name: string;
  category: SkillCategory;
  /** extra spellings derived from the name (acronym, name without vendor) */
  variants: string[];
  /** O*NET flags it a Hot Technology: well known, ranked first by `suggest` */
  hot?: boolean;
  /** how many O*NET occupations list it */
  uses?: number;
  /** the name without the source's qualifier ("Ruby (computer programming)"): joins a curated skill of that name, even a weak one */
  joins?: string;
  /** a broader curated skill that knowing this one implies (a network monitor → networking) */
  family?: string;
  /** the name without its vendor ("Google Calendar" → "Calendar"): often an everyday word on its own */
  shortForms?: string[];
}

/** O*NET commodity classes whose members each imply a broader curated skill. */
const FAMILY: [RegExp, string][] = [
  [/^Network security/, 'network-security'],
  [/^(Network monitoring|Switch or router|LAN software|WAN switching|Network operat|Optical network|Software defined networking|Network connectivity)/, 'networking'],
  [/^(Transaction security and virus|Cloud-based protection or security|Authentication server)/, 'cybersecurity'],
  [/^(Business intelligence and data analysis|Data mining)/, 'data-analysis'],
  [/^Spreadsheet/, 'spreadsheets-basic'],
  [/^Web page creation/, 'web-development'],
  [/^Cloud-based management/, 'cloud-computing'],
  [/^Operating system/, 'operating-systems'],
  [/^Program testing/, 'software-testing'],
  [/^Data base management system/, 'database-design'],
];

const CATEGORY: [RegExp, SkillCategory][] = [
  [/^(Data base|Object oriented data base)/, 'database'],
  [/security|virus|Authentication/i, 'security'],
  [/Program testing/, 'testing'],
  [/^Mobile/, 'mobile'],
  [/Analytical or scientific|Business intelligence|Data mining|Categorization|Expert system/, 'data-ml'],
  [/Configuration management|Cloud-based|Application server|Enterprise system management|Clustering|Filesystem|Storage networking|File versioning|Backup/, 'cloud-devops'],
  [/Operating system|Network|Switch or router|LAN software|Internet directory|WAN|Platform interconnectivity|Helpdesk|Communications server|Internet protocol|Device drivers/, 'it-networking'],
  [/development|Compiler|Web platform/i, 'framework'],
  [/Graphics|Computer aided design|Video creation|Desktop publishing|Web page creation|Music or sound|Map creation|Pattern design|Charting/, 'design'],
  [/Spreadsheet|Word processing|Office suite|Presentation|Electronic mail|Calendar|Accounting|Financial analysis|Enterprise resource|Customer relationship|Project management|Video conferencing|Instant messaging|Desktop communications|Document management|Time accounting|Human resources|Sales and marketing|Inventory|Procurement|Point of sale|Tax preparation/, 'office-analytics'],
];

const VENDORS = [
  'Microsoft', 'Adobe', 'Atlassian', 'Apache', 'Google', 'Amazon', 'Amazon Web Services', 'IBM', 'Oracle', 'Autodesk',
  'Dassault Systemes', 'The MathWorks', 'Intuit', 'Cisco', 'Apple', 'Bentley', 'ESRI', 'Trimble', 'SAP', 'Red Hat',
  'Salesforce', 'VMware', 'Eclipse', 'Facebook', 'Meta', 'Corel', 'Epic Systems', 'Minitab', 'Sage', 'Hewlett Packard',
  'HP', 'Citrix', 'Symantec', 'McAfee', 'Novell', 'Siemens', 'Wolfram Research', 'Alphabet',
];

function category(commodity: string): SkillCategory {
  for (const [re, cat] of CATEGORY) if (re.test(commodity)) return cat;
  return 'tool';
}

/**
 * "Structured query language SQL", "JavaServer Pages JSP": a trailing capitalised word is an acronym only when its
 * letters occur in the name in order. Otherwise it is the last word of the name ("DHI MIKE
 * URBAN", "Visual Paradigm DB Visual ARCHITECT") or a product of the vendor ("Microsoft ASP.NET").
 */
function abbreviates(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^A-Za-z]/g, '').toUpperCase();
  const inName = name.replace(/[^A-Za-z]/g, '').toUpperCase();
  let k = 0;
  for (const c of inName) if (c === letters[k]) k++;
  return k === letters.length;
}

/** Spellings a posting would use for an O*NET example name: without "software", vendor, trailing acronym. */
export function variantsOf(name: string): { label: string; variants: string[]; shortForms: string[] } {
  let base = name.replace(/\s+software$/i, '').trim();
  const variants: string[] = [];
  const shortForms: string[] = [];
  const acr = /^(.{4,}?)\s+([A-Z][A-Z0-9/.+-]{1,9})$/.exec(base);
  if (acr && acr[2]!.replace(/[^A-Z]/g, '').length >= 2 && abbreviates(acr[2]!, acr[1]!)) {
    base = acr[1]!;
    variants.push(acr[2]!);
  }
  if (base !== name) variants.push(base);
  for (const v of VENDORS.sort((a, b) => b.length - a.length)) {
    if (base.startsWith(v + ' ') && base.length - v.length > 3) {
      variants.push(base.slice(v.length + 1));
      shortForms.push(base.slice(v.length + 1));
      break;
    }
  }
  return { label: base, variants, shortForms };
}

/** O*NET 29.2 Technology Skills examples worth matching in postings: hot, in demand, or used by 2+ occupations. */
export function readOnet(path: string): SourceName[] {
  const rows = readFileSync(path, 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
  const seen = new Map<string, { commodity: string; count: number; wanted: boolean; hot: boolean }>();
  for (const [, example, , commodity, hot, demand] of rows) {
    if (!example || !commodity) continue;
    const s = seen.get(example) ?? { commodity, count: 0, wanted: false, hot: false };
    s.count++;
    s.wanted ||= hot === 'Y' || demand === 'Y';
    s.hot ||= hot === 'Y';
    seen.set(example, s);
  }
  const out: SourceName[] = [];
  for (const [name, s] of seen) {
    if (!s.wanted && s.count < 2) continue;
    const { label, variants, shortForms } = variantsOf(name);
    const family = FAMILY.find(([re]) => re.test(s.commodity))?.[1];
    out.push({ name: label, category: category(s.commodity), variants: [name, ...variants], hot: s.hot, uses: s.count, family, shortForms });
  }
  return out;
}
