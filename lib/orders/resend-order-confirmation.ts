import { randomUUID } from "node:crypto";
import { type StaffActor, actorLabel } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { lockOrder } from "./lock-order";
import { requireWrite } from "@/lib/admin/require-write";

/**
 * Sends the order confirmation (with its invoice) again, e.g. when the shopper lost it: a new outbox row under a
 * new dedupe key, noted in the order's history and the audit log.
 */
export async function resendOrderConfirmation(db: Db, actor: StaffActor, orderId: string) {
  requireWrite(actor);
  return db.$transaction(async (tx) => {
    const order = await lockOrder(tx, orderId);
    if (!order.paidAt) throw new AppError("conflict", "Only a paid order has a confirmation to send.");
    const dedupeKey = `order-confirmation:${orderId}:resend:${randomUUID()}`;
    await enqueueEmail(tx, { template: "order-confirmation", to: order.email, payload: { orderId }, dedupeKey });
    await tx.orderEvent.create({
      data: {
        orderId,
        fromStatus: order.status,
        toStatus: order.status,
        actor: actorLabel(actor),
        note: `Confirmation e-mail sent again to ${order.email}`,
      },
    });
    await recordAudit(tx, actor, {
      action: "order.resend_confirmation",
      entityType: "order",
      entityId: orderId,
      before: null,
      after: { template: "order-confirmation", recipient: order.email, dedupeKey },
    });
    return { dedupeKey };
  });
}
