import type { Seniority } from '../model';
import { fold } from './text';

// Role families and seniority read from job titles. Titles are short and formulaic ("Sr. Data Analyst",
// "Frontend Developer Intern", "SOC Analyst L1"), so ordered patterns over the folded title are enough and
// stay explainable. Order matters: the first family whose pattern matches wins, so specific families come
// before the generic ones they overlap ("data entry" before "data analyst", "security engineer" before
// "software engineer").

export interface RoleFamily {
  id: string;
  /** how the family reads in a sentence: "a sales role" */
  label: string;
  pattern: RegExp;
  /** families one step away: a side step between them keeps most of what was built */
  near: readonly string[];
}

const w = (alternatives: string): RegExp => new RegExp(`(?:^|\\s)(?:${alternatives})(?=\\s|$)`);

export const FAMILIES: readonly RoleFamily[] = [
  // First: "HR Operations Executive" is an HR job, not operations.
  { id: 'hr', label: 'an HR role', pattern: w('hr|hrbp|human resources?|recruiter|talent acquisition|recruitment|people operations|people partner'), near: [] },
  // Before software ("Medical Coder" is no programmer) and before the seniority words ("Staff Nurse").
  { id: 'healthcare', label: 'a healthcare role', pattern: w('nurse|nursing|gnm|anm|medical coder|medical coding|pharmacist|physiotherapist|lab technician|medical officer|doctor|physician'), near: [] },
  { id: 'operations', label: 'an operations / data entry role', pattern: w('data entry|security guard|(?<!information |cyber )security officer|security supervisor|housekeeping|driver|delivery|back office|backoffice|operations executive|operations associate|typist|computer operator'), near: ['customer-support'] },
  // Managing engineers is its own job, whatever stack the team works in: "Engineering Manager - Backend" is a
  // step up for a tech lead, not a back-end role.
  { id: 'engineering-management', label: 'an engineering management role', pattern: w('engineering manager|software development manager|head of engineering|director of engineering|engineering director|vp (?:of )?engineering|vice president (?:of )?engineering|cto|chief technology officer'), near: ['software', 'backend', 'frontend', 'fullstack', 'project'] },
  { id: 'security', label: 'a security role', pattern: w('security|cyber ?security|cybersecurity|ciso|soc|infosec|penetration|pen ?tester|pentest(?:er)?|ethical hacker|vapt|grc|threat|incident response|vulnerability|siem|malware|forensics?|appsec|devsecops'), near: ['sysadmin-network', 'devops-cloud', 'it-support'] },
  { id: 'data-science', label: 'a data science role', pattern: w('data scientist|data science|machine learning|ml|ai|ai ?/ ?ml|ml ?/ ?ai|artificial intelligence|deep learning|nlp|computer vision|mlops|applied scientist|research scientist|llm|generative ai|genai'), near: ['data-analysis', 'data-engineering'] },
  { id: 'data-engineering', label: 'a data engineering role', pattern: w('data engineer|data engineering|data architect|etl|big data|analytics engineer|data warehouse|databricks|spark developer|hadoop'), near: ['data-science', 'data-analysis', 'backend'] },
  { id: 'data-analysis', label: 'a data analysis role', pattern: w('data analyst|data analytics|business intelligence|bi analyst|bi developer|bi engineer|power ?bi|tableau developer|analytics|mis analyst|mis executive|reporting analyst|insights? analyst|data visuali[sz]ation|product analyst|marketing analyst|quantitative analyst|research analyst|sql analyst'), near: ['data-science', 'data-engineering', 'business-analysis'] },
  { id: 'business-analysis', label: 'a business analysis role', pattern: w('business analyst|business analysis|functional analyst|functional consultant|systems analyst'), near: ['data-analysis', 'product', 'project'] },
  // Research and customer success are distinct jobs from the design and support work they grow out of: a
  // Graphic Designer role is not a step toward UX Researcher, nor a voice process toward Customer Success.
  { id: 'ux-research', label: 'a UX research role', pattern: w('ux research(?:er)?|user research(?:er)?|design research(?:er)?|usability (?:analyst|researcher|specialist)|research ?ops'), near: ['design', 'product'] },
  // Making graphics is not designing products: a Graphic Designer job is a side step for a UI/UX plan.
  { id: 'graphic-design', label: 'a graphic design role', pattern: w('graphic designer|graphics designer|graphic design|visual designer|social media designer|communication designer|motion designer|motion graphics|print designer|packaging designer|illustrator|video editor'), near: ['design', 'marketing'] },
  { id: 'design', label: 'a design role', pattern: w('ui ?/ ?ux|ux ?/ ?ui|ux|ui designer|product designer|interaction designer|web designer|designer'), near: ['frontend', 'product', 'graphic-design'] },
  { id: 'mobile', label: 'a mobile development role', pattern: w('android|ios|flutter|react native|mobile|kotlin developer|swift developer'), near: ['frontend', 'software', 'fullstack'] },
  { id: 'fullstack', label: 'a full-stack role', pattern: w('full ?stack|fullstack|mern|mean stack|mern stack'), near: ['frontend', 'backend', 'software'] },
  { id: 'frontend', label: 'a front-end role', pattern: w('front ?end|frontend|ui developer|ui engineer|react(?:\\.?js)? developer|react(?:\\.?js)? engineer|angular(?:js)? developer|vue(?:\\.?js)? developer|javascript developer|javascript engineer|web developer|web development|html developer|wordpress developer|next\\.?js developer'), near: ['fullstack', 'software', 'design', 'mobile'] },
  { id: 'qa', label: 'a testing / QA role', pattern: w('qa|quality assurance|test engineer|tester|testing|sdet|test automation|automation test'), near: ['software'] },
  { id: 'devops-cloud', label: 'a DevOps / cloud role', pattern: w('devops|site reliability|sre|cloud|platform engineer|aws|azure|gcp|kubernetes|infrastructure as code'), near: ['sysadmin-network', 'security', 'backend'] },
  { id: 'backend', label: 'a back-end role', pattern: w('back ?end|backend|node(?:\\.?js)? developer|java developer|python developer|django|golang|go developer|api developer|\\.net developer|dot net|php developer|laravel|spring boot|ruby|c# developer'), near: ['fullstack', 'software', 'devops-cloud', 'data-engineering'] },
  { id: 'sysadmin-network', label: 'a systems / network admin role', pattern: w('system administrator|systems administrator|sysadmin|network engineer|network administrator|network admin|noc|infrastructure engineer|windows administrator|linux administrator|server administrator|ccna|network support'), near: ['it-support', 'security', 'devops-cloud'] },
  { id: 'it-support', label: 'an IT support role', pattern: w('it support|it helpdesk|helpdesk|help desk|service desk|desktop support|desktop engineer|technical support|tech support|it technician|it executive|it engineer|it administrator|it admin|hardware engineer|l1 support|l2 support|support engineer|it associate'), near: ['sysadmin-network', 'security', 'customer-support'] },
  { id: 'software', label: 'a software engineering role', pattern: w('software|engineering lead|sde|sde ?[0-9]|sde ?- ?[0-9]|programmer|application developer|developer|coder|member of technical staff|mts'), near: ['frontend', 'backend', 'fullstack', 'mobile', 'qa', 'data-engineering', 'engineering-management'] },
  { id: 'product', label: 'a product management role', pattern: w('product manager|product owner|apm|product management|associate product manager'), near: ['business-analysis', 'project', 'design'] },
  { id: 'project', label: 'a project management role', pattern: w('project manager|program manager|programme manager|scrum master|project coordinator|project management|delivery manager'), near: ['product', 'business-analysis'] },
  { id: 'sales', label: 'a sales role', pattern: w('sales|business development|bde|bdm|inside sales|account executive|telecaller|tele ?caller|telesales|pre ?sales|relationship manager|field executive|lead generation|channel partner'), near: ['marketing', 'customer-support'] },
  { id: 'marketing', label: 'a marketing role', pattern: w('marketing|seo|sem|social media|digital marketer|brand|growth marketer|performance marketing|public relations|pr executive'), near: ['sales', 'content'] },
  { id: 'content', label: 'a content / writing role', pattern: w('content writer|copywriter|copy writer|technical writer|editor|content|writer|journalist'), near: ['marketing'] },
  { id: 'finance', label: 'a finance / accounts role', pattern: w('accountant|accounts|finance|financial|audit|auditor|tax|taxation|gst|ca|cfo|chartered accountant|payroll|bookkeeper|credit analyst|investment banking'), near: ['data-analysis'] },
  { id: 'customer-success', label: 'a customer success role', pattern: w('customer success|client success|account manager|key account|customer onboarding|onboarding specialist|renewals?'), near: ['customer-support', 'sales'] },
  { id: 'customer-support', label: 'a customer support role', pattern: w('customer support|customer service|customer care|call cent(?:er|re)|bpo|voice process|chat process|non voice|customer experience'), near: ['sales', 'it-support', 'customer-success'] },
  { id: 'teaching', label: 'a teaching role', pattern: w('teacher|teaching|tutor|faculty|lecturer|professor|educator|trainer|instructor'), near: ['content'] },
];

