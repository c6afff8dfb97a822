import { htmlToText, isoFromAttr, parseEmploymentType, parseExperience, parsePay, squash } from '../../normalize';
import { all, uniq } from '../dom';
import { newDraft, put } from '../draft';
import type { PostingDraft } from '../types';
import { jd } from './selectors';

type Json = Record<string, unknown>;

/**
 * The page's state (`__NEXT_DATA__` or `window._initialState`) holds `jobDetailsResp`: null in the
 * server shell, the job (fields of `/jobapi/v4/job/<id>`) once a client render saved it. Returns
 * that state's `data`, null while it is still loading, undefined when the page has no such state.
 */
export function jobDetailsState(doc: Document): Json | null | undefined {
  for (const script of all(doc, jd.shellState)) {
    const text = script.textContent ?? '';
    const at = text.indexOf('"jobDetailsResp"');
    if (at < 0) continue;
    const state = parseState(text);
    const resp = state ? find(state, 'jobDetailsResp', 0) : undefined;
    if (resp && typeof resp === 'object') {
      const data = (resp as Json).data;
      return data && typeof data === 'object' ? (data as Json) : null;
    }
    // unparseable state: the shell's marker is still readable as text
    if (/"jobDetailsResp"\s*:\s*\{\s*"data"\s*:\s*null/.test(text)) return null;
  }
  return undefined;
}

function parseState(text: string): Json | null {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) return null;
  try {
    return JSON.parse(text.slice(start, end + 1)) as Json;
  } catch {
    return null;
  }
}

function find(node: unknown, key: string, depth: number): unknown {
  if (!node || typeof node !== 'object' || depth > 6) return undefined;
  if (key in (node as Json)) return (node as Json)[key];
  for (const value of Object.values(node as Json)) {
    const hit = find(value, key, depth + 1);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

const labels = (v: unknown): string[] => (Array.isArray(v) ? v.map((x) => squash(String((x as Json | null)?.label ?? ''))).filter(Boolean) : []);
const text = (v: unknown): string => (typeof v === 'string' ? squash(v) : '');

/** A draft from the saved job state, every field marked `embedded-json`. */
export function draftFromState(data: Json, id: string, url: string): PostingDraft | null {
  const job = (data.jobDetails ?? data) as Json;
  if (String(job.jobId ?? id) !== id) return null;
  const d = newDraft(id, url);
  const how = 'embedded-json';
  put(d, 'title', text(job.title), how);
  put(d, 'company', text((job.companyDetail as Json | undefined)?.name), how);
  put(d, 'locations', uniq(labels(job.locations)), how);
  put(d, 'experience', parseExperience(text(job.experienceText)), how);
  put(d, 'pay', parsePay(text((job.salaryDetail as Json | undefined)?.label) || text(job.salary), { currency: 'INR' }), how);
  put(d, 'employmentType', parseEmploymentType(text(job.employmentType)), how);
  put(d, 'description', typeof job.description === 'string' ? htmlToText(job.description) : '', how);
  const skills = job.keySkills as Json | undefined;
  put(d, 'listedSkills', uniq([...labels(skills?.preferred), ...labels(skills?.other)]), how);
  const applies = Number(job.applyCount);
  put(d, 'applicants', Number.isFinite(applies) && applies >= 0 ? applies : null, how);
  const created = job.createdDate;
  put(d, 'postedAt', createdAt(created), how);
  return d;
}

/** `createdDate` as the job APIs give it: epoch milliseconds (number or digits) or "2026-11-17 10:15:00". */
function createdAt(raw: unknown): string | null {
  const value = typeof raw === 'string' && /^\d{12,13}$/.test(raw.trim()) ? Number(raw) : raw;
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 && value < 8.64e15 ? new Date(value).toISOString() : null;
  return isoFromAttr(text(value).replace(/^(\d{4}-\d{2}-\d{2}) (\d{2}:)/, '$1T$2'));
}
