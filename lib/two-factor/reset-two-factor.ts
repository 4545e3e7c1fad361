import type { Db } from "@/lib/db";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { requireAdminActor } from "@/lib/admin/require-write";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import { enqueueEmail } from "@/lib/mail/enqueue-email";

/**
 * An administrator resets someone else's second factor, for a person who lost their authenticator and recovery
 * codes: the TOTP secret (and any set-up in progress) and the recovery codes are removed, and the session version
 * moves on, which ends the account's sessions and voids its remembered devices and pending sign-ins (all bound to
 * it, lib/two-factor/sign-in-tokens.ts). Whoever must have a second factor sets it up again at the next sign-in.
 * Audited, and the person is e-mailed. One's own second factor is changed from one's account page, with a code.
 */
export async function resetTwoFactor(
  db: Db,
  actor: StaffActor,
  userId: string,
  /** The language of the request: the person's e-mail speaks it. */
  language?: string,
): Promise<void> {
  requireAdminActor(actor);
  if (userId === actor.userId) {
    throw new AppError("forbidden", "You cannot reset your own second factor here: change it on your account page.");
  }
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({
      where: { id: userId },
      select: { email: true, name: true, twoFactorEnabledAt: true, totpPendingEncrypted: true },
    });
    if (!before) throw notFound("The account");
    if (!before.twoFactorEnabledAt && !before.totpPendingEncrypted) {
      throw new AppError("conflict", "This account has no second factor to reset.");
    }
    await tx.user.update({
      where: { id: userId },
      data: {
        twoFactorEnabledAt: null,
        totpSecretEncrypted: null,
        totpPendingEncrypted: null,
        totpLastStep: null,
        sessionVersion: { increment: 1 },
      },
    });
    const { count: recoveryCodes } = await tx.recoveryCode.deleteMany({ where: { userId } });
    await recordAudit(tx, actor, {
      action: "user.two_factor_reset",
      entityType: "user",
      entityId: userId,
      before: { email: before.email, twoFactorEnabledAt: before.twoFactorEnabledAt, recoveryCodes },
      after: { email: before.email, twoFactorEnabledAt: null, recoveryCodes: 0 },
    });
    await enqueueEmail(tx, {
      template: "two-factor-reset",
      to: before.email,
      payload: { name: before.name, ...(language ? { language } : {}) },
    });
  });
}
