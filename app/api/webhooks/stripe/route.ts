import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { handler } from "@/lib/http/handler";
import { handleStripeWebhook } from "@/lib/payments/stripe-webhook";
import { stripeClient } from "@/lib/payments/stripe-provider";

const MAX_WEBHOOK_BYTES = 512 * 1024;

/** Stripe calls this from its servers: no same-origin check; the signature over the raw body is the guard. */
export const POST = handler({ allowCrossSite: true }, async ({ request }) => {
  if (!env.STRIPE_SECRET_KEY || !env.STRIPE_WEBHOOK_SECRET) throw notFound("This endpoint");
  const rawBody = await request.text();
  if (Buffer.byteLength(rawBody) > MAX_WEBHOOK_BYTES)
    throw new AppError("payload_too_large", "Webhook body too large.");
  const outcome = await handleStripeWebhook(db, stripeClient(env.STRIPE_SECRET_KEY), {
    rawBody,
    signature: request.headers.get("stripe-signature"),
    secret: env.STRIPE_WEBHOOK_SECRET,
  });
  return { received: true, outcome };
});
