import type { LoggedIn } from "@/lib/accounts/log-in";
import type { SessionClaims } from "@/lib/auth/session-token";
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { twoFactorRequiredFor } from "./policy";
import { issuePendingToken, readTrustedDeviceToken } from "./sign-in-tokens";

export type SignInStep =
  | { kind: "session"; claims: SessionClaims; deviceToken: string }
  | { kind: "code"; pendingToken: string }
  | { kind: "enrol"; pendingToken: string };

/** Staff held to single sign-on (STAFF_SSO_ONLY) do not sign in with a password. */
export const STAFF_USE_SSO = "Staff accounts sign in with the shop's identity provider.";

/**
 * What follows a correct password (or a provider's sign-in, lib/auth/oidc). An account with two-factor sign-in gets no session yet, only a pending token for
 * the code step, unless this browser was remembered for it (a trusted-device token for the same account and session
 * version). An account whose role requires two-factor sign-in but has none set up gets a pending token for the
 * set-up instead. Everyone else gets a session.
 */
export async function afterFirstFactor(
  db: Db,
  loggedIn: LoggedIn,
  trustedDeviceToken?: string,
  method: "password" | "provider" | "passkey" = "password",
): Promise<SignInStep> {
  const user = await db.user.findUnique({
    where: { id: loggedIn.userId },
    select: { role: true, twoFactorEnabledAt: true },
  });
  if (!user) throw notFound("The account was not found.");
  if (method !== "provider" && user.role !== "CUSTOMER" && env.STAFF_SSO_ONLY) {
    throw new AppError("forbidden", STAFF_USE_SSO);
  }
  const binding = { userId: loggedIn.userId, sessionVersion: loggedIn.sessionVersion };
  const session = (secondFactor: boolean): SignInStep => ({
    kind: "session",
    claims: { ...binding, secondFactor },
    deviceToken: loggedIn.deviceToken,
  });
  // A passkey signs in with two factors at once: the device that holds it and the PIN or biometric that unlocks it
  // (user verification is required, lib/passkeys).
  if (method === "passkey") return session(true);
  if (user.twoFactorEnabledAt) {
    const trusted = readTrustedDeviceToken(trustedDeviceToken);
    if (trusted && trusted.userId === binding.userId && trusted.sessionVersion === binding.sessionVersion) {
      return session(true);
    }
    return { kind: "code", pendingToken: issuePendingToken("code", binding) };
  }
  if (twoFactorRequiredFor(user.role)) return { kind: "enrol", pendingToken: issuePendingToken("enrol", binding) };
  return session(false);
}

/** What follows a correct password. */
export const afterPassword = (db: Db, loggedIn: LoggedIn, trustedDeviceToken?: string) =>
  afterFirstFactor(db, loggedIn, trustedDeviceToken, "password");
