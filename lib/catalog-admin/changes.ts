/**
 * The fields whose values differ, as the before and after of an audit record. Arrays and objects compare by
 * content, so re-saving a form unchanged records nothing.
 */
export function changedFields<T extends object>(
  before: T,
  after: Partial<T>,
): { before: Partial<T>; after: Partial<T> } | null {
  const was: Partial<T> = {};
  const now: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    const next = after[key];
    if (next === undefined) continue;
    if (JSON.stringify(before[key]) === JSON.stringify(next)) continue;
    was[key] = before[key];
    now[key] = next;
  }
  return Object.keys(now).length > 0 ? { before: was, after: now } : null;
}
