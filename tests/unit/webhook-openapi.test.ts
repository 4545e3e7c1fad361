import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/event-types";

describe("the OpenAPI document's webhooks section", () => {
  const document = buildOpenApiDocument();

  it("describes every event the shop sends, with the signature headers and a versioned body", () => {
    const webhooks = document.webhooks ?? {};
    expect(Object.keys(webhooks).sort()).toEqual([...WEBHOOK_EVENT_TYPES, "webhook.test"].sort());
    for (const type of WEBHOOK_EVENT_TYPES) {
      const post = webhooks[type]?.post;
      const headers = (post?.parameters ?? []).map((p) => ("name" in p ? p.name : ""));
      expect(headers).toEqual(["webhook-id", "webhook-timestamp", "webhook-signature"]);
      const body = JSON.stringify(post?.requestBody);
      expect(body).toContain(`"const":"${type}"`);
      expect(body).toContain('"version"');
    }
  });
});
