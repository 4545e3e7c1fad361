import { requireWrite } from "@/lib/admin/require-write";
import { serverMessage } from "@/lib/i18n/server-message";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { actorLabel } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { type RefundOutcome, completeRefund } from "@/lib/orders/complete-refund";
import { openRefund } from "@/lib/orders/open-refund";
import { type ProviderLookup, providerForPayment } from "@/lib/payments/provider-for-payment";
import { lockReturn, requireReturnStatus } from "./lock-return";
import { returnCredits } from "./return-credit";

export type ReturnRefundOutcome =
  | (RefundOutcome & { returnStatus: "REFUNDED" | "RECEIVED" })
  | { refundId: null; status: "SUCCEEDED"; amountMinor: 0; returnStatus: "REFUNDED" };

/**
 * Pays back a received return through the order's refund flow (lib/orders/refund-order.ts's three steps): under
 * the order and return locks, the return's credit is worked out line by line and stored, and a refund of that
 * amount is opened for the return; the provider is called outside any transaction (Stripe, the test provider, or
 * the manual one for bank transfers and cash on delivery, which staff pay out themselves); the settlement issues
 * the credit note with the return's lines, queues the refund e-mail and marks the return REFUNDED. A return has
 * at most one refund that has not failed (a unique index), so a second press gets 409 and one credit note is issued.
 */
export async function refundReturn(
  db: Db,
  actor: StaffActor,
  returnId: string,
  providers: ProviderLookup = providerForPayment,
): Promise<ReturnRefundOutcome> {
  requireWrite(actor);
  const opened = await db.$transaction(async (tx) => {
    const { order, ret } = await lockReturn(tx, returnId);
    requireReturnStatus(ret, "RECEIVED", "refunded");
    const live = await tx.refund.findFirst({
      where: { returnId: ret.id, status: { in: ["PENDING", "SUCCEEDED"] } },
      select: { status: true },
    });
    if (live) {
      throw new AppError(
        "conflict",
        live.status === "PENDING"
          ? serverMessage("The refund of return {number} is waiting for the payment provider’s confirmation.", {
              number: ret.number,
            })
          : serverMessage("Return {number} has already been refunded.", { number: ret.number }),
      );
    }
    const credits = await returnCredits(tx, ret.id);
    for (const credit of credits) {
      await tx.returnLine.update({
        where: { id: credit.returnLineId },
        data: { creditMinor: credit.creditMinor, creditVatMinor: credit.creditVatMinor },
      });
    }
    const amountMinor = credits.reduce((sum, credit) => sum + credit.creditMinor, 0);
    if (amountMinor === 0) {
      // Items given away for nothing: there is no money to return and no credit note to issue.
      await tx.returnRequest.update({ where: { id: ret.id }, data: { status: "REFUNDED", refundedAt: new Date() } });
      await tx.orderEvent.create({
        data: {
          orderId: order.id,
          fromStatus: order.status,
          toStatus: order.status,
          actor: actorLabel(actor),
          note: `Return ${ret.number} closed: nothing was paid for its items`,
        },
      });
      await recordAudit(tx, actor, {
        action: "return.refund",
        entityType: "return",
        entityId: ret.id,
        before: { status: ret.status },
        after: { status: "REFUNDED", amountMinor: 0, orderId: order.id },
      });
      return null;
    }
    const refund = await openRefund(tx, order, {
      amountMinor,
      reason: `Return ${ret.number}`,
      actor,
      intent: "refund",
      returnId: ret.id,
    });
    await recordAudit(tx, actor, {
      action: "return.refund",
      entityType: "return",
      entityId: ret.id,
      before: { status: ret.status },
      after: { refundId: refund.id, amountMinor, credits, orderId: order.id },
    });
    return refund;
  });
  if (!opened) return { refundId: null, status: "SUCCEEDED", amountMinor: 0, returnStatus: "REFUNDED" };
  const outcome = await completeRefund(db, actor, opened, providers);
  return { ...outcome, returnStatus: outcome.status === "SUCCEEDED" ? "REFUNDED" : "RECEIVED" };
}
