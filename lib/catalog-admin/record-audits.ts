import type { StaffActor } from "@/lib/admin/staff-actor";
import { type AuditEntry, auditJson } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db";

/**
 * Many audit rows in one statement per thousand, for the CSV import, which changes thousands of rows in one
 * transaction. The rows are exactly those recordAudit writes.
 */
export async function recordAudits(tx: Tx, actor: StaffActor, entries: readonly AuditEntry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += 1000) {
    await tx.auditLog.createMany({
      data: entries.slice(i, i + 1000).map((entry) => {
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
        };
      }),
    });
  }
}
