import type { Db } from "@/lib/db";
import { type ShopIdentity, shopIdentity } from "@/lib/shop/shop-identity";
import { contactConfirmationEmail } from "@/emails/contact-confirmation";
import { contactNotificationEmail } from "@/emails/contact-notification";
import { passwordResetEmail } from "@/emails/password-reset";
import type { RenderedEmail } from "@/emails/rendered-email";
import { welcomeEmail } from "@/emails/welcome";
import { type EmailPayload, type EmailTemplate, emailPayloadSchemas } from "./messages";

export interface RenderContext {
  db: Db;
  shop: ShopIdentity;
}

export type EmailRenderer<T extends EmailTemplate> = (
  payload: EmailPayload<T>,
  context: RenderContext,
) => Promise<RenderedEmail> | RenderedEmail;

/**
 * Template name → renderer. A renderer loads what its payload refers to and returns the finished message.
 * Order e-mails (emails/order-*.tsx, payment-failed.tsx) are registered by the orders module, which loads the order.
 */
export type EmailRenderers = { [T in EmailTemplate]?: EmailRenderer<T> };

export const emailRenderers: EmailRenderers = {
  welcome: (payload, { shop }) => welcomeEmail(payload, shop),
  "password-reset": (payload, { shop }) => passwordResetEmail(payload, shop),
  "contact-notification": (payload, { shop }) => contactNotificationEmail(payload, shop),
  "contact-confirmation": (payload, { shop }) => contactConfirmationEmail(payload, shop),
};

export class PermanentEmailError extends Error {
  override name = "PermanentEmailError";
}

/** Renders a queued message; a message that can never render (unknown template, bad payload) fails permanently. */
export async function renderQueuedEmail(
  template: string,
  payload: unknown,
  db: Db,
  renderers: EmailRenderers = emailRenderers,
): Promise<RenderedEmail> {
  if (!(template in emailPayloadSchemas)) throw new PermanentEmailError(`Unknown e-mail template "${template}".`);
  const name = template as EmailTemplate;
  const renderer = renderers[name] as EmailRenderer<EmailTemplate> | undefined;
  if (!renderer) throw new PermanentEmailError(`No renderer is registered for "${template}".`);
  const parsed = emailPayloadSchemas[name].safeParse(payload);
  if (!parsed.success)
    throw new PermanentEmailError(`The payload of "${template}" is not valid: ${parsed.error.message}`);
  return renderer(parsed.data as EmailPayload<EmailTemplate>, { db, shop: shopIdentity() });
}
