import type { Db } from "@/lib/db";
import { documentLanguage } from "./document-language";
import type { PaymentInstructions } from "@/lib/payments/bank-transfer/payment-instructions";
import { renderQrDataUrl } from "@/lib/payments/bank-transfer/render-qr";
import type { EmailAttachment } from "@/emails/rendered-email";
import { type InvoiceDocument, summarizeLines } from "./invoice-document";
import { invoiceInputForOrder } from "./invoice-input-for-order";
import { renderInvoicePdf } from "./invoice-pdf";
import { sellerParty } from "./seller";

/**
 * The order confirmation PDF of an order awaiting a bank transfer: what was ordered (as the invoice will show it)
 * and how to pay, with the payment QR code. Not a tax document, so it takes no number and is not stored; it is
 * rendered whenever it is sent.
 */
export async function renderOrderConfirmationPdf(
  db: Db,
  orderId: string,
  instructions: PaymentInstructions,
): Promise<Buffer> {
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { createdAt: true } });
  const input = await invoiceInputForOrder(db, orderId, order.createdAt);
  const doc: InvoiceDocument = {
    kind: "order-confirmation",
    number: input.orderNumber ?? "",
    issuedAt: order.createdAt.toISOString(),
    taxableSupplyAt: order.createdAt.toISOString(),
    currency: input.currency,
    ...documentLanguage(input.language),
    seller: await sellerParty(db),
    buyer: input.buyer,
    lines: input.lines,
    ...summarizeLines(input.lines),
    paymentMethod: input.paymentMethod,
    orderNumber: input.orderNumber ?? null,
    correctsInvoiceNumber: null,
    ...(input.testMode ? { testMode: true } : {}),
  };
  const qrPngDataUrl = instructions.qrPayload ? await renderQrDataUrl(instructions.qrPayload, 360) : null;
  return renderInvoicePdf(doc, { instructions, qrPngDataUrl });
}

export function orderConfirmationFilename(orderNumber: string): string {
  return `order-${orderNumber.replace(/[^\w-]/g, "_")}.pdf`;
}

/** The order confirmation PDF as an e-mail attachment. */
export async function orderConfirmationAttachment(
  db: Db,
  orderId: string,
  orderNumber: string,
  instructions: PaymentInstructions,
): Promise<EmailAttachment> {
  return {
    filename: orderConfirmationFilename(orderNumber),
    contentType: "application/pdf",
    content: await renderOrderConfirmationPdf(db, orderId, instructions),
  };
}
