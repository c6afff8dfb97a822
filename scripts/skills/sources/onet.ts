import { readFileSync } from 'node:fs';
import type { SkillCategory } from '../../../lib/skills/types.ts';

export interface SourceName {
  name: string;
  category: SkillCategory;
  /** extra spellings derived from the name (acronym, name without vendor) */
  variants: string[];
}

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

/** Spellings a posting would use for an O*NET example name: without "software", vendor, trailing acronym. */
export function variantsOf(name: string): { label: string; variants: string[] } {
  let base = name.replace(/\s+software$/i, '').trim();
  const variants: string[] = [];
  const acr = /^(.{4,}?)\s+([A-Z][A-Z0-9/.+-]{1,9})$/.exec(base);
  if (acr && acr[2]!.replace(/[^A-Z]/g, '').length >= 2) {
    base = acr[1]!;
    variants.push(acr[2]!);
  }
  if (base !== name) variants.push(base);
  for (const v of VENDORS.sort((a, b) => b.length - a.length)) {
    if (base.startsWith(v + ' ') && base.length - v.length > 3) {
      variants.push(base.slice(v.length + 1));
      break;
    }
  }
  return { label: base, variants };
}

/** O*NET 29.2 Technology Skills examples worth matching in postings: hot, in demand, or used by 2+ occupations. */
export function readOnet(path: string): SourceName[] {
  const rows = readFileSync(path, 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
  const seen = new Map<string, { commodity: string; count: number; hot: boolean }>();
  for (const [, example, , commodity, hot, demand] of rows) {
    if (!example || !commodity) continue;
    const s = seen.get(example) ?? { commodity, count: 0, hot: false };
    s.count++;
    s.hot ||= hot === 'Y' || demand === 'Y';
    seen.set(example, s);
  }
  const out: SourceName[] = [];
  for (const [name, s] of seen) {
    if (!s.hot && s.count < 2) continue;
    const { label, variants } = variantsOf(name);
    out.push({ name: label, category: category(s.commodity), variants: [name, ...variants] });
  }
  return out;
}
