import { signToken, verifyToken } from "@/lib/security/signed-token";
import { env } from "@/lib/env";

// The challenge of one WebAuthn ceremony, between the options and the response: signed (HMAC, key derived from
// AUTH_SECRET), bound to its purpose and, for registration, to the account, and good for five minutes. The
// response must sign exactly this challenge, so a response recorded elsewhere or earlier is worthless.

export const PASSKEY_CHALLENGE_COOKIE = "passkey_challenge";
export const PASSKEY_CHALLENGE_MAX_AGE_SECONDS = 5 * 60;

export type Ceremony = "register" | "authenticate";

export function issueChallengeCookie(ceremony: Ceremony, challenge: string, userId = "", now = Date.now()): string {
  const value = `${ceremony}.${challenge}.${userId}.${Math.floor(now / 1000) + PASSKEY_CHALLENGE_MAX_AGE_SECONDS}`;
  return `${value}.${signToken("passkey-challenge", value)}`;
}

/** The challenge this browser was given for `ceremony` (and `userId`), or null. */
export function readChallengeCookie(
  raw: string | undefined,
  ceremony: Ceremony,
  userId = "",
  now = Date.now(),
): string | null {
  if (!raw || raw.length > 500) return null;
  const parts = raw.split(".");
  if (parts.length !== 5) return null;
  const [kind, challenge = "", owner, expires = "0", signature = ""] = parts;
  if (!verifyToken("passkey-challenge", parts.slice(0, 4).join("."), signature)) return null;
  if (kind !== ceremony || owner !== userId || Number(expires) * 1000 <= now) return null;
  return challenge;
}

/** A Set-Cookie value for the challenge (or, with maxAge 0, its removal). */
export function challengeCookieHeader(value: string, maxAge = PASSKEY_CHALLENGE_MAX_AGE_SECONDS): string {
  return [
    `${PASSKEY_CHALLENGE_COOKIE}=${value}`,
    "Path=/api",
    `Max-Age=${maxAge}`,
    "HttpOnly",
    "SameSite=Strict",
    ...(env.PUBLIC_BASE_URL.startsWith("https:") ? ["Secure"] : []),
  ].join("; ");
}
