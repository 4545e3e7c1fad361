import { type JWT, decode, encode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { SESSION_COOKIE_NAMES } from "./cookie-names";

// Session cookies are next-auth JWTs (encrypted with AUTH_SECRET, A256GCM), named as next-auth names them.
// They carry only the user id, the user's session version and whether the sign-in passed a second factor; everything
// else is read from the database on each request, so a bumped version (logout, password change or reset) rejects
// every older cookie, and an account with two-factor sign-in rejects a session opened without it.

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export const secureCookies = new URL(env.PUBLIC_BASE_URL).protocol === "https:";

export const SESSION_COOKIE = secureCookies ? SESSION_COOKIE_NAMES.https : SESSION_COOKIE_NAMES.http;

export const sessionCookieOptions = {
  httpOnly: true,
  sameSite: "lax",
  secure: secureCookies,
  path: "/",
  maxAge: SESSION_MAX_AGE_SECONDS,
} as const;

export interface SessionClaims {
  userId: string;
  sessionVersion: number;
  /** The sign-in passed a second factor (lib/two-factor); required for accounts that have or need one. */
  secondFactor: boolean;
}

export function authSecret(): string {
  if (!env.AUTH_SECRET) {
    throw new Error("AUTH_SECRET is not set. Start the shop with `npm start`, which generates one, or set it in .env.");
  }
  return env.AUTH_SECRET;
}

export async function issueSessionToken(claims: SessionClaims): Promise<string> {
  return encode({
    token: { sub: claims.userId, sv: claims.sessionVersion, mf: claims.secondFactor },
    secret: authSecret(),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}

/** The claims of a valid, unexpired token; null for anything tampered, expired or malformed. */
export async function readSessionToken(raw: string | undefined): Promise<SessionClaims | null> {
  if (!raw) return null;
  try {
    return claimsFromToken(await decode({ token: raw, secret: authSecret() }));
  } catch {
    return null;
  }
}

/** The shop's claims in a decoded token (as next-auth's callbacks hand it over), or null when they are missing. */
export function claimsFromToken(token: JWT | null | undefined): SessionClaims | null {
  if (!token || typeof token.sub !== "string" || typeof token.sv !== "number") return null;
  return { userId: token.sub, sessionVersion: token.sv, secondFactor: token.mf === true };
}
