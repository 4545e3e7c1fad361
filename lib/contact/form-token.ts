import { timingSafeEqual } from "node:crypto";
import { contactHmac } from "./contact-secret";

// The form carries the time it was rendered, signed, so a submission's fill time can be measured without
// trusting the client: `<issued-at ms>.<base64url HMAC>`.

const TOKEN = /^(\d{12,15})\.([\w-]{43})$/;

export function issueFormToken(now: Date = new Date()): string {
  const issuedAt = String(now.getTime());
  return `${issuedAt}.${contactHmac("form-token", issuedAt).toString("base64url")}`;
}

/** The time the form was rendered, or null when the token was not issued by this shop. */
export function readFormToken(token: string): Date | null {
  const match = TOKEN.exec(token);
  if (!match?.[1] || !match[2]) return null;
  // Compared as text: the last base64url character carries two unused bits, and decoding first would accept four
  // spellings of one signature.
  const expected = Buffer.from(contactHmac("form-token", match[1]).toString("base64url"));
  const given = Buffer.from(match[2]);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return new Date(Number(match[1]));
}
