import { z } from "zod";
import { createWebhookSchema, rotateWebhookSecretSchema, webhookDeliveryParamsSchema } from "@/lib/webhooks/schemas";

// The admin forms send one checkbox per event ("event:order.paid") and text fields; these turn them into the API's
// own input before the API's schemas check it, so the pages and the API refuse the same things.

function eventsFromForm(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return raw;
  const form = raw as Record<string, unknown>;
  const events = Object.keys(form)
    .filter((key) => key.startsWith("event:"))
    .map((key) => key.slice("event:".length));
  return {
    url: form.url,
    description: form.description,
    events,
  };
}

export const webhookFormSchema = z.preprocess(eventsFromForm, createWebhookSchema);

export const webhookIdFormSchema = z.object({ id: z.uuid("Unknown webhook endpoint.") });

export const webhookActiveFormSchema = webhookIdFormSchema.extend({ active: z.enum(["on", "off"]) });

export const redeliverFormSchema = z.object({
  id: webhookDeliveryParamsSchema.shape.id,
  deliveryId: webhookDeliveryParamsSchema.shape.deliveryId,
});

export const rotateFormSchema = webhookIdFormSchema.extend({
  graceHours: z.preprocess(
    (value) => (value === "" || value === undefined ? undefined : Number(value)),
    rotateWebhookSecretSchema.shape.graceHours,
  ),
});
