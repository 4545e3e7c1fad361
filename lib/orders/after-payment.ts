import type { Tx } from "@/lib/db";
import { invoiceInputForOrder } from "@/lib/invoices/invoice-input-for-order";
import { issueInvoice } from "@/lib/invoices/issue-invoice";
import { enqueueEmail } from "@/lib/mail/enqueue-email";

/**
 * What follows an order becoming paid, whatever paid it (card, test, bank transfer, cash on delivery): other open
 * attempts are closed, the invoice is issued and the confirmation queued, in the caller's transaction and under
 * its order lock. The invoice's unique order id and the e-mail's dedupe key make each happen once.
 */
export async function afterOrderPaid(tx: Tx, order: { id: string; email: string }, paymentId: string): Promise<void> {
  await tx.payment.updateMany({
    where: { orderId: order.id, id: { not: paymentId }, status: { in: ["PENDING", "PROCESSING"] } },
    data: { status: "CANCELLED", failureReason: "Another attempt paid the order." },
  });
  // The invoice is numbered in this transaction, so a rolled-back payment leaves no gap in the numbers.
  await issueInvoice(tx, await invoiceInputForOrder(tx, order.id, new Date()));
  await enqueueEmail(tx, {
    template: "order-confirmation",
    to: order.email,
    payload: { orderId: order.id },
    dedupeKey: `order-confirmation:${order.id}`,
  });
}
