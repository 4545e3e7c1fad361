/**
 * True for a unique-constraint violation — Prisma's P2002, or PostgreSQL's 23505 as raw queries report it —
 * optionally on a given column or constraint.
 */
export function isUniqueViolation(error: unknown, column?: string): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta, message } = error as { code?: unknown; meta?: unknown; message?: unknown };
  const text = `${typeof code === "string" ? code : ""} ${JSON.stringify(meta ?? {})} ${typeof message === "string" ? message : ""}`;
  if (!/P2002|23505/.test(text)) return false;
  return column ? text.includes(column) : true;
}
