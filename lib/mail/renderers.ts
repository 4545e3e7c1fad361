import type { z } from "zod";
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { type ShopIdentity, loadShopIdentity } from "@/lib/shop/shop-identity";
import { contactConfirmationEmail } from "@/emails/contact-confirmation";
import { contactNotificationEmail } from "@/emails/contact-notification";
import { contactReplyEmail } from "@/emails/contact-reply";
import { passwordResetEmail } from "@/emails/password-reset";
import type { RenderedEmail } from "@/emails/rendered-email";
import { twoFactorChangedEmail } from "@/emails/two-factor-changed";
import { welcomeEmail } from "@/emails/welcome";
import { webhookEndpointDisabledEmail } from "@/emails/webhook-endpoint-disabled";
import { orderConfirmationEmail } from "@/emails/order-confirmation";
import { orderRefundedEmail } from "@/emails/order-refunded";
import { orderShippedEmail } from "@/emails/order-shipped";
import { paymentFailedEmail } from "@/emails/payment-failed";
import { returnUpdateEmail } from "@/emails/return-update";
import { bankTransferEmail } from "@/emails/bank-transfer-emails";
import { PAYMENT_QR_CID } from "@/emails/payment-instructions-block";
import type { EmailAttachment } from "@/emails/rendered-email";
import { orderConfirmationAttachment } from "@/lib/invoices/order-confirmation-pdf";
import { loadPaymentInstructions } from "@/lib/payments/bank-transfer/payment-instructions";
import { renderQrPng } from "@/lib/payments/bank-transfer/render-qr";
import { findCreditNotePdf, invoiceAttachmentForOrder } from "@/lib/invoices/find-invoice-pdf";
import { loadOrderEmailData } from "./load-order-email-data";
import { type EmailPayload, type EmailTemplate, emailPayloadSchemas } from "./messages";

export interface RenderContext {
  db: Db;
  shop: ShopIdentity;
}

export type EmailRenderer<T extends EmailTemplate> = (
  payload: EmailPayload<T>,
  context: RenderContext,
) => Promise<RenderedEmail> | RenderedEmail;

/** Template name → renderer. A renderer loads what its payload refers to and returns the finished message. */
export type EmailRenderers = { [T in EmailTemplate]?: EmailRenderer<T> };

export const emailRenderers: EmailRenderers = {
  welcome: (payload, { shop }) => welcomeEmail(payload, shop),
  "password-reset": (payload, { shop }) => passwordResetEmail(payload, shop),
  "two-factor-enabled": (payload, { shop }) => twoFactorChangedEmail("enabled", payload, shop),
  "two-factor-disabled": (payload, { shop }) => twoFactorChangedEmail("disabled", payload, shop),
  "two-factor-reset": (payload, { shop }) => twoFactorChangedEmail("reset", payload, shop),
  "contact-notification": (payload, { shop }) => contactNotificationEmail(payload, shop),
  "contact-confirmation": (payload, { shop }) => contactConfirmationEmail(payload, shop),
  "webhook-endpoint-disabled": (payload, { shop }) => webhookEndpointDisabledEmail(payload, shop),
  "contact-reply": (payload, { shop }) => contactReplyEmail(payload, shop, env.SHOP_TIME_ZONE),
  // The invoice, once issued for the paid order, goes with the confirmation.
  "order-confirmation": async ({ orderId }, { db, shop }) =>
    orderConfirmationEmail(
      await loadOrderEmailData(db, orderId, shop),
      shop,
      await invoiceAttachmentForOrder(db, orderId),
    ),
  "bank-transfer-instructions": ({ orderId }, context) => renderBankTransferEmail("instructions", orderId, context),
  "bank-transfer-reminder": ({ orderId }, context) => renderBankTransferEmail("reminder", orderId, context),
  "payment-failed": async ({ orderId }, { db, shop }) =>
    paymentFailedEmail(await loadOrderEmailData(db, orderId, shop), shop),
  "order-shipped": async ({ orderId }, { db, shop }) => {
    const order = await loadOrderEmailData(db, orderId, shop);
    const shipment = await db.order.findUniqueOrThrow({
      where: { id: orderId },
      select: { trackingNumber: true, carrier: true },
    });
    return orderShippedEmail(order, shipment, shop);
  },
  // The credit note issued with the refund goes with it.
  "order-refunded": async ({ orderId, refundId }, { db, shop }) => {
    const order = await loadOrderEmailData(db, orderId, shop);
    const refund = await db.refund.findFirst({
      where: { id: refundId, orderId, status: "SUCCEEDED" },
      select: { amountMinor: true, returnRequest: { select: { number: true } } },
    });
    if (!refund) throw new PermanentEmailError(`Refund ${refundId} of order ${orderId} has not succeeded.`);
    const creditNote = await findCreditNotePdf(db, refundId);
    return orderRefundedEmail(
      order,
      {
        amountMinor: refund.amountMinor,
        creditNoteNumber: creditNote?.number ?? null,
        returnNumber: refund.returnRequest?.number ?? null,
      },
      shop,
      creditNote ? { filename: creditNote.filename, contentType: "application/pdf", content: creditNote.pdf } : null,
    );
  },
  "return-update": async ({ orderId, returnId, step }, { db, shop }) => {
    const order = await loadOrderEmailData(db, orderId, shop);
    const ret = await db.returnRequest.findFirst({
      where: { id: returnId, orderId },
      select: {
        number: true,
        staffNote: true,
        lines: { include: { orderLine: true }, orderBy: { orderLine: { position: "asc" } } },
      },
    });
    if (!ret) throw new PermanentEmailError(`Return ${returnId} of order ${orderId} does not exist.`);
    const items = ret.lines.map(
      (line) =>
        `${line.quantity} × ${line.orderLine.productName}${line.orderLine.variantTitle ? ` – ${line.orderLine.variantTitle}` : ""}`,
    );
    return returnUpdateEmail(order, { number: ret.number, step, items, staffNote: ret.staffNote }, shop);
  },
};

