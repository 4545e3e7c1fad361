/** True for a unique-constraint violation (Prisma P2002 or PostgreSQL 23505), optionally on a given column. */
export function isUniqueViolation(error: unknown, column?: string): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta, message } = error as { code?: unknown; meta?: unknown; message?: unknown };
  if (code !== "P2002" && code !== "23505") return false;
  if (!column) return true;
  const text = `${JSON.stringify(meta ?? {})} ${typeof message === "string" ? message : ""}`;
  return text.includes(column);
}
