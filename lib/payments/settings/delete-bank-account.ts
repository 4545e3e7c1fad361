import { requireWrite } from "@/lib/admin/require-write";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { dropShopSettings } from "@/lib/delivery/settings-cache";
import { notFound } from "@/lib/errors";

/** Removes an account: bank transfer is no longer offered in its currency. */
export async function deleteBankAccount(db: Db, actor: StaffActor, id: string): Promise<void> {
  requireWrite(actor);
  await db.$transaction(async (tx) => {
    const before = await tx.bankAccount.findUnique({
      where: { id },
      select: { currency: true, accountHolder: true, iban: true, bic: true },
    });
    if (!before) throw notFound("The bank account was not found.");
    await tx.bankAccount.delete({ where: { id } });
    await recordAudit(tx, actor, { action: "bank_account.delete", entityType: "bank_account", entityId: id, before });
  });
  dropShopSettings();
}
