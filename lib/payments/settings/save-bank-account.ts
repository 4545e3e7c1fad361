import { requireWrite } from "@/lib/admin/require-write";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { dropShopSettings } from "@/lib/delivery/settings-cache";
import { invalidInput, notFound } from "@/lib/errors";
import type { BankAccountInput } from "./schemas";

const currencyTaken = () => invalidInput({ currency: "There is already an account for this currency; edit that one." });

/**
 * Adds the account bank transfers in a currency are paid to, or changes one. One account per currency: an order's
 * payment instructions and QR code name exactly one.
 */
export async function saveBankAccount(db: Db, actor: StaffActor, input: BankAccountInput): Promise<{ id: string }> {
  requireWrite(actor);
  try {
    const saved = await db.$transaction(async (tx) => {
      const before = input.id ? await tx.bankAccount.findUnique({ where: { id: input.id } }) : null;
      if (input.id && !before) throw notFound("The bank account was not found.");
      const clash = await tx.bankAccount.findFirst({
        where: { currency: input.currency, ...(before ? { id: { not: before.id } } : {}) },
        select: { id: true },
      });
      if (clash) throw currencyTaken();
      const data = {
        currency: input.currency,
        accountHolder: input.accountHolder,
        iban: input.iban,
        bic: input.bic ?? null,
      };
      const account = before
        ? await tx.bankAccount.update({ where: { id: before.id }, data })
        : await tx.bankAccount.create({ data });
      await recordAudit(tx, actor, {
        action: before ? "bank_account.update" : "bank_account.create",
        entityType: "bank_account",
        entityId: account.id,
        before: before
          ? { currency: before.currency, accountHolder: before.accountHolder, iban: before.iban, bic: before.bic }
          : undefined,
        after: data,
      });
      return { id: account.id };
    });
    dropShopSettings();
    return saved;
  } catch (error) {
    // Two staff adding an account in the same currency at once: the unique index decides, with the same message.
    if (isUniqueViolation(error, "currency")) throw currencyTaken();
    throw error;
  }
}
