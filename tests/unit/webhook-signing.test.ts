import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { isBlockedAddress } from "@/lib/webhooks/address-policy";
import { urlShapeProblem } from "@/lib/webhooks/endpoint-address";
import { nextAttemptAt, webhookRetryDelayMs } from "@/lib/webhooks/retry-schedule";
import { newWebhookSecret, signWebhook, webhookHeaders } from "@/lib/webhooks/signing";
import { signingSecrets } from "@/lib/webhooks/signing-secrets";

describe("Standard Webhooks signatures", () => {
  it("match the reference library's for the same id, time and body", () => {
    const secret = newWebhookSecret();
    const at = new Date("2026-12-04T10:00:00Z");
    const body = JSON.stringify({ type: "order.paid", data: { id: "x", name: "Nováková ☕" } });
    expect(signWebhook(secret, "msg_1", at.getTime() / 1000, body)).toBe(new Webhook(secret).sign("msg_1", at, body));
  });

  it("carry one signature per key, any of which verifies", () => {
    const [current, previous] = [newWebhookSecret(), newWebhookSecret()];
    const headers = webhookHeaders([current, previous], "msg_2", "{}");
    expect(headers["webhook-signature"].split(" ")).toHaveLength(2);
    expect(new Webhook(current).verify("{}", { ...headers })).toEqual({});
    expect(new Webhook(previous).verify("{}", { ...headers })).toEqual({});
    expect(() => new Webhook(newWebhookSecret()).verify("{}", { ...headers })).toThrow();
  });

  it("sign with the previous key only while its grace period lasts", () => {
    const now = new Date("2026-12-04T10:00:00Z");
    const endpoint = { secret: "whsec_new", previousSecret: "whsec_old" };
    expect(signingSecrets({ ...endpoint, previousSecretExpiresAt: new Date(now.getTime() + 1) }, now)).toEqual([
      "whsec_new",
      "whsec_old",
    ]);
    expect(signingSecrets({ ...endpoint, previousSecretExpiresAt: now }, now)).toEqual(["whsec_new"]);
    expect(signingSecrets({ ...endpoint, previousSecretExpiresAt: null }, now)).toEqual(["whsec_new"]);
  });
});

describe("addresses webhooks may not reach", () => {
  it.each([
    ["127.0.0.1", true],
    ["127.8.9.10", true],
    ["10.0.0.1", true],
    ["172.16.0.1", true],
    ["172.31.255.255", true],
    ["192.168.1.1", true],
    ["169.254.169.254", true],
    ["100.100.100.200", true],
    ["0.0.0.0", true],
    ["255.255.255.255", true],
    ["::1", true],
    ["::", true],
    ["fe80::1", true],
    ["fd00:ec2::254", true],
    ["::ffff:127.0.0.1", true],
    ["::ffff:7f00:1", true],
    ["64:ff9b::a9fe:a9fe", true],
    ["[::1]", true],
    ["not-an-address", true],
    ["93.184.216.34", false],
    ["172.32.0.1", false],
    ["2606:4700:4700::1111", false],
    ["::ffff:93.184.216.34", false],
  ])("%s blocked: %s", (address, blocked) => {
    expect(isBlockedAddress(address)).toBe(blocked);
  });

  it.each([
    ["http://example.com/", false, "Use an https:// URL."],
    ["ftp://example.com/", true, "Use an https:// or http:// URL."],
    ["https://user:pw@example.com/", false, "Leave user names and passwords out of the URL."],
    ["not a url", false, "Enter a full URL, e.g. https://example.com/webhooks."],
    ["https://example.com/hooks", false, null],
    ["http://example.com/hooks", true, null],
  ])("%s (http allowed: %s) → %s", (url, allowHttp, problem) => {
    expect(urlShapeProblem(url, { allowHttp, allowPrivate: false })).toBe(problem);
  });
});

describe("retry schedule", () => {
  it("doubles from the base with jitter in [0.5, 1), capped at 12 hours", () => {
    expect(webhookRetryDelayMs(1, 1000, () => 0)).toBe(500);
    expect(webhookRetryDelayMs(3, 1000, () => 0.999_999)).toBe(4000);
    expect(webhookRetryDelayMs(40, 1000, () => 0)).toBe(6 * 3_600_000);
  });

  it("stops after the window that started with the first attempt, the last attempt falling on its end", () => {
    const first = new Date("2026-12-01T00:00:00Z");
    const window = { retryBaseMs: 3_600_000 * 8, retryWindowMs: 72 * 3_600_000 };
    const nearEnd = new Date(first.getTime() + 71 * 3_600_000);
    expect(nextAttemptAt(nearEnd, first, 10, window, () => 0.5)?.toISOString()).toBe("2026-12-04T00:00:00.000Z");
    expect(nextAttemptAt(new Date(first.getTime() + 72 * 3_600_000), first, 11, window)).toBeNull();
  });
});
