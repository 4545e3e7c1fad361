import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";
import { getWebhookEndpoint } from "@/lib/webhooks/list-webhook-endpoints";
import { updateWebhookSchema, webhookParamsSchema } from "@/lib/webhooks/schemas";
import { deleteWebhookEndpoint, updateWebhookEndpoint } from "@/lib/webhooks/update-webhook-endpoint";

export const dynamic = "force-dynamic";

export const GET = adminHandler(
  { access: "read", adminOnly: true, params: webhookParamsSchema },
  async ({ params, actor }) => ({ endpoint: await getWebhookEndpoint(db, actor, params.id) }),
);

/** Changes `url`, `events`, `description` or `active`; turning it on again resumes waiting deliveries in order. */
export const PATCH = adminHandler(
  { access: "write", adminOnly: true, params: webhookParamsSchema, body: updateWebhookSchema, maxBodyBytes: 8 * 1024 },
  async ({ params, body, actor }) => ({ endpoint: await updateWebhookEndpoint(db, actor, params.id, body) }),
);

export const DELETE = adminHandler(
  { access: "write", adminOnly: true, params: webhookParamsSchema },
  async ({ params, actor }) => {
    await deleteWebhookEndpoint(db, actor, params.id);
    return new Response(null, { status: 204 });
  },
);
