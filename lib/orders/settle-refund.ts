import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import type { OrderStatus, RefundStatus } from "@/lib/generated/prisma/client";
import { issueCreditNote } from "@/lib/invoices/issue-credit-note";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { formatMoney } from "@/lib/money/money";
import { lockOrder } from "./lock-order";
import { refundIntentOf } from "./open-refund";
import { creditLinesForReturn } from "@/lib/returns/return-credit";
import { creditLinesForRefund } from "./refund-credit-lines";
import { canTransition } from "./state-machine";
import { returnCommittedStock } from "./stock-movements";
import { transitionOrder } from "./transition-order";

export interface SettledRefund {
  /** False when the refund was no longer pending (settled already, e.g. by the webhook): nothing was done. */
  changed: boolean;
  orderId: string;
  before: { status: OrderStatus; refundedMinor: number };
  after: { status: OrderStatus; refundedMinor: number };
  refund: { id: string; amountMinor: number; status: RefundStatus; creditNoteNumber: string | null };
}

interface RefundRow {
  id: string;
  orderId: string;
  amountMinor: number;
  currency: string;
  reason: string;
  status: RefundStatus;
  idempotencyKey: string;
  returnId: string | null;
}

/** Locks the order a refund belongs to (always order first, then refund, in every path) and then the refund. */
async function lockRefund(tx: Tx, refundId: string) {
  const owner = await tx.refund.findUniqueOrThrow({ where: { id: refundId }, select: { orderId: true } });
  const order = await lockOrder(tx, owner.orderId);
  const [refund] = await tx.$queryRaw<RefundRow[]>`
    SELECT id, "orderId", "amountMinor", currency, reason, status::text AS status, "idempotencyKey", "returnId"
    FROM refunds WHERE id = ${refundId}::uuid FOR UPDATE`;
  if (!refund) throw new Error(`refund ${refundId} vanished`);
  return { order, refund };
}

/**
 * Books a refund the provider has confirmed, once: the refund succeeds, the order's refunded amount grows, a full
 * refund moves the order to REFUNDED (a cancellation to CANCELLED, with its stock back on the shelf), a partial one
 * leaves the status and notes it in the history; the credit note is issued and the e-mail queued (once per refund).
 * A refund for a return (lib/returns/refund-return.ts) credits the returned lines and marks the return refunded.
 * `actor` is the history label, e.g. "staff:<id>" or "payment:stripe".
 */
export async function settleRefund(
  tx: Tx,
  refundId: string,
  settlement: { reference: string | null; actor: string },
): Promise<SettledRefund> {
  const { order, refund } = await lockRefund(tx, refundId);
  const before = { status: order.status, refundedMinor: order.refundedMinor };
  if (refund.status !== "PENDING") {
    return {
      changed: false,
      orderId: order.id,
      before,
      after: before,
      refund: { id: refund.id, amountMinor: refund.amountMinor, status: refund.status, creditNoteNumber: null },
    };
  }
  const refundedMinor = order.refundedMinor + refund.amountMinor;
  await tx.refund.update({
    where: { id: refund.id },
    data: { status: "SUCCEEDED", ...(settlement.reference ? { reference: settlement.reference } : {}) },
  });
  await tx.order.update({ where: { id: order.id }, data: { refundedMinor } });

  const amount = formatMoney({ amountMinor: refund.amountMinor, currency: refund.currency }, env.SHOP_LOCALE);
  let status = order.status;
  if (refundIntentOf(refund.idempotencyKey) === "cancel" && canTransition(order.status, "CANCELLED")) {
    status = "CANCELLED";
    await transitionOrder(tx, {
      orderId: order.id,
      from: order.status,
      to: status,
      actor: settlement.actor,
      note: `Cancelled and refunded ${amount}: ${refund.reason}`,
    });
    await returnCommittedStock(tx, order.id);
  } else if (refundedMinor === order.totalMinor && canTransition(order.status, "REFUNDED")) {
    status = "REFUNDED";
    await transitionOrder(tx, {
      orderId: order.id,
      from: order.status,
      to: status,
      actor: settlement.actor,
      note: `Refunded ${amount} (in full): ${refund.reason}`,
    });
  } else {
    // A partial refund changes no state; the history still shows it.
    await tx.orderEvent.create({
      data: {
        orderId: order.id,
        fromStatus: order.status,
        toStatus: order.status,
        actor: settlement.actor,
        note: `Refunded ${amount} (partial): ${refund.reason}`,
      },
    });
  }

  // A return's refund credits the returned lines themselves; any other refund is split over the VAT rates.
  const creditLines = refund.returnId
    ? await creditLinesForReturn(tx, { returnId: refund.returnId, amountMinor: refund.amountMinor })
    : await creditLinesForRefund(tx, { orderId: order.id, orderNumber: order.number, amountMinor: refund.amountMinor });
  const creditNote = await issueCreditNote(tx, {
    orderId: order.id,
    refundId: refund.id,
    lines: creditLines,
    reason: refund.reason,
  });
  if (refund.returnId) {
    await tx.returnRequest.updateMany({
      where: { id: refund.returnId, status: "RECEIVED" },
      data: { status: "REFUNDED", refundedAt: new Date() },
    });
  }
  await enqueueEmail(tx, {
    template: "order-refunded",
    to: order.email,
    payload: { orderId: order.id, refundId: refund.id },
    dedupeKey: `order-refunded:${refund.id}`,
  });
  return {
    changed: true,
    orderId: order.id,
    before,
    after: { status, refundedMinor },
    refund: {
      id: refund.id,
      amountMinor: refund.amountMinor,
      status: "SUCCEEDED",
      creditNoteNumber: creditNote.number,
    },
  };
}

/** Marks a refund the provider refused (or never confirmed) as failed; nothing else changes. Once only. */
export async function failRefund(
  tx: Tx,
  refundId: string,
  failure: { reason: string; reference?: string | null },
): Promise<{ changed: boolean; orderId: string }> {
  const { order, refund } = await lockRefund(tx, refundId);
  if (refund.status !== "PENDING") return { changed: false, orderId: order.id };
  await tx.refund.update({
    where: { id: refund.id },
    data: {
      status: "FAILED",
      failureReason: failure.reason.slice(0, 500),
      ...(failure.reference ? { reference: failure.reference } : {}),
    },
  });
  return { changed: true, orderId: order.id };
}
