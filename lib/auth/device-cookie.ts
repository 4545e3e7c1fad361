import { randomBytes } from "node:crypto";
import { z } from "zod";
import { signToken, verifyToken } from "@/lib/security/signed-token";
import { safeString } from "@/lib/validation";
import { secureCookies } from "./session-token";

// OWASP's "device cookie": after a successful sign-in the browser gets `<userId>.<nonce>.<signature>`, an HMAC
// under a key derived from AUTH_SECRET. A later sign-in that presents it for the same account is known to come from
// a device its owner used, so it is not held to the budget that unknown devices share (see lib/accounts/log-in.ts).

const PURPOSE = "known-device";
export const KNOWN_DEVICE_MAX_AGE_SECONDS = 365 * 24 * 3600;

const shape = z.tuple([z.uuid(), safeString().regex(/^[\w-]{22}$/), safeString().regex(/^[\w-]{43}$/)]);

/** A new token for this account on this device; a fresh nonce each time, so each sign-in rotates it. */
export function issueDeviceToken(userId: string): string {
  const nonce = randomBytes(16).toString("base64url");
  return `${userId}.${nonce}.${signToken(PURPOSE, `${userId}.${nonce}`)}`;
}

/**
 * The device's nonce when `raw` is a genuine token for `userId` (checked in constant time); null for anything
 * missing, malformed, forged or issued for another account.
 */
export function knownDeviceNonce(raw: string | undefined, userId: string | undefined): string | null {
  if (!raw || !userId || raw.length > 200) return null;
  const parsed = shape.safeParse(raw.split("."));
  if (!parsed.success) return null;
  const [tokenUser, nonce, signature] = parsed.data;
  if (tokenUser !== userId) return null;
  return verifyToken(PURPOSE, `${tokenUser}.${nonce}`, signature) ? nonce : null;
}

export const deviceCookieOptions = {
  httpOnly: true,
  sameSite: "lax",
  secure: secureCookies,
  path: "/",
  maxAge: KNOWN_DEVICE_MAX_AGE_SECONDS,
} as const;
