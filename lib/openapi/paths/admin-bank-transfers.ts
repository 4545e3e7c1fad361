import { z } from "zod";
import { orderParamsSchema } from "@/lib/orders/schemas";
import { bankStatementSchema, recordBankTransferSchema } from "@/lib/payments/bank-transfer/schemas";
import { safeString } from "@/lib/validation";
import type { ApiOperation } from "../registry";
import { readScope, writeScope } from "../shared";
import { staffOrderSchema } from "./admin-orders";

// Bank transfers as staff settle them: one received transfer recorded on an order, or a bank statement matched
// against the orders awaiting a transfer (preview, then apply).

const TAG = "Admin: bank transfers";
const money = z.object({ amountMinor: z.number().int(), currency: safeString() });
const credit = z.object({
  entryId: safeString().meta({
    description: "Stable id of the statement entry; applied entries are never applied again.",
  }),
  bookedOn: safeString(),
  amount: money,
  references: z.array(safeString()),
  variableSymbols: z.array(safeString()),
  counterparty: z.object({ name: safeString().nullable(), account: safeString().nullable() }),
});
const awaitingOrder = z.object({
  orderId: z.uuid(),
  orderNumber: safeString(),
  reference: safeString(),
  amount: money.meta({ description: "Still due: the total less transfers recorded before." }),
});
const match = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("matched"),
    credit,
    order: awaitingOrder,
    amountCheck: z.enum(["exact", "underpaid", "overpaid", "other_currency"]),
    differenceMinor: z.number().int(),
  }),
  z.object({ kind: z.literal("ambiguous"), credit, candidates: z.array(awaitingOrder), reason: safeString() }),
  z.object({ kind: z.literal("unmatched"), credit, reason: safeString() }),
  z.object({ kind: z.literal("already_recorded"), credit }),
]);
const sampleCsv = "date,amount,currency,reference,counterparty,id\n2026-12-04,49.90,EUR,VS 100042,Anna Schmidt,T-1\n";

export const adminBankTransferOperations: ApiOperation[] = [
  {
    method: "post",
    path: "/api/admin/orders/{id}/bank-transfers",
    tag: TAG,
    summary: "Records a bank transfer received for an order",
    description: `When the transfers recorded add up to the order total, the order is paid through the same transition as a card payment (stock, invoice and confirmation e-mail, each once). Less (UNDERPAID) or more (OVERPAID) is stored and flags the order for attention; more is accepted only with \`acceptOverpayment: true\` (refund the difference by hand). 409 when the order is not paid by bank transfer or no longer awaits payment. ${writeScope}`,
    audience: "staff",
    params: orderParamsSchema,
    body: recordBankTransferSchema,
    example: { amount: { amountMinor: 4990, currency: "EUR" }, receivedOn: "2026-12-04", reference: "100042" },
    success: {
      status: 201,
      description: "What the transfer did, and the order as it is now.",
      schema: z.object({
        transfer: z.object({
          transferId: z.uuid().nullable(),
          outcome: z.enum(["PAID", "UNDERPAID", "OVERPAID", "duplicate"]),
          receivedMinor: z
            .number()
            .int()
            .meta({ description: "All transfers recorded for the order, this one included." }),
          dueMinor: z.number().int(),
        }),
        order: staffOrderSchema,
      }),
    },
    errors: ["not_found", "conflict"],
  },
  {
    method: "post",
    path: "/api/admin/bank-statements/preview",
    tag: TAG,
    summary: "Matches a bank statement against orders awaiting a transfer",
    description: `The statement is ISO 20022 camt.053 XML or CSV (header \`date,amount,currency,reference\`, optional \`counterparty,id\`), at most 2 MB. Booked credits are matched by payment reference (the variable symbol) and amount: matched (with the amount check), ambiguous, unmatched, or recorded before. Changes nothing. ${readScope}`,
    audience: "staff",
    body: bankStatementSchema,
    example: { statement: sampleCsv },
    success: {
      status: 200,
      description: "The preview.",
      schema: z.object({
        format: z.enum(["camt.053", "csv"]),
        statementId: safeString().nullable(),
        matches: z.array(match),
        skipped: z.array(z.object({ entry: safeString(), reason: safeString() })),
        applicable: z.number().int().meta({ description: "Exact matches that apply would pay now." }),
      }),
    },
  },
  {
    method: "post",
    path: "/api/admin/bank-statements/apply",
    tag: TAG,
    summary: "Pays the orders a bank statement matches exactly",
    description: `Matches again and, in one transaction, pays every order with exactly one credit of exactly the amount due; each statement entry is stored, so the same statement applied twice pays nothing twice. Under- and over-payments and ambiguous credits are left for staff. ${writeScope}`,
    audience: "staff",
    body: bankStatementSchema,
    example: { statement: sampleCsv },
    success: {
      status: 200,
      description: "The orders paid.",
      schema: z.object({
        paid: z.array(z.object({ orderId: z.uuid(), orderNumber: safeString(), entryId: safeString() })),
        notApplied: z.number().int(),
      }),
    },
  },
];
