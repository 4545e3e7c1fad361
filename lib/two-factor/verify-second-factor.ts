import type { Db } from "@/lib/db";
import { serverMessage } from "@/lib/i18n/server-message";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { consumeRateLimit, resetRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { consumeRecoveryCode } from "./recovery-codes";
import { openTotpSecret, totpStepOf } from "./totp";

/** Wrong second-factor codes allowed per account before it is refused for the rest of the window. */
export interface SecondFactorLimits {
  attempts: number;
  windowSeconds: number;
}

export const secondFactorLimits: SecondFactorLimits = {
  attempts: 5,
  windowSeconds: env.AUTH_RATE_LIMIT_WINDOW_SECONDS,
};

export const WRONG_CODE = "This code is not correct. Check the time on your phone and try again.";
export const REPLAYED_CODE = "This code has already been used. Wait for the next one in your app.";

const attemptsKey = (userId: string) => `two-factor:attempts:${userId}`;

/**
 * Counts an attempt at a second-factor code for the account, and throws rate_limited once `attempts` have failed in
 * the window. Counted before the check, so racing guesses cannot slip past; cleared by a correct code.
 */
async function countAttempt(db: Db, userId: string, limits: SecondFactorLimits): Promise<void> {
  try {
    await consumeRateLimit(db, {
      key: attemptsKey(userId),
      limit: limits.attempts,
      windowSeconds: limits.windowSeconds,
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "rate_limited") {
      const minutes = Math.max(1, Math.ceil((error.details.retryAfterSeconds ?? limits.windowSeconds) / 60));
      throw new AppError(
        "rate_limited",
        serverMessage(
          "Too many wrong codes. Sign-in codes for this account are refused for {minutes, plural, one {# minute} other {# minutes}}.",
          { minutes },
        ),
        error.details,
      );
    }
    throw error;
  }
}

/** Accepts a TOTP step only if it is later than the last one accepted (one atomic update: racing requests too). */
async function claimStep(db: Db, userId: string, step: number): Promise<boolean> {
  const claimed = await db.user.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return claimed.count === 1;
}

export type SecondFactorUsed = "totp" | "recovery-code";

/**
 * Checks a code (normalised by secondFactorCodeSchema) against the account's enrolled app or unused recovery codes.
 * Throws unauthenticated for a wrong or replayed code and rate_limited after too many; a recovery code is used up.
 */
export async function verifySecondFactor(
  db: Db,
  userId: string,
  code: string,
  limits: SecondFactorLimits = secondFactorLimits,
): Promise<SecondFactorUsed> {
  await countAttempt(db, userId, limits);
  const user = await db.user.findUnique({ where: { id: userId }, select: { totpSecretEncrypted: true } });
  if (!user?.totpSecretEncrypted) throw new AppError("unauthenticated", WRONG_CODE);
  let used: SecondFactorUsed | null = null;
  if (/^\d{6}$/.test(code)) {
    const secret = openTotpSecret(user.totpSecretEncrypted, userId);
    if (!secret) throw new Error("the TOTP secret cannot be opened: AUTH_SECRET changed since enrolment?");
    const step = totpStepOf(secret, code);
    if (step !== null) {
      if (!(await claimStep(db, userId, step))) throw new AppError("unauthenticated", REPLAYED_CODE);
      used = "totp";
    }
  } else if (await consumeRecoveryCode(db, userId, code)) {
    used = "recovery-code";
  }
  if (!used) throw new AppError("unauthenticated", WRONG_CODE);
  await resetRateLimit(db, attemptsKey(userId));
  return used;
}

/** Checks a code from the app against a secret not yet enrolled; the step it matched, or a field error. */
export async function verifyEnrolmentCode(
  db: Db,
  userId: string,
  secret: string,
  code: string,
  limits: SecondFactorLimits = secondFactorLimits,
): Promise<number> {
  await countAttempt(db, userId, limits);
  const step = totpStepOf(secret, code);
  if (step === null) throw new AppError("invalid_input", WRONG_CODE, { fields: { code: WRONG_CODE } });
  await resetRateLimit(db, attemptsKey(userId));
  return step;
}
