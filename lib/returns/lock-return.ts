import type { Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { ReturnStatus } from "@/lib/generated/prisma/client";
import { type LockedOrder, lockOrder } from "@/lib/orders/lock-order";

export interface LockedReturn {
  id: string;
  number: string;
  orderId: string;
  status: ReturnStatus;
  staffNote: string | null;
}

/**
 * Locks a return's order and then the return (order first, as refunds do, so every path takes the locks in the
 * same order). Staff steps run under these locks, so two presses of the same button run one after the other and
 * the second sees what the first did.
 */
export async function lockReturn(tx: Tx, returnId: string): Promise<{ order: LockedOrder; ret: LockedReturn }> {
  const owner = await tx.returnRequest.findUnique({ where: { id: returnId }, select: { orderId: true } });
  if (!owner) throw notFound("The return");
  const order = await lockOrder(tx, owner.orderId);
  const [ret] = await tx.$queryRaw<LockedReturn[]>`
    SELECT id, number, "orderId", status::text AS status, "staffNote"
    FROM return_requests WHERE id = ${returnId}::uuid FOR UPDATE`;
  if (!ret) throw notFound("The return");
  return { order, ret };
}

const statusWords: Record<ReturnStatus, string> = {
  REQUESTED: "waiting for a decision",
  APPROVED: "approved",
  REJECTED: "rejected",
  RECEIVED: "received",
  REFUNDED: "refunded",
};

/** Refuses a step the return's status does not allow (a second press of the same button, say) with 409. */
export function requireReturnStatus(ret: LockedReturn, allowed: ReturnStatus, action: string): void {
  if (ret.status !== allowed) {
    throw new AppError("conflict", `Return ${ret.number} is ${statusWords[ret.status]}; it cannot be ${action}.`);
  }
}

export const returnStatusLabels: Record<ReturnStatus, string> = {
  REQUESTED: "Requested",
  APPROVED: "Approved",
  REJECTED: "Rejected",
  RECEIVED: "Received",
  REFUNDED: "Refunded",
};
