import type { Db } from "@/lib/db";
import { verifyPassword } from "@/lib/accounts/password";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, invalidInput, notFound } from "@/lib/errors";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { selfActor } from "./account-actor";
import { twoFactorRequiredFor } from "./policy";
import type { DisableTwoFactorInput } from "./schemas";
import { type SecondFactorLimits, secondFactorLimits, verifySecondFactor } from "./verify-second-factor";

/**
 * Turns two-factor sign-in off for the signed-in owner, who proves it with a current code (or a recovery code) and
 * their password. Accounts whose role requires it (STAFF_2FA) cannot. Audited, and the owner is e-mailed.
 */
export async function disableTwoFactor(
  db: Db,
  userId: string,
  input: DisableTwoFactorInput,
  limits: SecondFactorLimits = secondFactorLimits,
  /** The language of the request: the owner's e-mail speaks it. */
  language?: string,
): Promise<void> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, twoFactorEnabledAt: true },
  });
  if (!user) throw notFound("The account was not found.");
  if (twoFactorRequiredFor(user.role)) {
    throw new AppError("forbidden", "Two-factor sign-in is required for your role and cannot be turned off.");
  }
  if (!user.twoFactorEnabledAt) throw new AppError("conflict", "Two-factor sign-in is not on for this account.");
  // The code first: it is rate limited, so a stolen session cannot try passwords here at bcrypt's pace.
  await verifySecondFactor(db, userId, input.code, limits);
  if (!(await verifyPassword(input.password, user.passwordHash))) {
    throw invalidInput({ password: "This is not your current password." });
  }
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: { twoFactorEnabledAt: null, totpSecretEncrypted: null, totpPendingEncrypted: null, totpLastStep: null },
    });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await recordAudit(tx, selfActor(user), {
      action: "user.two_factor_disable",
      entityType: "user",
      entityId: userId,
      before: { email: user.email, twoFactorEnabledAt: user.twoFactorEnabledAt },
      after: { email: user.email, twoFactorEnabledAt: null },
    });
    await enqueueEmail(tx, {
      template: "two-factor-disabled",
      to: user.email,
      payload: { name: user.name, ...(language ? { language } : {}) },
    });
  });
}
