import { type StaffActor, actorLabel } from "@/lib/admin/staff-actor";
import { serverMessage } from "@/lib/i18n/server-message";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { OrderStatus } from "@/lib/generated/prisma/client";
import { type ProviderLookup, providerForPayment } from "@/lib/payments/provider-for-payment";
import { cancelUnpaidOrderInTransaction } from "./cancel-unpaid-order";
import { completeRefund } from "./complete-refund";
import { lockOrder } from "./lock-order";
import { type OpenedRefund, openRefund, refundableMinor } from "./open-refund";
import { requireWrite } from "@/lib/admin/require-write";
import { cancelOrderSchema } from "./schemas";
import { orderStatusWord } from "./state-machine";
import { returnCommittedStock } from "./stock-movements";
import { transitionOrder } from "./transition-order";

export interface CancelOutcome {
  orderStatus: OrderStatus;
  /** The refund that gives the money back, for a paid order; null for an unpaid one. */
  refund: { id: string; status: "SUCCEEDED" | "PENDING"; amountMinor: number; creditNoteNumber: string | null } | null;
}

type Step = { done: CancelOutcome } | { refund: OpenedRefund };

/**
 * Staff cancel an order. Unpaid: the order is cancelled and its reserved stock released, as the shopper's own
 * cancellation does. Paid but not shipped: everything not yet refunded goes back through the payment provider, and
 * when the provider confirms, the order is cancelled and its stock returned — once, with the status change. If the
 * provider refuses, the order stays paid. Shipped orders are not cancelled; refund them instead.
 */
export async function cancelOrder(
  db: Db,
  actor: StaffActor,
  orderId: string,
  rawInput: unknown,
  providers: ProviderLookup = providerForPayment,
): Promise<CancelOutcome> {
  requireWrite(actor);
  const input = cancelOrderSchema.parse(rawInput);
  const reason = input.reason ?? "Cancelled by the shop";
  const step = await db.$transaction(async (tx): Promise<Step> => {
    const order = await lockOrder(tx, orderId);
    const before = { status: order.status, refundedMinor: order.refundedMinor };
    if (order.status === "PENDING_PAYMENT") {
      await cancelUnpaidOrderInTransaction(tx, order.id, actorLabel(actor), reason);
      await recordAudit(tx, actor, {
        action: "order.cancel",
        entityType: "order",
        entityId: order.id,
        before,
        after: { status: "CANCELLED", refundedMinor: order.refundedMinor, reason },
      });
      return { done: { orderStatus: "CANCELLED", refund: null } };
    }
    if (order.status !== "PAID") {
      throw new AppError(
        "conflict",
        order.status === "SHIPPED" || order.status === "DELIVERED"
          ? "A shipped order cannot be cancelled; refund it instead."
          : serverMessage("An order that is {status} cannot be cancelled.", { status: orderStatusWord(order.status) }),
      );
    }
    const { available, pending } = await refundableMinor(tx, order);
    if (pending > 0) throw new AppError("conflict", "A refund of this order is still in progress; wait for it first.");
    if (available === 0) {
      // Nothing was paid that is not already back (a free order): cancel and restock at once.
      await transitionOrder(tx, {
        orderId: order.id,
        from: "PAID",
        to: "CANCELLED",
        actor: actorLabel(actor),
        note: reason,
      });
      await returnCommittedStock(tx, order.id);
      await recordAudit(tx, actor, {
        action: "order.cancel",
        entityType: "order",
        entityId: order.id,
        before,
        after: { status: "CANCELLED", refundedMinor: order.refundedMinor, reason },
      });
      return { done: { orderStatus: "CANCELLED", refund: null } };
    }
    return { refund: await openRefund(tx, order, { amountMinor: available, reason, actor, intent: "cancel" }) };
  });
  if ("done" in step) return step.done;
  const outcome = await completeRefund(db, actor, step.refund, providers);
  return {
    orderStatus: outcome.orderStatus,
    refund: {
      id: outcome.refundId,
      status: outcome.status,
      amountMinor: outcome.amountMinor,
      creditNoteNumber: outcome.creditNoteNumber,
    },
  };
}
