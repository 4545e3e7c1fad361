import type { Tx } from "@/lib/db";
import { serverMessage } from "@/lib/i18n/server-message";
import { AppError, notFound } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/client";

export interface LockedAccount {
  id: string;
  email: string;
  role: Role;
  disabledAt: Date | null;
}

/**
 * Locks every active administrator (in id order, so two administrators changing each other queue instead of
 * deadlocking), then the account being changed. Returns the account and how many active administrators there
 * are besides it.
 */
export async function lockAccountAndAdmins(
  tx: Tx,
  id: string,
): Promise<{ account: LockedAccount; otherActiveAdmins: number }> {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM users WHERE role = 'ADMIN' AND "disabledAt" IS NULL ORDER BY id FOR UPDATE`;
  const [account] = await tx.$queryRaw<LockedAccount[]>`
    SELECT id, email, role::text AS role, "disabledAt" FROM users WHERE id = ${id}::uuid FOR UPDATE`;
  if (!account) throw notFound("The account was not found.");
  return { account, otherActiveAdmins: admins.filter((admin) => admin.id !== id).length };
}

/** The shop always keeps one administrator who can log in. */
export function keepLastAdmin(account: LockedAccount, otherActiveAdmins: number, what: "demoted" | "disabled"): void {
  if (account.role === "ADMIN" && account.disabledAt === null && otherActiveAdmins === 0) {
    throw new AppError(
      "conflict",
      serverMessage(
        "{email} is the last active administrator and cannot be {change, select, demoted {demoted} other {disabled}}. Make someone else an administrator first.",
        { email: account.email, change: what },
      ),
    );
  }
}
