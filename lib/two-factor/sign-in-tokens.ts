import { z } from "zod";
import { signToken, verifyToken } from "@/lib/security/signed-token";
import { safeString } from "@/lib/validation";

// Two signed values the browser carries between the steps of a sign-in (HMAC under keys derived from AUTH_SECRET,
// lib/security/signed-token.ts). Both are bound to the account and its session version, so logging out everywhere
// or changing the password voids them.
//  - pending: "the password was right; now the second factor" (or, for staff who must have one, "now set it up").
//    Five minutes, and no session: nothing else accepts it.
//  - trusted device: "remember this device for 30 days": the code step is skipped on this browser for this account.

export const PENDING_MAX_AGE_SECONDS = 5 * 60;
export const TRUSTED_DEVICE_MAX_AGE_SECONDS = 30 * 24 * 3600;

export type PendingStep = "code" | "enrol";

export interface SignInBinding {
  userId: string;
  sessionVersion: number;
}

const fields = z.tuple([
  z.uuid(),
  safeString()
    .regex(/^\d{1,9}$/)
    .transform(Number),
  safeString()
    .regex(/^\d{10}$/)
    .transform(Number),
  safeString().regex(/^[\w-]{43}$/),
]);

function issue(purpose: string, binding: SignInBinding, maxAgeSeconds: number, now: number): string {
  const expires = Math.floor(now / 1000) + maxAgeSeconds;
  const value = `${binding.userId}.${binding.sessionVersion}.${expires}`;
  return `${value}.${signToken(purpose, value)}`;
}

function read(purpose: string, raw: string | undefined, now: number): SignInBinding | null {
  if (!raw || raw.length > 200) return null;
  const parsed = fields.safeParse(raw.split("."));
  if (!parsed.success) return null;
  const [userId, sessionVersion, expires, signature] = parsed.data;
  if (!verifyToken(purpose, `${userId}.${sessionVersion}.${expires}`, signature)) return null;
  if (expires * 1000 <= now) return null;
  return { userId, sessionVersion };
}

const pendingPurpose = (step: PendingStep) => `sign-in-pending:${step}`;

export const issuePendingToken = (step: PendingStep, binding: SignInBinding, now = Date.now()) =>
  issue(pendingPurpose(step), binding, PENDING_MAX_AGE_SECONDS, now);

export const readPendingToken = (step: PendingStep, raw: string | undefined, now = Date.now()) =>
  read(pendingPurpose(step), raw, now);

export const issueTrustedDeviceToken = (binding: SignInBinding, now = Date.now()) =>
  issue("two-factor-trusted-device", binding, TRUSTED_DEVICE_MAX_AGE_SECONDS, now);

export const readTrustedDeviceToken = (raw: string | undefined, now = Date.now()) =>
  read("two-factor-trusted-device", raw, now);
