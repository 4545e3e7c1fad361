import type { LoggedIn } from "@/lib/accounts/log-in";
import type { SessionClaims } from "@/lib/auth/session-token";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { twoFactorRequiredFor } from "./policy";
import { issuePendingToken, readTrustedDeviceToken } from "./sign-in-tokens";

export type SignInStep =
  | { kind: "session"; claims: SessionClaims; deviceToken: string }
  | { kind: "code"; pendingToken: string }
  | { kind: "enrol"; pendingToken: string };

/**
 * What follows a correct password. An account with two-factor sign-in gets no session yet, only a pending token for
 * the code step, unless this browser was remembered for it (a trusted-device token for the same account and session
 * version). An account whose role requires two-factor sign-in but has none set up gets a pending token for the
 * set-up instead. Everyone else gets a session.
 */
export async function afterPassword(db: Db, loggedIn: LoggedIn, trustedDeviceToken?: string): Promise<SignInStep> {
  const user = await db.user.findUnique({
    where: { id: loggedIn.userId },
    select: { role: true, twoFactorEnabledAt: true },
  });
  if (!user) throw notFound("The account");
  const binding = { userId: loggedIn.userId, sessionVersion: loggedIn.sessionVersion };
  const session = (secondFactor: boolean): SignInStep => ({
    kind: "session",
    claims: { ...binding, secondFactor },
    deviceToken: loggedIn.deviceToken,
  });
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
