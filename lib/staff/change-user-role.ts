import type { Db } from "@/lib/db";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { requireAdminActor } from "@/lib/admin/require-write";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { keepLastAdmin, lockAccountAndAdmins } from "./lock-accounts";
import type { ChangeRoleInput } from "./schemas";

/**
 * Makes an account a customer, staff member or administrator. Administrators cannot change their own role (so
 * they cannot demote themselves), and the last active administrator cannot be demoted. The new role applies
 * from the account's next request: sessions and API tokens read the role from the database each time.
 */
export async function changeUserRole(db: Db, actor: StaffActor, input: ChangeRoleInput): Promise<void> {
  requireAdminActor(actor);
  if (input.id === actor.userId) throw new AppError("forbidden", "You cannot change your own role.");
  await db.$transaction(async (tx) => {
    const { account, otherActiveAdmins } = await lockAccountAndAdmins(tx, input.id);
    if (account.role === input.role) return;
    if (input.role !== "ADMIN") keepLastAdmin(account, otherActiveAdmins, "demoted");
    await tx.user.update({ where: { id: account.id }, data: { role: input.role } });
    await recordAudit(tx, actor, {
      action: "user.change_role",
      entityType: "user",
      entityId: account.id,
      before: { email: account.email, role: account.role },
      after: { email: account.email, role: input.role },
    });
  });
}
