import type { Db } from "@/lib/db";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { requireAdminActor } from "@/lib/admin/require-write";
import { hashPassword } from "@/lib/accounts/password";
import { recordAudit } from "@/lib/audit/record-audit";
import { isUniqueViolation } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import type { CreateStaffInput } from "./schemas";

const TAKEN = "An account with this e-mail address already exists; change its role instead.";

/** An administrator creates a staff (or administrator) account with an initial password they pass on. */
export async function createStaffAccount(
  db: Db,
  actor: StaffActor,
  input: CreateStaffInput,
): Promise<{ id: string; email: string }> {
  requireAdminActor(actor);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, passwordHash },
        select: { id: true, email: true, name: true, role: true, disabledAt: true },
      });
      await recordAudit(tx, actor, { action: "user.create", entityType: "user", entityId: user.id, after: user });
      return { id: user.id, email: user.email };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", TAKEN, { fields: { email: TAKEN } });
    throw error;
  }
}
