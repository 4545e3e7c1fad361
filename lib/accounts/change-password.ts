import type { Db } from "@/lib/db";
import { invalidInput, notFound } from "@/lib/errors";
import { hashPassword, verifyPassword } from "./password";
import type { ChangePasswordInput } from "./schemas";

/**
 * Replaces the password after checking the current one, and ends every session of the account. Returns the new
 * session version so the caller can keep the device that made the change logged in.
 */
export async function changePassword(
  db: Db,
  userId: string,
  input: ChangePasswordInput,
): Promise<{ sessionVersion: number }> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) throw notFound("The account was not found.");
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw invalidInput({ currentPassword: "This is not your current password." });
  }
  const passwordHash = await hashPassword(input.newPassword);
  const updated = await db.user.update({
    where: { id: userId },
    data: { passwordHash, sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return { sessionVersion: updated.sessionVersion };
}
