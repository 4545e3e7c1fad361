import { type StaffActor, actorLabel } from "@/lib/admin/staff-actor";
import { serverMessage } from "@/lib/i18n/server-message";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { lockOrder } from "./lock-order";
import { requireWrite } from "@/lib/admin/require-write";
import { shipOrderSchema } from "./schemas";
import { canTransition, orderStatusWord } from "./state-machine";
import { transitionOrder } from "./transition-order";

/**
 * Marks a paid order shipped with its carrier and tracking number, and queues the "order shipped" e-mail in the
 * same transaction under a per-order dedupe key: the shopper gets it once, and only if the change commits.
 */
export async function shipOrder(db: Db, actor: StaffActor, orderId: string, rawInput: unknown) {
  requireWrite(actor);
  const input = shipOrderSchema.parse(rawInput);
  return db.$transaction(async (tx) => {
    const order = await lockOrder(tx, orderId);
    if (!canTransition(order.status, "SHIPPED")) {
      throw new AppError(
        "conflict",
        serverMessage("An order that is {status} cannot be marked shipped.", { status: orderStatusWord(order.status) }),
      );
    }
    const cancelling = await tx.refund.count({
      where: { orderId, status: "PENDING", idempotencyKey: { startsWith: "order-cancel-" } },
    });
    if (cancelling > 0) throw new AppError("conflict", "This order is being cancelled; it cannot be shipped.");
    await transitionOrder(tx, {
      orderId,
      from: order.status,
      to: "SHIPPED",
      actor: actorLabel(actor),
      note: `${input.carrier}, tracking number ${input.trackingNumber}`,
    });
    await tx.order.update({
      where: { id: orderId },
      data: { trackingNumber: input.trackingNumber, carrier: input.carrier },
    });
    await enqueueEmail(tx, {
      template: "order-shipped",
      to: order.email,
      payload: { orderId },
      dedupeKey: `order-shipped:${orderId}`,
    });
    await recordAudit(tx, actor, {
      action: "order.ship",
      entityType: "order",
      entityId: orderId,
      before: { status: order.status, trackingNumber: order.trackingNumber, carrier: order.carrier },
      after: { status: "SHIPPED", trackingNumber: input.trackingNumber, carrier: input.carrier },
    });
    return { status: "SHIPPED" as const, trackingNumber: input.trackingNumber, carrier: input.carrier };
  });
}
