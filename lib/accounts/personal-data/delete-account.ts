import type { Db } from "@/lib/db";
import { AppError, invalidInput, notFound } from "@/lib/errors";
import { verifyPassword } from "../password";
import { personalDataDomains } from "./domains";

/**
 * Deletes a customer account after the password is confirmed: every domain anonymises its personal data in one
 * transaction (rows kept for accounting lose their personal fields), and every session ends.
 */
export async function deleteAccount(db: Db, userId: string, input: { password: string }): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true, role: true } });
  if (!user) throw notFound("The account was not found.");
  if (user.role !== "CUSTOMER") {
    throw new AppError("forbidden", "Staff accounts are removed by an administrator, not from this page.");
  }
  if (!(await verifyPassword(input.password, user.passwordHash))) {
    throw invalidInput({ password: "This is not your current password." });
  }
  await db.$transaction(async (tx) => {
    for (const domain of [...personalDataDomains].reverse()) await domain.anonymise(tx, userId);
  });
}
