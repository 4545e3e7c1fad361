import { createHash, randomBytes } from "node:crypto";

// A token is "shop_" + 43 base64url characters (256 random bits). Only its SHA-256 is stored: the secret has full
// entropy, so a slow hash would add nothing, and lookups stay a single indexed equality.
export const TOKEN_PREFIX = "shop_";
const TOKEN_SHAPE = /^shop_[A-Za-z0-9_-]{43}$/;

export function newTokenSecret(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function looksLikeToken(value: string): boolean {
  return TOKEN_SHAPE.test(value);
}

/** What lists show to recognise a token: its first characters, never enough to use it. */
export function displayPrefix(secret: string): string {
  return secret.slice(0, TOKEN_PREFIX.length + 6);
}
