import type { Db } from "@/lib/db";
import type { SessionClaims } from "@/lib/auth/session-token";
import { sessionNeedsSecondFactor } from "@/lib/two-factor/policy";
import type { CurrentUser } from "./types";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The user a session belongs to, or null when the account is gone or disabled, the session version moved on, or the
 * account has (or its role requires) two-factor sign-in and the session was opened without it: an administrator
 * promoted while signed in, say, signs in again and is sent to set it up.
 */
export async function userForSession(db: Db, claims: SessionClaims | null): Promise<CurrentUser | null> {
  if (!claims || !UUID.test(claims.userId)) return null;
  const user = await db.user.findUnique({
    where: { id: claims.userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      sessionVersion: true,
      disabledAt: true,
      twoFactorEnabledAt: true,
    },
  });
  if (!user || user.disabledAt || user.sessionVersion !== claims.sessionVersion) return null;
  if (!claims.secondFactor && sessionNeedsSecondFactor(user)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
