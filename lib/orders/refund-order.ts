import type { StaffActor } from "@/lib/admin/staff-actor";
import type { Db } from "@/lib/db";
import { type ProviderLookup, providerForPayment } from "@/lib/payments/provider-for-payment";
import { type RefundOutcome, completeRefund } from "./complete-refund";
import { lockOrder } from "./lock-order";
import { openRefund } from "./open-refund";
import { requireWrite } from "@/lib/admin/require-write";
import { refundOrderSchema } from "./schemas";

/**
 * Refunds part or all of a paid order through the provider that took the payment. In three steps: a transaction
 * that locks the order, checks the amount against what is left (counting refunds still in flight) and records a
 * PENDING refund; the provider call, outside any transaction, with the refund's idempotency key; a second
 * transaction that books the result. Refunds are money only: stock stays as it is (cancelling a paid order that
 * has not shipped is what returns stock, see cancel-order.ts).
 */
export async function refundOrder(
  db: Db,
  actor: StaffActor,
  orderId: string,
  rawInput: unknown,
  providers: ProviderLookup = providerForPayment,
): Promise<RefundOutcome> {
  requireWrite(actor);
  const input = refundOrderSchema.parse(rawInput);
  const opened = await db.$transaction(async (tx) =>
    openRefund(tx, await lockOrder(tx, orderId), { ...input, actor, intent: "refund" }),
  );
  return completeRefund(db, actor, opened, providers);
}
