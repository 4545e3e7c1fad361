import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";
import { listWebhookDeliveries } from "@/lib/webhooks/list-webhook-deliveries";
import { webhookDeliveriesQuerySchema, webhookParamsSchema } from "@/lib/webhooks/schemas";

export const dynamic = "force-dynamic";

/** The endpoint's delivery log, newest first: each delivery with its latest attempts. */
export const GET = adminHandler(
  { access: "read", adminOnly: true, params: webhookParamsSchema, query: webhookDeliveriesQuerySchema },
  async ({ params, query, actor }) => ({ items: await listWebhookDeliveries(db, actor, params.id, query) }),
);
