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

/**
 * A refusal raised by one of the shop's database functions (`RAISE … USING ERRCODE = 'P0001', MESSAGE =
 * 'shop:<reason>'`, the rows concerned as a comma-separated DETAIL), or null for any other error.
 */
export function shopRefusal(error: unknown): { reason: string; ids: Set<string> } | null {
  if (typeof error !== "object" || error === null) return null;
  const { code, message, detail } = error as { code?: unknown; message?: unknown; detail?: unknown };
  if (code !== "P0001" || typeof message !== "string" || !message.startsWith("shop:")) return null;
  return { reason: message.slice("shop:".length), ids: new Set(typeof detail === "string" ? detail.split(",") : []) };
}
