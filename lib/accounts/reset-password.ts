import type { Db } from "@/lib/db";
import { invalidInput } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { hashPassword } from "./password";
import { type AttemptLimits, type RequestOrigin, authLimits } from "./rate-limits";
import { hashResetToken } from "./reset-token";
import type { ResetPasswordInput } from "./schemas";

export const INVALID_RESET_LINK = "This reset link is invalid, has expired or was already used. Ask for a new one.";

/**
 * Sets a new password from a reset link. The token is claimed with one conditional update (unused and
 * unexpired), so two concurrent uses cannot both succeed. Every session of the account ends, and the account's
 * other outstanding links stop working.
 */
export async function resetPassword(
  db: Db,
  input: ResetPasswordInput,
  origin: RequestOrigin,
  limits: AttemptLimits = authLimits.passwordReset,
): Promise<void> {
  await consumeRateLimit(db, {
    key: `password-reset-use:address:${origin.clientAddress}`,
    limit: limits.perAddress,
    windowSeconds: limits.windowSeconds,
  });
  const passwordHash = await hashPassword(input.password);
  const tokenHash = hashResetToken(input.token);
  await db.$transaction(async (tx) => {
    const now = new Date();
    const claimed = await tx.passwordResetToken.updateManyAndReturn({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
      select: { userId: true },
    });
    const userId = claimed[0]?.userId;
    if (!userId) throw invalidInput({ token: INVALID_RESET_LINK }, INVALID_RESET_LINK);
    await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await tx.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
  });
}
