// Pure list operations for the plan editor. Each returns a new array (or the same one when nothing
// changes), so the editor can assign the result and Svelte sees one change.

/** Folds a name for "is this the same entry?" checks: case, accents, spacing and punctuation ignored. */
export function sameKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
}

/** Moves the item at `index` by `delta` places (clamped to the list); the same array when it cannot move. */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = Math.max(0, Math.min(list.length - 1, index + delta));
  if (index < 0 || index >= list.length || to === index) return list as T[];
  const next = list.slice();
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item as T);
  return next;
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  if (index < 0 || index >= list.length) return list as T[];
  return [...list.slice(0, index), ...list.slice(index + 1)];
}

/** Splits what a person typed or pasted into items: commas, semicolons, new lines and bullets separate. */
export function splitItems(text: string): string[] {
  return text
    .split(/[\n\r,;|•·▪●◦\t]+/)
    .map((item) => item.replace(/^\s*(?:[-*–—>]+|\d{1,2}[.)])\s*/, '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * Adds the texts in `input` (one or several, comma or line separated) to a list of strings, skipping
 * blanks and entries already present in another spelling. Returns the new list and what was skipped.
 */
export function addTexts(list: readonly string[], input: string, max = 500): { list: string[]; added: string[]; skipped: string[] } {
  const seen = new Set(list.map(sameKey));
  const added: string[] = [];
  const skipped: string[] = [];
  for (const raw of splitItems(input)) {
    const item = raw.slice(0, 500);
    const key = sameKey(item);
    if (!key || seen.has(key) || list.length + added.length >= max) skipped.push(item);
    else {
      seen.add(key);
      added.push(item);
    }
  }
  return { list: added.length ? [...list, ...added] : (list as string[]), added, skipped };
}

/** Toggles `value` in a list of enum values, keeping the order of `order` so saved plans stay tidy. */
export function toggleIn<T extends string>(list: readonly T[], value: T, on: boolean, order: readonly T[]): T[] {
  const set = new Set(list);
  if (on) set.add(value);
  else set.delete(value);
  return order.filter((item) => set.has(item));
}
