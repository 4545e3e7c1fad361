import { type StaffActor } from "@/lib/admin/staff-actor";
import { requireWrite } from "@/lib/admin/require-write";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isApplicable } from "./match-credits";
import { matchStatement, readStatement } from "./preview-bank-statement";
import { recordBankTransfer } from "./record-bank-transfer";

export interface AppliedStatement {
  /** Orders paid by this upload. */
  paid: { orderId: string; orderNumber: string; entryId: string }[];
  /** Matches the preview showed that were no longer applicable when applied (paid meanwhile, recorded before). */
  notApplied: number;
}

/**
 * Pays the orders a statement matches exactly (one credit, one order, the amount due), all in one transaction: the
 * matching is done again inside it, each entry is stored with its statement entry id (unique), and each order goes
 * through the same recording as a transfer typed in by staff. Uploading the statement again pays nothing twice.
 */
export async function applyBankStatement(db: Db, actor: StaffActor, content: string): Promise<AppliedStatement> {
  requireWrite(actor);
  const statement = readStatement(content);
  return db.$transaction(
    async (tx) => {
      const preview = await matchStatement(tx, statement);
      // Orders locked in one order (by id), so two uploads at once cannot deadlock.
      const matches = preview.matches
        .filter(isApplicable)
        .sort((a, b) => a.order.orderId.localeCompare(b.order.orderId));
      const paid: AppliedStatement["paid"] = [];
      let notApplied = 0;
      for (const match of matches) {
        const recorded = await recordBankTransfer(tx, {
          orderId: match.order.orderId,
          amountMinor: match.credit.amount.amountMinor,
          currency: match.credit.amount.currency,
          receivedOn: match.credit.bookedOn,
          reference: (match.credit.references[0] ?? "").slice(0, 140),
          counterparty: match.credit.counterparty.name?.slice(0, 140) ?? null,
          statementEntryId: match.credit.entryId,
          acceptOverpayment: false,
          actor: `statement:${actor.userId}`,
        }).catch((error: unknown) => {
          // Paid or cancelled by someone else since the matching read: leave it for the next preview to show.
          if (error instanceof AppError && error.code === "conflict") return null;
          throw error;
        });
        if (recorded?.outcome === "PAID") {
          paid.push({
            orderId: match.order.orderId,
            orderNumber: match.order.orderNumber,
            entryId: match.credit.entryId,
          });
        } else {
          notApplied += 1;
        }
      }
      await recordAudit(tx, actor, {
        action: "bank_statement.apply",
        entityType: "bank_statement",
        entityId: statement.statementId,
        after: { format: statement.format, credits: statement.credits.length, paid: paid.map((p) => p.orderNumber) },
      });
      return { paid, notApplied };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
