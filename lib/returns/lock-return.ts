import type { Tx } from "@/lib/db";
import { serverMessage } from "@/lib/i18n/server-message";
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
  if (!owner) throw notFound("The return was not found.");
  const order = await lockOrder(tx, owner.orderId);
  const [ret] = await tx.$queryRaw<LockedReturn[]>`
    SELECT id, number, "orderId", status::text AS status, "staffNote"
    FROM return_requests WHERE id = ${returnId}::uuid FOR UPDATE`;
  if (!ret) throw notFound("The return was not found.");
  return { order, ret };
}

/** Refuses a step the return's status does not allow (a second press of the same button, say) with 409. */
export function requireReturnStatus(
  ret: LockedReturn,
  allowed: ReturnStatus,
  action: "approved" | "rejected" | "received" | "refunded",
): void {
  if (ret.status !== allowed) {
    throw new AppError(
      "conflict",
      serverMessage(
        "Return {number} is {status, select, REQUESTED {waiting for a decision} APPROVED {approved} REJECTED {rejected} RECEIVED {received} other {refunded}}; it cannot be {action, select, approved {approved} rejected {rejected} received {marked received} other {refunded}}.",
        { number: ret.number, status: ret.status, action },
      ),
    );
  }
}
