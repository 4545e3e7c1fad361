import type { Tx, Db } from "@/lib/db";
import type { StaffActor } from "@/lib/admin/staff-actor";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface AuditEntry {
  /** Verb in "entity.verb" form, e.g. "product.update". */
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Dates become ISO strings and undefined drops out, exactly as the JSON column will hold them. */
export function auditJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v))) as
    Prisma.InputJsonValue | undefined;
}

let lastAuditMs = 0;

/**
 * When an audit row is written. The log lists rows newest first by this time, kept to the millisecond, with the
 * random id as tiebreaker: two rows one process writes within the same millisecond would list in either order. So a
 * process never gives two rows the same millisecond, and the rows it writes list in the order it wrote them.
 */
function auditTime(): Date {
  lastAuditMs = Math.max(Date.now(), lastAuditMs + 1);
  return new Date(lastAuditMs);
}

/** The row an audit entry becomes: recordAudit writes one, the CSV import many in one statement. */
export function auditRow(actor: StaffActor, entry: AuditEntry): Prisma.AuditLogCreateManyInput {
  const before = auditJson(entry.before);
  const after = auditJson(entry.after);
  return {
    actorId: actor.userId,
    actorEmail: actor.email,
    via: actor.via,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    ...(before === undefined ? {} : { before }),
    ...(after === undefined ? {} : { after }),
    requestId: actor.requestId ?? null,
    createdAt: auditTime(),
  };
}

/**
 * Writes one audit row. Call it with the transaction that makes the change, so the record exists if and only if
 * the change does.
 */
export async function recordAudit(tx: Tx | Db, actor: StaffActor, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: auditRow(actor, entry) });
}

/** A shopper acting on their own order: signed in (their account) or through the order's signed link. */
export interface ShopperActor {
  userId: string | null;
  /** The account's address, or the order's for a link holder. */
  email: string;
  via: "customer" | "order-link";
}

/**
 * Writes one audit row for a change a shopper made (a return request), in the change's transaction, so staff see
 * it in the audit log beside their own changes.
 */
export async function recordShopperAudit(tx: Tx | Db, actor: ShopperActor, entry: AuditEntry): Promise<void> {
  const before = auditJson(entry.before);
  const after = auditJson(entry.after);
  await tx.auditLog.create({
    data: {
      actorId: actor.userId,
      actorEmail: actor.email,
      via: actor.via,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      ...(before === undefined ? {} : { before }),
      ...(after === undefined ? {} : { after }),
      createdAt: auditTime(),
    },
  });
}
