import { z } from "zod";
import { safeString } from "@/lib/validation";

// Every e-mail the shop sends, by template name, with the input its template needs. Order e-mails carry ids and
// load current data when rendered; the outbox stores only this payload.

// The language a message not about an order is written in: the language of the request that caused it, stored
// with the message because it is rendered later (order e-mails use the order's language).
const language = safeString()
  .regex(/^[a-z]{2,3}$/)
  .optional();

// Contact e-mails carry the message itself, so they render without the contact module's table.
const contactMessage = z.object({
  messageId: z.uuid(),
  name: safeString().min(1).max(200),
  email: z.email(),
  subject: safeString().min(1).max(300),
  body: safeString().min(1).max(10_000),
  language,
});

export const emailPayloadSchemas = {
  welcome: z.object({ name: safeString(), language }),
  // To the account's owner when two-factor sign-in is turned on or off.
  "two-factor-enabled": z.object({ name: safeString(), language }),
  "two-factor-disabled": z.object({ name: safeString(), language }),
  // To the account's owner when an administrator has reset their second factor.
  "two-factor-reset": z.object({ name: safeString(), language }),
  "password-reset": z.object({
    name: safeString(),
    resetUrl: z.url(),
    expiresInMinutes: z.number().int().positive(),
    language,
  }),
  "order-confirmation": z.object({ orderId: z.uuid() }),
  // A bank-transfer order, when placed: how to pay (account, amount, reference, due date, QR code).
  "bank-transfer-instructions": z.object({ orderId: z.uuid() }),
  // The same instructions again, some days before the due date, if the money has not arrived.
  "bank-transfer-reminder": z.object({ orderId: z.uuid() }),
  "payment-failed": z.object({ orderId: z.uuid() }),
  "order-shipped": z.object({ orderId: z.uuid() }),
  "order-refunded": z.object({ orderId: z.uuid(), refundId: z.uuid() }),
  // Each step of a return (lib/returns): requested, approved, rejected, received. The refund sends order-refunded.
  "return-update": z.object({
    orderId: z.uuid(),
    returnId: z.uuid(),
    step: z.enum(["requested", "approved", "rejected", "received"]),
  }),
  "contact-notification": contactMessage,
  "contact-confirmation": contactMessage,
  // Staff's answer to a contact message, quoting it; the reply and the original travel in the payload.
  "contact-reply": z.object({
    messageId: z.uuid(),
    replyId: z.uuid(),
    name: safeString().min(1).max(200),
    subject: safeString().min(1).max(300),
    reply: safeString().min(1).max(10_000),
    original: safeString().min(1).max(10_000),
    originalSentAt: z.iso.datetime(),
    staffName: safeString().max(200).optional(),
    language,
  }),
  // To every administrator when the shop turns off a webhook endpoint that kept failing.
  "webhook-endpoint-disabled": z.object({
    endpointId: z.uuid(),
    url: safeString().min(1).max(2048),
    reason: safeString().min(1).max(2000),
  }),
} as const;

export type EmailTemplate = keyof typeof emailPayloadSchemas;
export type EmailPayload<T extends EmailTemplate> = z.infer<(typeof emailPayloadSchemas)[T]>;

export interface EmailRequest<T extends EmailTemplate = EmailTemplate> {
  template: T;
  to: string;
  payload: EmailPayload<T>;
  /** Same key → enqueued once, e.g. `order-confirmation:${orderId}`. */
  dedupeKey?: string;
}
