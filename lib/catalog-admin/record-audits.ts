import type { StaffActor } from "@/lib/admin/staff-actor";
import { type AuditEntry, auditRow } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db";

/**
 * Many audit rows in one statement per thousand, for the CSV import, which changes thousands of rows in one
 * transaction. The rows are exactly those recordAudit writes.
 */
export async function recordAudits(tx: Tx, actor: StaffActor, entries: readonly AuditEntry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += 1000) {
    await tx.auditLog.createMany({ data: entries.slice(i, i + 1000).map((entry) => auditRow(actor, entry)) });
  }
}