const BY_ID = new Map(FAMILIES.map((f) => [f.id, f]));

export function family(id: string): RoleFamily | undefined {
  return BY_ID.get(id);
}

/** Families a plain "Software Engineer" / "SDE" title is the usual name for in Indian postings. */
const SOFTWARE_KINDS = new Set(['backend', 'frontend', 'fullstack']);

/** 1 same family, 0.5 a neighbouring one, 0 otherwise. */
export function familyCloseness(a: string, b: string): number {
  if (a === b) return 1;
  // Most back-end, front-end and full-stack jobs are posted as "Software Engineer", "SDE-1": the same job.
  if ((a === 'software' && SOFTWARE_KINDS.has(b)) || (b === 'software' && SOFTWARE_KINDS.has(a))) return 1;
  if (BY_ID.get(a)?.near.includes(b) || BY_ID.get(b)?.near.includes(a)) return 0.5;
  return 0;
}

export const SENIORITY_RANK: Record<Seniority, number> = {
  intern: 0,
  entry: 1,
  junior: 2,
  mid: 3,
  senior: 4,
  lead: 5,
  manager: 6,
};

// Seniority cues, checked in order. "Manager" is a seniority only outside families where it is the job's
// name (a Product Manager or a Relationship Manager is not a people manager).
const SENIORITY_CUES: readonly [Seniority, RegExp][] = [
  ['intern', w('intern|interns|internship|trainee|apprentice|apprenticeship|summer analyst|stipend')],
  ['manager', w('head|director|vp|vice president|chief|cto|cio|ciso|cfo|coo|ceo|cmo|chro|engineering manager|general manager')],
  // "Staff" is a level only in tech titles: a Staff Nurse is a nurse, a Member of Technical Staff an engineer.
  ['lead', w('lead|team lead|tech lead|principal|architect|staff (?:software|engineer|data|machine|ml|scientist|developer|designer|product|security|research|applied|site)')],
  ['senior', w('senior|sr|iii|l3|experienced')],
  ['entry', w('fresher|freshers|graduate|entry level|entry|new grad|campus|associate|0 ?- ?1 years?')],
  ['junior', w('junior|jr|i|l1|level 1|executive')],
  ['mid', w('ii|l2|level 2|mid|intermediate|specialist')],
];
const MANAGER_WORD = w('manager|mgr');
const MANAGER_IS_ROLE = new Set(['product', 'project', 'sales', 'marketing', 'hr', 'customer-success']);

