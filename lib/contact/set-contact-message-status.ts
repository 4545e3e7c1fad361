import type { Db } from "@/lib/db";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { requireWrite } from "@/lib/admin/require-write";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import type { SetContactStatusInput } from "./admin-schemas";

/**
 * Marks a message new, handled or spam. handledAt says when it was last marked handled and is cleared otherwise.
 * Setting the status it already has changes nothing and records nothing.
 */
export async function setContactMessageStatus(db: Db, actor: StaffActor, input: SetContactStatusInput): Promise<void> {
  requireWrite(actor);
  await db.$transaction(async (tx) => {
    const before = await tx.contactMessage.findUnique({
      where: { id: input.id },
      select: { status: true, handledAt: true },
    });
    if (!before) throw notFound("The message was not found.");
    if (before.status === input.status) return;
    const after = { status: input.status, handledAt: input.status === "HANDLED" ? new Date() : null };
    // Conditional on the status read above, so the audit's "before" is what was really replaced.
    const { count } = await tx.contactMessage.updateMany({
      where: { id: input.id, status: before.status },
      data: after,
    });
    if (count === 0)
      throw new AppError("conflict", "Someone else changed this message just now; reload and try again.");
    await recordAudit(tx, actor, {
      action: "contact_message.set_status",
      entityType: "contact_message",
      entityId: input.id,
      before,
      after,
    });
  });
}
