import { cookieJar, readCookie } from "@/lib/http/request-cookies";
import { PENDING_MAX_AGE_SECONDS, TRUSTED_DEVICE_MAX_AGE_SECONDS } from "@/lib/two-factor/sign-in-tokens";
import { KNOWN_DEVICE_COOKIE, TWO_FACTOR_PENDING_COOKIE, TWO_FACTOR_TRUSTED_COOKIE } from "./cookie-names";
import { deviceCookieOptions } from "./device-cookie";
import {
  SESSION_COOKIE,
  type SessionClaims,
  issueSessionToken,
  readSessionToken,
  sessionCookieOptions,
} from "./session-token";

// The session cookie as seen from a request (route handler, server action or server component).

export async function readSessionClaims(): Promise<SessionClaims | null> {
  return readSessionToken(await readCookie(SESSION_COOKIE));
}

/** Sets the session cookie; only callable where cookies may be written (server actions, route handlers). */
export async function startSession(claims: SessionClaims): Promise<void> {
  const jar = await cookieJar();
  jar.set(SESSION_COOKIE, await issueSessionToken(claims), sessionCookieOptions);
}

export async function clearSessionCookie(): Promise<void> {
  const jar = await cookieJar();
  jar.set(SESSION_COOKIE, "", { ...sessionCookieOptions, maxAge: 0 });
}

/** The device cookie a sign-in form post carried (see lib/auth/device-cookie.ts). */
export async function deviceTokenFromCookies(): Promise<string | undefined> {
  return readCookie(KNOWN_DEVICE_COOKIE);
}

/** Remembers this browser as one the account has signed in on. */
export async function rememberDevice(deviceToken: string): Promise<void> {
  (await cookieJar()).set(KNOWN_DEVICE_COOKIE, deviceToken, deviceCookieOptions);
}

const twoFactorCookie = (maxAge: number) => ({ ...sessionCookieOptions, maxAge });

/** The pending sign-in (password checked, second factor to come); replaces any earlier one. */
export async function setPendingSignIn(token: string): Promise<void> {
  (await cookieJar()).set(TWO_FACTOR_PENDING_COOKIE, token, twoFactorCookie(PENDING_MAX_AGE_SECONDS));
}

export async function pendingSignInFromCookies(): Promise<string | undefined> {
  return readCookie(TWO_FACTOR_PENDING_COOKIE);
}

export async function clearPendingSignIn(): Promise<void> {
  (await cookieJar()).set(TWO_FACTOR_PENDING_COOKIE, "", twoFactorCookie(0));
}

export async function trustedDeviceFromCookies(): Promise<string | undefined> {
  return readCookie(TWO_FACTOR_TRUSTED_COOKIE);
}

/** "Remember this device for 30 days" (lib/two-factor/sign-in-tokens.ts). */
export async function trustThisDevice(token: string): Promise<void> {
  (await cookieJar()).set(TWO_FACTOR_TRUSTED_COOKIE, token, twoFactorCookie(TRUSTED_DEVICE_MAX_AGE_SECONDS));
}
