import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";
import { createWebhookEndpoint } from "@/lib/webhooks/create-webhook-endpoint";
import { listWebhookEndpoints } from "@/lib/webhooks/list-webhook-endpoints";
import { createWebhookSchema } from "@/lib/webhooks/schemas";

export const dynamic = "force-dynamic";

/** Every webhook endpoint (administrators only), without secrets. */
export const GET = adminHandler({ access: "read", adminOnly: true }, async ({ actor }) => ({
  items: await listWebhookEndpoints(db, actor),
}));

/** Registers `{ url, events, description? }`; the answer carries the signing secret, shown this once. */
export const POST = adminHandler(
  { access: "write", adminOnly: true, body: createWebhookSchema, maxBodyBytes: 8 * 1024 },
  async ({ body, actor }) => Response.json(await createWebhookEndpoint(db, actor, body), { status: 201 }),
);
