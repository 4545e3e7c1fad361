import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { consumeRateLimits, resetRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { dummyPasswordHash } from "./dummy-password-hash";
import { verifyPassword } from "./password";
import { type AttemptLimits, type RequestOrigin, accountAndAddressLimits, authLimits } from "./rate-limits";
import type { LoginInput } from "./schemas";

export const WRONG_CREDENTIALS = "The e-mail address or password is not correct.";

/**
 * Checks an e-mail and password. Throttled per account and per client address before any work is done; an
 * unknown e-mail, a wrong password and a disabled account all get the same answer after the same bcrypt work.
 */
export async function logIn(
  db: Db,
  input: LoginInput,
  origin: RequestOrigin,
  limits: AttemptLimits = authLimits.login,
): Promise<{ userId: string; sessionVersion: number }> {
  const limitsToCount = accountAndAddressLimits("login", input.email, origin, limits);
  await consumeRateLimits(db, limitsToCount);

  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, passwordHash: true, sessionVersion: true, disabledAt: true },
  });
  const matches = await verifyPassword(input.password, user?.passwordHash ?? (await dummyPasswordHash()));
  if (!user || !matches || user.disabledAt) throw new AppError("unauthenticated", WRONG_CREDENTIALS);

  // The owner got in: earlier failures for this account no longer count against them.
  const accountKey = limitsToCount[0]?.key;
  if (accountKey) await resetRateLimit(db, accountKey);
  return { userId: user.id, sessionVersion: user.sessionVersion };
}
