import { type StaffActor, actorLabel } from "@/lib/admin/staff-actor";
import { requireWrite } from "@/lib/admin/require-write";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { type RecordedTransfer, recordBankTransfer } from "./record-bank-transfer";
import { recordBankTransferSchema } from "./schemas";

/** Staff record a transfer they see on the bank account against one order; audited. */
export async function recordReceivedTransfer(
  db: Db,
  actor: StaffActor,
  orderId: string,
  rawInput: unknown,
): Promise<RecordedTransfer> {
  requireWrite(actor);
  const input = recordBankTransferSchema.parse(rawInput);
  return db.$transaction(
    async (tx) => {
      const recorded = await recordBankTransfer(tx, {
        orderId,
        amountMinor: input.amount.amountMinor,
        currency: input.amount.currency,
        receivedOn: input.receivedOn,
        reference: input.reference,
        counterparty: input.counterparty ?? null,
        statementEntryId: null,
        acceptOverpayment: input.acceptOverpayment,
        actor: actorLabel(actor),
      });
      await recordAudit(tx, actor, {
        action: "order.bank_transfer",
        entityType: "order",
        entityId: orderId,
        after: { ...input, outcome: recorded.outcome, receivedMinor: recorded.receivedMinor },
      });
      return recorded;
    },
    // Paying issues the invoice (a numbered PDF) in this transaction, as a card payment does.
    { maxWait: 10_000, timeout: 30_000 },
  );
}
