import type { Db } from "@/lib/db";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { requireAdminActor } from "@/lib/admin/require-write";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { keepLastAdmin, lockAccountAndAdmins } from "./lock-accounts";
import type { SetDisabledInput } from "./schemas";

/**
 * Disables an account (it can no longer log in, its sessions end at once and its API tokens stop working) or
 * enables it again. Administrators cannot disable themselves, and the last active administrator stays enabled.
 */
export async function setUserDisabled(db: Db, actor: StaffActor, input: SetDisabledInput): Promise<void> {
  requireAdminActor(actor);
  if (input.id === actor.userId && input.disabled) {
    throw new AppError("forbidden", "You cannot disable your own account.");
  }
  await db.$transaction(async (tx) => {
    const { account, otherActiveAdmins } = await lockAccountAndAdmins(tx, input.id);
    if ((account.disabledAt !== null) === input.disabled) return;
    if (input.disabled) keepLastAdmin(account, otherActiveAdmins, "disabled");
    const disabledAt = input.disabled ? new Date() : null;
    await tx.user.update({
      where: { id: account.id },
      // A new session version ends every session the account has open.
      data: input.disabled ? { disabledAt, sessionVersion: { increment: 1 } } : { disabledAt },
    });
    await recordAudit(tx, actor, {
      action: input.disabled ? "user.disable" : "user.enable",
      entityType: "user",
      entityId: account.id,
      before: { email: account.email, role: account.role, disabledAt: account.disabledAt },
      after: { email: account.email, role: account.role, disabledAt },
    });
  });
}
