import { createHmac, randomBytes } from "node:crypto";

// Standard Webhooks signatures (https://www.standardwebhooks.com): the secret is "whsec_" + base64 of the key; a
// signature is "v1," + base64(HMAC-SHA256(key, `${id}.${timestamp}.${body}`)). Several signatures (the new and the
// old key during a rotation) go in one header, separated by spaces; a receiver accepts any that matches.

const SECRET_PREFIX = "whsec_";
const SECRET_SHAPE = /^whsec_[A-Za-z0-9+/]{32,88}={0,2}$/;

/** 32 random bytes: within the specification's 24–64. */
export function newWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString("base64")}`;
}

export function isWebhookSecret(value: string): boolean {
  return SECRET_SHAPE.test(value);
}

export function signWebhook(secret: string, id: string, timestampSeconds: number, body: string): string {
  if (!isWebhookSecret(secret)) throw new Error("not a whsec_ webhook secret");
  const key = Buffer.from(secret.slice(SECRET_PREFIX.length), "base64");
  const digest = createHmac("sha256", key).update(`${id}.${timestampSeconds}.${body}`).digest("base64");
  return `v1,${digest}`;
}

export interface WebhookHeaders {
  "webhook-id": string;
  "webhook-timestamp": string;
  "webhook-signature": string;
}

/** The three headers of one attempt, signed with every key given (current first). */
export function webhookHeaders(
  secrets: readonly string[],
  id: string,
  body: string,
  now: Date = new Date(),
): WebhookHeaders {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    "webhook-id": id,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": secrets.map((secret) => signWebhook(secret, id, timestamp, body)).join(" "),
  };
}
