import { z } from "zod";
import { safeString } from "@/lib/validation";
import type { ApiOperation } from "../registry";

export const webhookOperations: ApiOperation[] = [
  {
    method: "post",
    path: "/api/webhooks/stripe",
    tag: "Webhooks",
    summary: "Receives Stripe events",
    description:
      "Called by Stripe, not by shops' clients: the signature over the raw body (Stripe-Signature) is checked with STRIPE_WEBHOOK_SECRET. Repeated and out-of-order events are safe. 404 when Stripe is not configured.",
    audience: "webhook",
    headers: z.object({
      "stripe-signature": safeString().meta({ description: "Stripe's signature of the raw body." }),
    }),
    success: {
      status: 200,
      description: "The event was received; `outcome` says what it changed.",
      schema: z.object({
        received: z.literal(true),
        outcome: z.enum(["applied", "duplicate", "ignored", "flagged", "unhandled"]),
      }),
    },
    errors: ["not_found", "payload_too_large"],
  },
];
