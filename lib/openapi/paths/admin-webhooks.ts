import { z } from "zod";
import {
  createWebhookSchema,
  rotateWebhookSecretSchema,
  updateWebhookSchema,
  webhookDeliveriesQuerySchema,
  webhookDeliveryParamsSchema,
  webhookParamsSchema,
} from "@/lib/webhooks/schemas";
import type { WebhookEndpointView } from "@/lib/webhooks/endpoint-view";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/event-types";
import type { WebhookDeliveryView } from "@/lib/webhooks/list-webhook-deliveries";
import type { WebhookEndpointListItem } from "@/lib/webhooks/list-webhook-endpoints";
import { safeString } from "@/lib/validation";
import type { ApiOperation } from "../registry";
import { type Json, timestamp } from "../shared";

// Outbound webhooks as administrators manage them. What the shop sends to endpoints is in the document's
// `webhooks` section (lib/openapi/outbound-webhooks.ts).

const TAG = "Admin: webhooks";
const adminOnly =
  "Administrators only: a session, or an administrator's API token (write scope for changes); others get 403.";

const endpointFields = {
  id: z.uuid(),
  url: safeString(),
  description: safeString(),
  events: z.array(safeString()).meta({ description: `Any of: ${WEBHOOK_EVENT_TYPES.join(", ")}.` }),
  active: z.boolean(),
  disabledReason: safeString()
    .nullable()
    .meta({ description: "Why the shop turned the endpoint off (deliveries kept failing); null otherwise." }),
  previousSecretExpiresAt: timestamp
    .nullable()
    .meta({ description: "Until then deliveries are also signed with the secret before the last rotation." }),
  createdAt: timestamp,
  updatedAt: timestamp,
};
const endpointSchema: z.ZodType<Json<WebhookEndpointView>> = z.object(endpointFields).meta({ id: "WebhookEndpoint" });
const listItemSchema: z.ZodType<Json<WebhookEndpointListItem>> = z.object({
  ...endpointFields,
  pendingDeliveries: z.number().int(),
  failedDeliveries: z.number().int(),
});

const deliverySchema: z.ZodType<Json<WebhookDeliveryView>> = z
  .object({
    id: z.uuid(),
    eventId: safeString().meta({ description: "The `webhook-id` header of every attempt and redelivery." }),
    eventType: safeString(),
    status: z.enum(["PENDING", "SUCCEEDED", "FAILED"]),
    attempts: z.number().int(),
    nextAttemptAt: timestamp.nullable(),
    lastStatusCode: z.number().int().nullable(),
    lastError: safeString().nullable(),
    redeliveryOf: z.uuid().nullable(),
    createdAt: timestamp,
    completedAt: timestamp.nullable(),
    attemptLog: z
      .array(
        z.object({
          attempt: z.number().int(),
          succeeded: z.boolean(),
          statusCode: z.number().int().nullable(),
          durationMs: z.number().int(),
          responseBody: safeString().meta({ description: "The first 2 KB of the answer." }),
          error: safeString().nullable(),
          createdAt: timestamp,
        }),
      )
      .meta({ description: "The latest 10 attempts, newest first." }),
  })
  .meta({ id: "WebhookDelivery" });

const queuedSchema = z.object({ deliveryId: z.uuid(), eventId: safeString() });

