import { z } from "zod";
import { safeString } from "@/lib/validation";
import { WEBHOOK_EVENT_TYPES } from "./event-types";

// One set of schemas for the /api/admin/webhooks handlers and the admin pages' server actions. Objects are strict:
// a field the API does not know (a "secret" sent along, say) is refused by name.

const CONTROL = /[\u0000-\u001f\u007f]/;

const urlField = safeString({ error: "The URL must be text." })
  .trim()
  .min(1, "Enter the endpoint's URL.")
  .max(2048, "The URL has at most 2048 characters.")
  .refine((text) => !CONTROL.test(text), "The URL must be one line of plain text.");

const eventsField = z
  .array(z.enum(WEBHOOK_EVENT_TYPES, { error: "Unknown event type." }), { error: "Choose the events to send." })
  .min(1, "Choose at least one event.")
  .max(WEBHOOK_EVENT_TYPES.length, "Each event at most once.")
  .refine((events) => new Set(events).size === events.length, "Each event at most once.");

const descriptionField = safeString({ error: "The description must be text." })
  .trim()
  .max(500, "The description has at most 500 characters.");

export const createWebhookSchema = z.strictObject({
  url: urlField,
  events: eventsField,
  description: descriptionField.optional(),
});
export type CreateWebhookInput = z.infer<typeof createWebhookSchema>;

export const updateWebhookSchema = z
  .strictObject({
    url: urlField.optional(),
    events: eventsField.optional(),
    description: descriptionField.optional(),
    active: z.boolean({ error: "active is true or false." }).optional(),
  })
  .refine((input) => Object.values(input).some((value) => value !== undefined), "Send at least one field to change.");
export type UpdateWebhookInput = z.infer<typeof updateWebhookSchema>;

export const rotateWebhookSecretSchema = z.strictObject({
  /** How long the old secret keeps signing alongside the new one; 0 ends it at once. */
  graceHours: z
    .number({ error: "graceHours is a number of hours." })
    .int("graceHours is a whole number of hours.")
    .min(0, "graceHours is at least 0.")
    .max(168, "graceHours is at most 168 (a week).")
    .default(24),
});
export type RotateWebhookSecretInput = z.infer<typeof rotateWebhookSecretSchema>;

export const webhookParamsSchema = z.object({ id: z.uuid("Unknown webhook endpoint.") });
export const webhookDeliveryParamsSchema = z.object({
  id: z.uuid("Unknown webhook endpoint."),
  deliveryId: z.uuid("Unknown delivery."),
});

export const webhookDeliveriesQuerySchema = z.strictObject({
  status: z.enum(["PENDING", "SUCCEEDED", "FAILED"], { error: "status is PENDING, SUCCEEDED or FAILED." }).optional(),
  limit: z.coerce
    .number({ error: "limit is a number." })
    .int("limit is a whole number.")
    .min(1, "limit is at least 1.")
    .max(100, "limit is at most 100.")
    .default(50),
});
export type WebhookDeliveriesQuery = z.infer<typeof webhookDeliveriesQuerySchema>;
