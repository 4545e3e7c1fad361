// What an audit row changed, field by field, for people to read: "role: "STAFF" → "CUSTOMER"".

export interface FieldChange {
  field: string;
  /** JSON text of the old value; undefined when the field was not there (e.g. on creation). */
  before?: string;
  after?: string;
}

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const json = (value: unknown): string | undefined => (value === undefined ? undefined : JSON.stringify(value));

/**
 * The fields whose value differs between before and after, in the order they appear. Values that are not
 * objects are compared whole, under the field name "value".
 */
export function auditChanges(before: unknown, after: unknown): FieldChange[] {
  const absent = (value: unknown) => value === undefined || value === null;
  if ((absent(before) || isObject(before)) && (absent(after) || isObject(after))) {
    const old = isObject(before) ? before : {};
    const now = isObject(after) ? after : {};
    const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])];
    return fields.flatMap((field) => {
      const was = json(old[field]);
      const is = json(now[field]);
      if (was === is) return [];
      return [{ field, ...(was === undefined ? {} : { before: was }), ...(is === undefined ? {} : { after: is }) }];
    });
  }
  const was = json(before ?? undefined);
  const is = json(after ?? undefined);
  return was === is
    ? []
    : [{ field: "value", ...(was === undefined ? {} : { before: was }), ...(is === undefined ? {} : { after: is }) }];
}

/** Fields present and equal on both sides (e.g. the e-mail of an account whose role changed), for context. */
export function auditUnchanged(before: unknown, after: unknown): { field: string; value: string }[] {
  if (!isObject(before) || !isObject(after)) return [];
  return Object.keys(after).flatMap((field) => {
    const value = json(after[field]);
    return value !== undefined && Object.hasOwn(before, field) && json(before[field]) === value
      ? [{ field, value }]
      : [];
  });
}