export const adminWebhookOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/admin/webhooks",
    tag: TAG,
    summary: "Lists webhook endpoints",
    description: `Newest first, with how many deliveries wait and how many failed. Secrets are never listed. ${adminOnly}`,
    audience: "admin",
    success: { status: 200, description: "The endpoints.", schema: z.object({ items: z.array(listItemSchema) }) },
  },
  {
    method: "post",
    path: "/api/admin/webhooks",
    tag: TAG,
    summary: "Registers a webhook endpoint",
    description: `The URL must be https and must not resolve to a loopback, private, link-local or metadata address (checked again before every delivery); nothing is sent to it now. The answer carries the signing secret (\`whsec_…\`), shown only this once. ${adminOnly}`,
    audience: "admin",
    body: createWebhookSchema,
    example: {
      url: "https://erp.example.com/hooks/shop",
      events: ["order.paid", "order.cancelled"],
      description: "ERP",
    },
    success: {
      status: 201,
      description: "Registered.",
      schema: z.object({ endpoint: endpointSchema, secret: safeString().meta({ example: "whsec_…" }) }),
    },
  },
  {
    method: "get",
    path: "/api/admin/webhooks/{id}",
    tag: TAG,
    summary: "Gets a webhook endpoint",
    description: adminOnly,
    audience: "admin",
    params: webhookParamsSchema,
    success: { status: 200, description: "The endpoint.", schema: z.object({ endpoint: endpointSchema }) },
    errors: ["not_found"],
  },
  {
    method: "patch",
    path: "/api/admin/webhooks/{id}",
    tag: TAG,
    summary: "Changes a webhook endpoint",
    description: `Any of \`url\`, \`events\`, \`description\`, \`active\`. Turning an endpoint on again sends what waited meanwhile, in order. ${adminOnly}`,
    audience: "admin",
    params: webhookParamsSchema,
    body: updateWebhookSchema,
    example: { active: true },
    success: { status: 200, description: "The endpoint as changed.", schema: z.object({ endpoint: endpointSchema }) },
    errors: ["not_found"],
  },
  {
    method: "delete",
    path: "/api/admin/webhooks/{id}",
    tag: TAG,
    summary: "Deletes a webhook endpoint",
    description: `With its deliveries and their log. ${adminOnly}`,
    audience: "admin",
    params: webhookParamsSchema,
    success: { status: 204, description: "Deleted." },
    errors: ["not_found"],
  },
  {
    method: "get",
    path: "/api/admin/webhooks/{id}/deliveries",
    tag: TAG,
    summary: "Reads an endpoint's delivery log",
    description: `Deliveries newest first (\`limit\` ≤ 100, optional \`status\`), each with its latest attempts: status code, duration and the first 2 KB of the answer. ${adminOnly}`,
    audience: "admin",
    params: webhookParamsSchema,
    query: webhookDeliveriesQuerySchema,
    success: { status: 200, description: "The deliveries.", schema: z.object({ items: z.array(deliverySchema) }) },
    errors: ["not_found"],
  },
  {
    method: "post",
    path: "/api/admin/webhooks/{id}/deliveries/{deliveryId}/redeliver",
    tag: TAG,
    summary: "Redelivers an event",
    description: `Queues the delivery's event for the endpoint again: the same body and \`webhook-id\`, so receivers can deduplicate. 409 while that event is still waiting to go out. ${adminOnly}`,
    audience: "admin",
    params: webhookDeliveryParamsSchema,
    success: { status: 202, description: "Queued.", schema: queuedSchema },
    errors: ["not_found", "conflict"],
  },
  {
    method: "post",
    path: "/api/admin/webhooks/{id}/test",
    tag: TAG,
    summary: "Sends a test event",
    description: `Queues a \`webhook.test\` event for this endpoint alone; 409 while the endpoint is off. ${adminOnly}`,
    audience: "admin",
    params: webhookParamsSchema,
    success: { status: 202, description: "Queued.", schema: queuedSchema },
    errors: ["not_found", "conflict"],
  },
  {
    method: "post",
    path: "/api/admin/webhooks/{id}/rotate-secret",
    tag: TAG,
    summary: "Rotates the signing secret",
    description: `Answers the new secret, shown only this once. For \`graceHours\` (default 24, at most 168; 0 ends it at once) every delivery carries signatures with the new and the old secret. ${adminOnly}`,
    audience: "admin",
    params: webhookParamsSchema,
    body: rotateWebhookSecretSchema,
    example: { graceHours: 24 },
    success: {
      status: 200,
      description: "The new secret.",
      schema: z.object({ secret: safeString(), previousSecretExpiresAt: timestamp.nullable() }),
    },
    errors: ["not_found"],
  },
];
