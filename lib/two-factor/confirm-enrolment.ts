import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { selfActor } from "./account-actor";
import { replaceRecoveryCodes } from "./recovery-codes";
import { openTotpSecret, sealTotpSecret } from "./totp";
import { type SecondFactorLimits, secondFactorLimits, verifyEnrolmentCode } from "./verify-second-factor";

export interface Enrolled {
  /** Shown once; only their hashes are kept. */
  recoveryCodes: string[];
  /** Other sessions end (they were opened with the password alone); the caller starts a new one with this. */
  sessionVersion: number;
}

/**
 * Turns two-factor sign-in on once a code from the app matches the pending secret: the secret is kept sealed and
 * never shown again, ten recovery codes replace any old ones, the change is audited and the owner is e-mailed.
 */
export async function confirmEnrolment(
  db: Db,
  userId: string,
  code: string,
  limits: SecondFactorLimits = secondFactorLimits,
  /** The language of the request: the owner's e-mail speaks it. */
  language?: string,
): Promise<Enrolled> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, twoFactorEnabledAt: true, totpPendingEncrypted: true },
  });
  if (!user) throw notFound("The account was not found.");
  if (user.twoFactorEnabledAt) throw new AppError("conflict", "Two-factor sign-in is already on for this account.");
  const secret = user.totpPendingEncrypted ? openTotpSecret(user.totpPendingEncrypted, userId) : null;
  if (!secret) throw new AppError("conflict", "Start the set-up again: scan the new code shown.");
  const step = await verifyEnrolmentCode(db, userId, secret, code, limits);
  return db.$transaction(async (tx) => {
    // Only the pending secret that was checked is enrolled: a racing second confirmation finds nothing to do.
    const enrolledAt = new Date();
    const changed = await tx.user.updateMany({
      where: { id: userId, twoFactorEnabledAt: null, totpPendingEncrypted: user.totpPendingEncrypted },
      data: {
        twoFactorEnabledAt: enrolledAt,
        totpSecretEncrypted: sealTotpSecret(secret, userId),
        totpPendingEncrypted: null,
        totpLastStep: step,
        sessionVersion: { increment: 1 },
      },
    });
    if (changed.count !== 1) throw new AppError("conflict", "Two-factor sign-in is already on for this account.");
    const recoveryCodes = await replaceRecoveryCodes(tx, userId);
    await recordAudit(tx, selfActor(user), {
      action: "user.two_factor_enable",
      entityType: "user",
      entityId: userId,
      after: { email: user.email, twoFactorEnabledAt: enrolledAt, method: "totp" },
    });
    await enqueueEmail(tx, {
      template: "two-factor-enabled",
      to: user.email,
      payload: { name: user.name, ...(language ? { language } : {}) },
    });
    const { sessionVersion } = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { sessionVersion: true },
    });
    return { recoveryCodes, sessionVersion };
  });
}
