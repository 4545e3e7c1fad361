import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";
import { webhookParamsSchema } from "@/lib/webhooks/schemas";
import { sendTestWebhook } from "@/lib/webhooks/send-test-webhook";

export const dynamic = "force-dynamic";

/** Queues a `webhook.test` event for this endpoint alone. */
export const POST = adminHandler(
  { access: "write", adminOnly: true, params: webhookParamsSchema },
  async ({ params, actor }) => Response.json(await sendTestWebhook(db, actor, params.id), { status: 202 }),
);
