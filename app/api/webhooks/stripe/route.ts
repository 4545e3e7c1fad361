import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { bodyLimits } from "@/lib/http/body-limits";
import { handler } from "@/lib/http/handler";
import { decodeUtf8, readBodyBytes } from "@/lib/http/read-body";
import { handleStripeWebhook } from "@/lib/payments/stripe-webhook";
import { stripeClient } from "@/lib/payments/stripe-provider";

/** Stripe calls this from its servers: no same-origin check; the signature over the raw body is the guard. */
export const POST = handler({ auth: "public", allowCrossSite: true }, async ({ request }) => {
  if (!env.STRIPE_SECRET_KEY || !env.STRIPE_WEBHOOK_SECRET) throw notFound("This endpoint was not found.");
  // Streamed with a cut-off at the webhook limit; the signature is checked over exactly these bytes.
  const rawBody = decodeUtf8(await readBodyBytes(request, bodyLimits.webhook.maxBytes));
  const outcome = await handleStripeWebhook(db, stripeClient(env.STRIPE_SECRET_KEY), {
    rawBody,
    signature: request.headers.get("stripe-signature"),
    secret: env.STRIPE_WEBHOOK_SECRET,
  });
  return { received: true, outcome };
});