export interface TitleRead {
  family: string | null;
  seniority: Seniority | null;
}

/** Family and seniority from a job title; null where the title does not say. */
export function readTitle(title: string): TitleRead {
  const t = ` ${fold(title)} `;
  const fam = FAMILIES.find((f) => f.pattern.test(t))?.id ?? null;
  // Phrases that contain a seniority word but name the work: "Lead Generation Executive" is not a lead,
  // "Data Entry Operator" is not an entry-level data job.
  const cues = t.replace(/ (?:lead generation|data entry) /g, ' ');
  let seniority: Seniority | null = null;
  for (const [level, cue] of SENIORITY_CUES) {
    if (cue.test(cues)) {
      seniority = level;
      break;
    }
  }
  if (seniority === null && MANAGER_WORD.test(t)) seniority = fam !== null && MANAGER_IS_ROLE.has(fam) ? 'mid' : 'manager';
  if ((seniority === 'manager' || seniority === null) && /associate product manager|(?:^|\s)apm(?=\s|$)/.test(t)) seniority = 'entry';
  return { family: fam, seniority };
}

/** Seniority a posting implies by the experience it asks for, when its title says nothing. */
export function seniorityFromYears(minYears: number | null, maxYears: number | null): Seniority | null {
  const y = minYears ?? (maxYears !== null ? Math.max(0, maxYears - 2) : null);
  if (y === null) return null;
  if (y >= 8) return 'lead';
  if (y >= 5) return 'senior';
  if (y >= 3) return 'mid';
  if (y >= 1) return 'junior';
  return 'entry';
}

/** Where a person with this much experience usually stands, for plans without a ladder. */
export function seniorityForExperience(years: number): Seniority {
  return seniorityFromYears(years, null) ?? 'entry';
}
