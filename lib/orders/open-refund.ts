import { randomUUID } from "node:crypto";
import { serverMessage } from "@/lib/i18n/server-message";
import { type StaffActor, actorLabel } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { OrderStatus } from "@/lib/generated/prisma/client";
import { formatMoney } from "@/lib/money/money";
import { MANUAL_REFUND_PROVIDERS } from "@/lib/payments/manual-refund-provider";
import type { LockedOrder } from "./lock-order";
import { orderStatusWord } from "./state-machine";

/**
 * Why money goes back. A cancellation also cancels the order and returns its stock when the refund settles;
 * it is carried in the idempotency key because a refund the provider settles later (by webhook) must still know.
 */
export type RefundIntent = "refund" | "cancel";
const KEY_PREFIX: Record<RefundIntent, string> = { refund: "order-refund-", cancel: "order-cancel-" };

export function refundIntentOf(idempotencyKey: string): RefundIntent {
  return idempotencyKey.startsWith(KEY_PREFIX.cancel) ? "cancel" : "refund";
}

export const REFUNDABLE: readonly OrderStatus[] = ["PAID", "SHIPPED", "DELIVERED"];

export interface OpenedRefund {
  id: string;
  orderId: string;
  amountMinor: number;
  currency: string;
  reason: string;
  idempotencyKey: string;
  provider: string;
  paymentReference: string;
}

/** What may still be refunded: the total, less what was refunded and what refunds still in flight hold. */
export async function refundableMinor(tx: Tx, order: LockedOrder): Promise<{ available: number; pending: number }> {
  const pending = await tx.refund.aggregate({
    where: { orderId: order.id, status: "PENDING" },
    _sum: { amountMinor: true },
  });
  const pendingMinor = pending._sum.amountMinor ?? 0;
  return { available: order.totalMinor - order.refundedMinor - pendingMinor, pending: pendingMinor };
}

/**
 * Records a refund attempt (PENDING) on a locked order, after checking it may be made: the order was paid and not
 * already refunded, it has a succeeded payment and an invoice to credit, and the amount fits in what is left.
 * The caller holds the order lock, so two attempts can never both count the same money as available.
 */
export async function openRefund(
  tx: Tx,
  order: LockedOrder,
  input: { amountMinor: number; reason: string; actor: StaffActor; intent: RefundIntent; returnId?: string },
): Promise<OpenedRefund> {
  if (!REFUNDABLE.includes(order.status)) {
    throw new AppError(
      "conflict",
      order.status === "REFUNDED"
        ? "This order has already been refunded in full."
        : serverMessage("An order that is {status} cannot be refunded.", { status: orderStatusWord(order.status) }),
    );
  }
  const { available } = await refundableMinor(tx, order);
  if (input.amountMinor > available) {
    const most = formatMoney({ amountMinor: Math.max(0, available), currency: order.currency }, env.SHOP_LOCALE);
    throw new AppError("conflict", serverMessage("At most {amount} can be refunded on this order.", { amount: most }), {
      fields: { amountMinor: serverMessage("At most {amount} can be refunded.", { amount: most }) },
    });
  }
  const payment = await tx.payment.findFirst({
    where: { orderId: order.id, status: "SUCCEEDED", amountMinor: order.totalMinor },
    orderBy: { createdAt: "asc" },
    select: { id: true, provider: true, reference: true },
  });
  // Money paid by bank transfer or in cash has no provider reference: staff pay it back by hand, named by its row.
  const paymentReference =
    payment?.reference ?? (payment && MANUAL_REFUND_PROVIDERS.includes(payment.provider) ? payment.id : null);
  if (!payment || !paymentReference) throw new AppError("conflict", "This order has no completed payment to refund.");
  if ((await tx.invoice.count({ where: { orderId: order.id } })) === 0) {
    throw new AppError("conflict", "This order has no invoice to issue a credit note against.");
  }

  const id = randomUUID();
  const refund = await tx.refund.create({
    data: {
      id,
      orderId: order.id,
      paymentId: payment.id,
      amountMinor: input.amountMinor,
      currency: order.currency,
      reason: input.reason,
      idempotencyKey: `${KEY_PREFIX[input.intent]}${id}`,
      actor: input.actor.via.startsWith("token:") ? input.actor.via : actorLabel(input.actor),
      returnId: input.returnId ?? null,
    },
  });
  await recordAudit(tx, input.actor, {
    action: input.intent === "cancel" ? "refund.create_for_cancellation" : "refund.create",
    entityType: "refund",
    entityId: id,
    before: null,
    after: {
      orderId: order.id,
      amountMinor: refund.amountMinor,
      currency: refund.currency,
      reason: refund.reason,
      status: refund.status,
    },
  });
  return {
    id,
    orderId: order.id,
    amountMinor: refund.amountMinor,
    currency: refund.currency,
    reason: refund.reason,
    idempotencyKey: refund.idempotencyKey,
    provider: payment.provider,
    paymentReference,
  };
}
