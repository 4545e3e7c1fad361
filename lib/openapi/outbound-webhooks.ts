import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { TEST_EVENT_TYPE, WEBHOOK_EVENT_TYPES, webhookEventDescriptions } from "@/lib/webhooks/event-types";
import { testEventDataSchema, webhookDataSchemas, webhookEnvelope } from "@/lib/webhooks/payloads";
import { safeString } from "@/lib/validation";

// The OpenAPI 3.1 `webhooks` section: what the shop POSTs to registered endpoints, one entry per event type, with
// the Standard Webhooks headers every request carries.

const signatureHeaders = z.object({
  "webhook-id": safeString().meta({
    description: "The event's id (`msg_…`): the same on every retry and redelivery, so receivers can deduplicate.",
  }),
  "webhook-timestamp": safeString().meta({ description: "Seconds since the Unix epoch when this attempt was signed." }),
  "webhook-signature": safeString().meta({
    description:
      "`v1,<base64 HMAC-SHA256 of \"{webhook-id}.{webhook-timestamp}.{body}\">` with the endpoint's secret (the part after `whsec_`, base64-decoded); during a rotation's grace period a second, space-separated signature with the previous secret.",
  }),
});

const SIGNING =
  "Signed per Standard Webhooks (https://www.standardwebhooks.com): verify with any of its libraries, e.g. npm `standardwebhooks`. Answer 2xx within 10 s; anything else (redirects included) is retried with exponential backoff for up to 3 days, in order per endpoint.";

function entry(type: string, summary: string, schema: z.ZodType): ZodOpenApiPathsObject[string] {
  return {
    post: {
      operationId: `webhook_${type.replace(/\W/g, "_")}`,
      tags: ["Outbound webhooks"],
      summary: type,
      description: `${summary} ${SIGNING}`,
      requestParams: { header: signatureHeaders },
      requestBody: { required: true, content: { "application/json": { schema } } },
      responses: { "200": { description: "Any 2xx acknowledges the event." } },
    },
  };
}

export function outboundWebhooks(): ZodOpenApiPathsObject {
  const paths: ZodOpenApiPathsObject = {};
  for (const type of WEBHOOK_EVENT_TYPES) {
    paths[type] = entry(type, webhookEventDescriptions[type], webhookEnvelope(type, webhookDataSchemas[type]));
  }
  paths[TEST_EVENT_TYPE] = entry(
    TEST_EVENT_TYPE,
    "Sent by “send a test event” in the admin, to that endpoint only.",
    webhookEnvelope(TEST_EVENT_TYPE, testEventDataSchema),
  );
  return paths;
}
