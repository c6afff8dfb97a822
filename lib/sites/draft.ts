import type { PostingField, Strategy } from '../model';
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
