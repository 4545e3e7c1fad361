import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import { parseInvoiceDocument } from "@/lib/invoices/invoice-document";
import { invoiceAttachmentForOrder } from "@/lib/invoices/find-invoice-pdf";
import { issueInvoice } from "@/lib/invoices/issue-invoice";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { type EmailRenderers, emailRenderers } from "@/lib/mail/renderers";
import { orderConfirmationEmail } from "@/emails/order-confirmation";
import { czechInvoiceInput } from "./invoice-fixtures";

// A paid invoice and its queued confirmation for a chosen invoice input (Czech buyer, several VAT rates), without an
// order behind it: the mail tests check rendering from the stored invoice. Tests of the real payment path use
// placeAndPayOrder in fixtures.ts.

export async function payOrder(db: Db, to: string): Promise<{ orderId: string; invoiceNumber: string }> {
  const orderId = randomUUID();
  const invoice = await db.$transaction(
    async (tx) => {
      const issued = await issueInvoice(tx, czechInvoiceInput(orderId));
      await enqueueEmail(tx, {
        template: "order-confirmation",
        to,
        payload: { orderId },
        dedupeKey: `order-confirmation:${orderId}`,
      });
      return issued;
    },
    { maxWait: 60_000, timeout: 60_000 },
  );
  return { orderId, invoiceNumber: invoice.number };
}

export const renderersWithOrderConfirmation: EmailRenderers = {
  ...emailRenderers,
  "order-confirmation": async ({ orderId }, { db, shop }) => {
    const invoice = await db.invoice.findUniqueOrThrow({ where: { orderId } });
    const doc = parseInvoiceDocument(invoice.document);
    return orderConfirmationEmail(
      {
        orderNumber: doc.orderNumber ?? orderId,
        customerName: doc.buyer.name,
        currency: doc.currency,
        lines: doc.lines.map((line) => ({
          name: line.description,
          quantity: line.quantity,
          unitPriceMinor: line.unitPriceMinor,
          totalMinor: line.grossMinor,
          vatRatePercent: line.vatRatePercent,
        })),
        vatBreakdown: doc.vatBreakdown,
        shippingMinor: 0,
        surchargeMinor: 0,
        deliveryMethod: "Standard delivery",
        paymentMethod: "Card",
        pickup: null,
        testOrder: false,
        discountMinor: 0,
        totalMinor: doc.totals.grossMinor,
        shippingAddress: { name: doc.buyer.name, lines: doc.buyer.addressLines },
        orderUrl: `${shop.baseUrl}/account/orders/${orderId}`,
      },
      shop,
      await invoiceAttachmentForOrder(db, orderId),
    );
  },
};
