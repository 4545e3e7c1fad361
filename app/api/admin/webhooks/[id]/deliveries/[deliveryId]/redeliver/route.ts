import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";
import { redeliverWebhook } from "@/lib/webhooks/redeliver-webhook";
import { webhookDeliveryParamsSchema } from "@/lib/webhooks/schemas";

export const dynamic = "force-dynamic";

/** Sends the delivery's event again, with the same webhook-id; 409 while it is still waiting to go out. */
export const POST = adminHandler(
  { access: "write", adminOnly: true, params: webhookDeliveryParamsSchema },
  async ({ params, actor }) =>
    Response.json(await redeliverWebhook(db, actor, params.id, params.deliveryId), { status: 202 }),
);
