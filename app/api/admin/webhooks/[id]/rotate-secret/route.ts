import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";
import { rotateWebhookSecretSchema, webhookParamsSchema } from "@/lib/webhooks/schemas";

export const dynamic = "force-dynamic";

/** A new signing secret, shown this once; the old one keeps signing for `graceHours` (default 24). */
export const POST = adminHandler(
  {
    access: "write",
    adminOnly: true,
    params: webhookParamsSchema,
    body: rotateWebhookSecretSchema,
    maxBodyBytes: 1024,
  },
  async ({ params, body, actor }) => rotateWebhookSecret(db, actor, params.id, body),
);