/**
 * A bank-transfer e-mail with its instructions as they stand when it is sent (paid since: none), the QR code as an
 * inline PNG (cid) and the order confirmation PDF.
 */
async function renderBankTransferEmail(
  kind: "instructions" | "reminder",
  orderId: string,
  { db, shop }: RenderContext,
): Promise<RenderedEmail> {
  const order = await loadOrderEmailData(db, orderId, shop);
  const instructions = await loadPaymentInstructions(db, orderId);
  const attachments: EmailAttachment[] = [];
  if (instructions?.qrPayload) {
    attachments.push({
      filename: "payment-qr.png",
      contentType: "image/png",
      content: await renderQrPng(instructions.qrPayload, 400),
      cid: PAYMENT_QR_CID,
    });
  }
  if (instructions) attachments.push(await orderConfirmationAttachment(db, orderId, order.orderNumber, instructions));
  return bankTransferEmail(kind, order, instructions, shop, attachments);
}

export class PermanentEmailError extends Error {
  override name = "PermanentEmailError";
}

async function renderTemplate<T extends EmailTemplate>(
  name: T,
  payload: unknown,
  renderers: EmailRenderers,
  context: RenderContext,
): Promise<RenderedEmail> {
  const renderer: EmailRenderer<T> | undefined = renderers[name];
  if (!renderer) throw new PermanentEmailError(`No renderer is registered for "${name}".`);
  const schema: z.ZodType = emailPayloadSchemas[name];
  const parsed = schema.safeParse(payload);
  if (!parsed.success) throw new PermanentEmailError(`The payload of "${name}" is not valid: ${parsed.error.message}`);
  // TypeScript cannot follow the template name into the union of schemas; the schema for T produced this data.
  return renderer(parsed.data as EmailPayload<T>, context);
}

const isTemplate = (name: string): name is EmailTemplate => Object.hasOwn(emailPayloadSchemas, name);

/** Renders a queued message; a message that can never render (unknown template, bad payload) fails permanently. */
export async function renderQueuedEmail(
  template: string,
  payload: unknown,
  db: Db,
  renderers: EmailRenderers = emailRenderers,
): Promise<RenderedEmail> {
  if (!isTemplate(template)) throw new PermanentEmailError(`Unknown e-mail template "${template}".`);
  return renderTemplate(template, payload, renderers, { db, shop: await loadShopIdentity(db) });
}
