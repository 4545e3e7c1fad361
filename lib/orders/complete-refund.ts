import { type StaffActor, actorLabel } from "@/lib/admin/staff-actor";
import { serverMessage } from "@/lib/i18n/server-message";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { OrderStatus } from "@/lib/generated/prisma/client";
import { describeError, log } from "@/lib/log";
import type { RefundResult } from "@/lib/payments/provider";
import type { ProviderLookup } from "@/lib/payments/provider-for-payment";
import { type OpenedRefund, refundIntentOf } from "./open-refund";
import { failRefund, settleRefund } from "./settle-refund";

export interface RefundOutcome {
  refundId: string;
  /** PENDING: the provider accepted it and confirms later; the amount stays held meanwhile. */
  status: "SUCCEEDED" | "PENDING";
  amountMinor: number;
  orderStatus: OrderStatus;
  refundedMinor: number;
  creditNoteNumber: string | null;
}

// Issuing the credit note renders a PDF and takes a number under a row lock: allow more than Prisma's 5 s.
const SETTLE_TX = { maxWait: 10_000, timeout: 30_000 };

/**
 * Asks the provider to refund an opened attempt — outside any transaction, so no row stays locked while the network
 * is slow — and books the answer. A refusal or an unreachable provider marks the attempt FAILED and changes nothing
 * else (then throws, so the caller sees why); trying again opens a new attempt with a new idempotency key.
 */
export async function completeRefund(
  db: Db,
  actor: StaffActor,
  opened: OpenedRefund,
  providers: ProviderLookup,
): Promise<RefundOutcome> {
  let result: RefundResult;
  try {
    result = await providers(opened.provider).refund({
      refundId: opened.id,
      orderId: opened.orderId,
      idempotencyKey: opened.idempotencyKey,
      paymentReference: opened.paymentReference,
      amountMinor: opened.amountMinor,
      currency: opened.currency,
      reason: opened.reason,
    });
  } catch (error) {
    log.warn("refund: the payment provider gave no answer", { refundId: opened.id, ...describeError(error) });
    result = {
      status: "failed",
      failureReason: "The payment service could not be reached or did not confirm the refund.",
    };
  }

  if (result.status === "failed") {
    const failureReason = result.failureReason;
    await db.$transaction(async (tx) => {
      const { changed } = await failRefund(tx, opened.id, {
        reason: failureReason,
        reference: result.reference ?? null,
      });
      if (changed) {
        await recordAudit(tx, actor, {
          action: "refund.fail",
          entityType: "refund",
          entityId: opened.id,
          before: { status: "PENDING" },
          after: { status: "FAILED", failureReason },
        });
      }
    });
    throw new AppError(
      "service_unavailable",
      serverMessage("The refund did not go through: {reason} Nothing was changed; you can try again.", {
        reason: failureReason,
      }),
    );
  }

  if (result.status === "pending") {
    const reference = result.reference;
    const order = await db.$transaction(async (tx) => {
      await tx.refund.updateMany({ where: { id: opened.id, status: "PENDING" }, data: { reference } });
      return tx.order.findUniqueOrThrow({
        where: { id: opened.orderId },
        select: { status: true, refundedMinor: true },
      });
    });
    return {
      refundId: opened.id,
      status: "PENDING",
      amountMinor: opened.amountMinor,
      orderStatus: order.status,
      refundedMinor: order.refundedMinor,
      creditNoteNumber: null,
    };
  }

  const reference = result.reference;
  const settled = await db
    .$transaction(async (tx) => {
      const outcome = await settleRefund(tx, opened.id, { reference, actor: actorLabel(actor) });
      if (outcome.changed) {
        await recordAudit(tx, actor, {
          action: refundIntentOf(opened.idempotencyKey) === "cancel" ? "order.cancel" : "order.refund",
          entityType: "order",
          entityId: outcome.orderId,
          before: outcome.before,
          after: { ...outcome.after, refund: { ...outcome.refund, reason: opened.reason, reference } },
        });
      }
      return outcome;
    }, SETTLE_TX)
    .catch(async (error: unknown) => {
      // The money went back but booking it failed: keep the provider's id on the still-pending attempt, so the
      // provider's webhook (or a person) can settle it, and the held amount cannot be refunded twice meanwhile.
      log.error("refund: confirmed by the provider but not booked", { refundId: opened.id, ...describeError(error) });
      await db.refund
        .updateMany({ where: { id: opened.id, status: "PENDING" }, data: { reference } })
        .catch(() => undefined);
      throw error;
    });
  return {
    refundId: opened.id,
    status: "SUCCEEDED",
    amountMinor: opened.amountMinor,
    orderStatus: settled.after.status,
    refundedMinor: settled.after.refundedMinor,
    creditNoteNumber: settled.refund.creditNoteNumber,
  };
}
