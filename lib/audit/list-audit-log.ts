import type { Db } from "@/lib/db";
import { wallTimeToDate } from "@/lib/admin/zoned-time";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type AuditQuery, encodeAuditCursor } from "./schemas";

export interface AuditLogRow {
  id: string;
  createdAt: Date;
  actorId: string | null;
  actorEmail: string | null;
  via: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
  requestId: string | null;
}

export const AUDIT_PAGE_SIZE = 50;

/** The day after "YYYY-MM-DD", in the same form. */
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * The audit log, newest first, filtered; pages continue after a cursor (keyset), so each page is one indexed range
 * read however deep it goes. `next` is the cursor for the following page, or null on the last.
 */
export async function listAuditLog(
  db: Db,
  query: AuditQuery,
  timeZone: string,
  pageSize = AUDIT_PAGE_SIZE,
): Promise<{ rows: AuditLogRow[]; next: string | null }> {
  const createdAt: Prisma.DateTimeFilter = {};
  const from = query.from ? wallTimeToDate(query.from, timeZone) : null;
  const until = query.to ? wallTimeToDate(nextDay(query.to), timeZone) : null;
  if (from) createdAt.gte = from;
  if (until) createdAt.lt = until;
  const where: Prisma.AuditLogWhereInput = {
    ...(query.actor ? { actorEmail: { contains: query.actor, mode: "insensitive" } } : {}),
    ...(query.action ? { action: { startsWith: query.action } } : {}),
    ...(query.entityType ? { entityType: query.entityType } : {}),
    ...(query.entityId ? { entityId: query.entityId } : {}),
    ...(from || until ? { createdAt } : {}),
    ...(query.after
      ? {
          OR: [
            { createdAt: { lt: query.after.createdAt } },
            { createdAt: query.after.createdAt, id: { lt: query.after.id } },
          ],
        }
      : {}),
  };
  const rows = await db.auditLog.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
  });
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  return { rows: page, next: rows.length > pageSize && last ? encodeAuditCursor(last) : null };
}
