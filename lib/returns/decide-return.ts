import { requireWrite } from "@/lib/admin/require-write";
import { type StaffActor, actorLabel } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { lockReturn, requireReturnStatus } from "./lock-return";
import { recordReturnStep } from "./return-step";
import { approveReturnSchema, rejectReturnSchema } from "./schemas";

/** Staff accept a requested return: the shopper is told to send the items (with staff's note, if any). Once. */
export async function approveReturn(db: Db, actor: StaffActor, returnId: string, rawInput: unknown) {
  requireWrite(actor);
  const input = approveReturnSchema.parse(rawInput);
  return decide(db, actor, returnId, "APPROVED", input.note ?? null);
}

/** Staff refuse a requested return, saying why: its units count as returnable again. Once. */
export async function rejectReturn(db: Db, actor: StaffActor, returnId: string, rawInput: unknown) {
  requireWrite(actor);
  const input = rejectReturnSchema.parse(rawInput);
  return decide(db, actor, returnId, "REJECTED", input.note);
}

async function decide(
  db: Db,
  actor: StaffActor,
  returnId: string,
  to: "APPROVED" | "REJECTED",
  note: string | null,
): Promise<{ id: string; number: string; status: "APPROVED" | "REJECTED" }> {
  return db.$transaction(async (tx) => {
    const { order, ret } = await lockReturn(tx, returnId);
    requireReturnStatus(ret, "REQUESTED", to === "APPROVED" ? "approved" : "rejected");
    await tx.returnRequest.update({
      where: { id: ret.id },
      data: { status: to, staffNote: note, decidedAt: new Date() },
    });
    const verb = to === "APPROVED" ? "approved" : "rejected";
    await recordReturnStep(tx, {
      order,
      returnId: ret.id,
      step: verb,
      actor: actorLabel(actor),
      note: `Return ${ret.number} ${verb}${note ? `: ${note}` : ""}`,
    });
    await recordAudit(tx, actor, {
      action: to === "APPROVED" ? "return.approve" : "return.reject",
      entityType: "return",
      entityId: ret.id,
      before: { status: ret.status, staffNote: ret.staffNote },
      after: { status: to, staffNote: note, orderId: order.id },
    });
    return { id: ret.id, number: ret.number, status: to };
  });
}
