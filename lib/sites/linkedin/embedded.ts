import { htmlToText, isoFromAttr, parseEmploymentType, squash } from '../../normalize';
import { matchesAny } from '../dom';
import type { PostingDraft } from '../types';
import { canonicalUrl } from './ids';
import { embedded } from './selectors';

type Json = Record<string, unknown>;

/**
 * The posting from logged-in pages' embedded voyager JSON (`<code id="bpr-guid-...">`, an
 * `included[]` list; often wrapped in an HTML comment). Sources disagree on whether 2026 pages
 * still carry it: a missing or unreadable block yields null, never an error.
 */
export function readEmbedded(doc: Document, id: string): PostingDraft | null {
  // through the engine's cached tag collection: a selector scan would walk the whole (large) page
  const blocks = Array.from(doc.getElementsByTagName('code')).filter((el) => matchesAny(el, embedded.blocks));
  for (const block of blocks) {
    const raw = blockText(block);
    if (!raw.includes(id)) continue; // skip the large blocks about other things without parsing them
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      continue;
    }
    const included = (data as Json | null)?.included;
    if (!Array.isArray(included)) continue;
    const job = included.find((e): e is Json => isJob(e) && matches(e, id));
    if (job) return draftFrom(job, included as Json[], id);
  }
  return null;
}

function blockText(block: Element): string {
  const text = (block.textContent ?? '').trim();
  if (text) return text.replace(/^<!--|-->$/g, '');
  for (let n = block.firstChild; n; n = n.nextSibling) if (n.nodeType === 8) return (n.nodeValue ?? '').trim();
  return '';
}

function isJob(e: unknown): boolean {
  return !!e && typeof e === 'object' && /jobs\.JobPosting$/.test(String((e as Json).$type ?? ''));
}

function matches(e: Json, id: string): boolean {
  return String(e.jobPostingId ?? '') === id || String(e.entityUrn ?? '').endsWith(`:${id}`);
}

function draftFrom(job: Json, included: Json[], id: string): PostingDraft {
  const d: PostingDraft = { nativeId: id, url: canonicalUrl(id), found: {} };
  const mark = (field: keyof PostingDraft['found']) => (d.found[field] = 'embedded-json');
  if (typeof job.title === 'string' && job.title.trim()) {
    d.title = squash(job.title);
    mark('title');
  }
  const company = companyName(job, included);
  if (company) {
    d.company = company;
    mark('company');
  }
  if (typeof job.formattedLocation === 'string' && job.formattedLocation.trim()) {
    d.locations = [squash(job.formattedLocation)];
    mark('locations');
  }
  const description = (job.description as Json | undefined)?.text;
  if (typeof description === 'string' && description.trim()) {
    d.description = htmlToText(description);
    mark('description');
  }
  if (typeof job.listedAt === 'number' && job.listedAt > 0) {
    d.postedAt = isoFromAttr(new Date(job.listedAt).toISOString());
    mark('postedAt');
  }
  const status = String((job.employmentStatus as Json | undefined)?.entityUrn ?? job.employmentStatus ?? '');
  const type = parseEmploymentType(status.replace(/^.*:/, ''));
  if (type) {
    d.employmentType = type;
    mark('employmentType');
  }
  if (job.workRemoteAllowed === true) {
    d.workplace = 'remote';
    mark('workplace');
  }
  return d;
}

function companyName(job: Json, included: Json[]): string {
  const raw = job.companyDetails ?? job['*companyDetails'];
  const details = (typeof raw === 'string' ? included.find((e) => e && e.entityUrn === raw) : raw) as Json | undefined;
  if (!details) return '';
  const direct = (details.companyResolutionResult as Json | undefined)?.name ?? details.name;
  if (typeof direct === 'string' && direct.trim()) return squash(direct);
  // normalized voyager JSON points at the company with `*`-prefixed keys ("*companyResolutionResult": urn)
  const urns = [details['*companyResolutionResult'], details.company, details['*company'], details.companyUrn].filter(
    (u): u is string => typeof u === 'string',
  );
  for (const urn of urns) {
    const company = included.find((e) => e && e.entityUrn === urn);
    if (typeof company?.name === 'string' && company.name.trim()) return squash(company.name);
  }
  return '';
}
