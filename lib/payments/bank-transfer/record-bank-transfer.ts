import type { Tx } from "@/lib/db";
import { serverMessage } from "@/lib/i18n/server-message";
import { AppError, invalidInput, notFound } from "@/lib/errors";
import type { BankTransferOutcome, Payment } from "@/lib/generated/prisma/client";
import { formatMoney } from "@/lib/money/money";
import { paymentSucceeded } from "../apply-payment-event";

export interface ReceivedTransfer {
  orderId: string;
  amountMinor: number;
  currency: string;
  /** YYYY-MM-DD */
  receivedOn: string;
  reference: string;
  counterparty: string | null;
  /** Set for statement entries: the same entry is never counted twice. */
  statementEntryId: string | null;
  /** Staff accept more than the total as payment (and refund the rest by hand). */
  acceptOverpayment: boolean;
  actor: string;
}

export interface RecordedTransfer {
  /** null when the statement entry had been recorded before: nothing changed. */
  transferId: string | null;
  outcome: BankTransferOutcome | "duplicate";
  /** All transfers for the order so far, this one included, and what the order costs. */
  receivedMinor: number;
  dueMinor: number;
}

interface LockedOrder {
  id: string;
  status: string;
  paymentMethod: string;
  totalMinor: number;
  currency: string;
}

/**
 * Records money that arrived for a bank-transfer order, inside the caller's transaction. Locks the order's waiting
 * payment, then the order (the order card and Stripe events lock in too), so a concurrent recording of the same
 * order waits here and then finds it paid. When everything received adds up to the total, the order is paid through
 * the card payment's own transition (stock, invoice, e-mail exactly once); less or more is stored and flagged, never
 * accepted silently. Refuses orders that are not paid by bank transfer or no longer await payment.
 */
export async function recordBankTransfer(tx: Tx, input: ReceivedTransfer): Promise<RecordedTransfer> {
  const [payment] = await tx.$queryRaw<Payment[]>`
    SELECT * FROM payments
    WHERE "orderId" = ${input.orderId}::uuid AND provider = 'bank_transfer' AND status IN ('PENDING', 'PROCESSING')
    ORDER BY "createdAt" DESC LIMIT 1 FOR UPDATE`;
  const [order] = await tx.$queryRaw<LockedOrder[]>`
    SELECT id, status::text AS status, "paymentMethod"::text AS "paymentMethod", "totalMinor", currency
    FROM orders WHERE id = ${input.orderId}::uuid FOR UPDATE`;
  if (!order) throw notFound("The order was not found.");
  if (order.paymentMethod !== "bank_transfer") {
    throw new AppError("conflict", "This order is not paid by bank transfer.");
  }
  if (order.status !== "PENDING_PAYMENT") {
    throw new AppError(
      "conflict",
      "This order is no longer awaiting payment; a late or second transfer is refunded by hand.",
    );
  }
  if (input.currency !== order.currency) {
    throw invalidInput(
      { currency: serverMessage("The order is in {currency}.", { currency: order.currency }) },
      "The transfer is in another currency.",
    );
  }

  const [before] = await tx.$queryRaw<{ received: bigint }[]>`
    SELECT COALESCE(SUM("amountMinor"), 0)::bigint AS received FROM bank_transfers WHERE "orderId" = ${order.id}::uuid`;
  const receivedMinor = Number(before?.received ?? 0) + input.amountMinor;
  const dueMinor = order.totalMinor;
  const outcome: BankTransferOutcome =
    receivedMinor === dueMinor || (receivedMinor > dueMinor && input.acceptOverpayment)
      ? "PAID"
      : receivedMinor < dueMinor
        ? "UNDERPAID"
        : "OVERPAID";

  const [inserted] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO bank_transfers
      (id, "orderId", "amountMinor", currency, "receivedOn", reference, counterparty, "statementEntryId", outcome, actor)
    VALUES (gen_random_uuid(), ${order.id}::uuid, ${input.amountMinor}, ${input.currency}, ${input.receivedOn}::date,
            ${input.reference}, ${input.counterparty}, ${input.statementEntryId},
            ${outcome}::"BankTransferOutcome", ${input.actor})
    ON CONFLICT ("statementEntryId") DO NOTHING
    RETURNING id`;
  if (!inserted)
    return { transferId: null, outcome: "duplicate", receivedMinor: receivedMinor - input.amountMinor, dueMinor };

  const money = (amountMinor: number) => formatMoney({ amountMinor, currency: order.currency }, "en-IE");
  if (outcome === "PAID") {
    const waiting =
      payment ??
      (await tx.payment.create({
        data: { orderId: order.id, provider: "bank_transfer", amountMinor: dueMinor, currency: order.currency },
      }));
    const paid = await paymentSucceeded(tx, waiting, {
      id: `bank-transfer:${inserted.id}`,
      provider: "bank_transfer",
      type: "succeeded",
      paymentReference: waiting.reference ?? waiting.id,
      amountMinor: dueMinor,
      currency: order.currency,
    });
    if (paid !== "applied") throw new AppError("conflict", "The order could not be marked paid; reload and try again.");
    if (receivedMinor > dueMinor) {
      await flag(tx, order.id, `Overpaid by bank transfer: ${money(receivedMinor - dueMinor)} to refund.`);
    }
  } else {
    const gap = Math.abs(dueMinor - receivedMinor);
    await flag(
      tx,
      order.id,
      outcome === "UNDERPAID"
        ? `Bank transfer short: ${money(receivedMinor)} of ${money(dueMinor)} received, ${money(gap)} missing.`
        : `Bank transfer over: ${money(receivedMinor)} received for ${money(dueMinor)}; accept it or refund ${money(gap)}.`,
    );
  }
  return { transferId: inserted.id, outcome, receivedMinor, dueMinor };
}

async function flag(tx: Tx, orderId: string, reason: string): Promise<void> {
  await tx.order.update({ where: { id: orderId }, data: { attentionReason: reason } });
}
