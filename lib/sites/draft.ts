import type { PostingField, Strategy } from '../model';
import { experienceFromText, inferWorkplace } from '../normalize';
import type { PostingDraft } from './types';

export function newDraft(nativeId: string, url?: string): PostingDraft {
  return url ? { nativeId, url, found: {} } : { nativeId, found: {} };
}

/**
 * Sets a field once, with the strategy that found it; empty values (undefined, null, '', [])
 * are not findings and leave the field free for a later alternative.
 */
export function put<K extends PostingField>(draft: PostingDraft, field: K, value: PostingDraft[K] | null | undefined, strategy: Strategy): void {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return;
  if (draft.found[field] !== undefined) return;
  draft[field] = value;
  draft.found[field] = strategy;
}

/** True when the draft holds something beyond its id. */
export function hasContent(draft: PostingDraft): boolean {
  return Object.keys(draft.found).length > 0;
}

/** Workplace and experience stated outright in the description, when no field on the page gave them. */
export function inferFromDescription(draft: PostingDraft): void {
  if (!draft.description) return;
  put(draft, 'workplace', inferWorkplace(draft.description), 'fallback');
  put(draft, 'experience', experienceFromText(draft.description), 'fallback');
}
