import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

function key(purpose: string): Buffer {
  if (!env.AUTH_SECRET) throw new Error("AUTH_SECRET is not set; `npm start` generates one, or set it in .env.");
  // A separate key per purpose: a token for one thing is never valid for another.
  return createHmac("sha256", env.AUTH_SECRET).update(`purpose:${purpose}`).digest();
}

export function signToken(purpose: string, value: string): string {
  return createHmac("sha256", key(purpose)).update(value).digest("base64url");
}

export function verifyToken(purpose: string, value: string, token: string): boolean {
  const expected = Buffer.from(signToken(purpose, value));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** A JSON value with an expiry, base64url-encoded and signed for `purpose`: `<payload>.<signature>`. */
export function issueSignedJson(purpose: string, value: object, maxAgeSeconds: number, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ ...value, expires: Math.floor(now / 1000) + maxAgeSeconds })).toString(
    "base64url",
  );
  return `${payload}.${signToken(purpose, payload)}`;
}

/** The value of a token from issueSignedJson, parsed by `schema`; null when forged, malformed or expired. */
export function readSignedJson<T extends { expires: number }>(
  purpose: string,
  raw: string | undefined,
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
  now = Date.now(),
): T | null {
  if (!raw || raw.length > 2_000) return null;
  const [payload = "", signature = ""] = raw.split(".");
  if (!verifyToken(purpose, payload, signature)) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success || parsed.data.expires * 1000 <= now) return null;
  return parsed.data;
}
