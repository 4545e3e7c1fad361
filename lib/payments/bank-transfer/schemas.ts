import { MAJOR_UNITS_PATTERN } from "@/lib/money/money";
import { z } from "zod";
import { safeString } from "@/lib/validation";

// What staff send to record a received transfer (`POST /api/admin/orders/{id}/bank-transfers`) and to upload a
// statement; the admin forms parse with the same schemas.

const MAX_AMOUNT_MINOR = 1_000_000_000;
export const MAX_STATEMENT_BYTES = 2 * 1024 * 1024;

const isoDay = safeString({ error: "Give the date the money arrived." })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date such as 2026-12-04.")
  .refine((day) => {
    const parsed = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(day);
  }, "That date does not exist.")
  // A day ahead of UTC is allowed: the shop's clock may already be there.
  .refine((day) => new Date(`${day}T00:00:00Z`).getTime() <= Date.now() + 86_400_000, "That date is in the future.");

export const recordBankTransferSchema = z.strictObject({
  amount: z.strictObject({
    amountMinor: z
      .number({ error: "Give the amount in minor units (cents)." })
      .int("Give the amount in minor units (cents).")
      .positive("The amount must be more than zero.")
      .max(MAX_AMOUNT_MINOR, "The amount is too large."),
    currency: safeString({ error: "Give the currency." }).regex(/^[A-Z]{3}$/, "Use an ISO 4217 code such as EUR."),
  }),
  receivedOn: isoDay,
  reference: safeString()
    .trim()
    .max(140, "The reference has at most 140 characters.")
    .regex(/^[^\p{Cc}]*$/u, "The reference must be a single line of text.")
    .default(""),
  counterparty: safeString()
    .trim()
    .max(140, "The payer's name has at most 140 characters.")
    .regex(/^[^\p{Cc}]*$/u, "The payer's name must be a single line of text.")
    .optional(),
  acceptOverpayment: z.boolean().default(false),
});
export type RecordBankTransferInput = z.infer<typeof recordBankTransferSchema>;

export const bankStatementSchema = z.strictObject({
  statement: safeString({ error: "Choose a statement file." })
    .min(1, "Choose a statement file.")
    .refine((text) => Buffer.byteLength(text) <= MAX_STATEMENT_BYTES, "The statement is larger than 2 MB."),
});

/** The order page's form: the amount typed in major units ("49.90"), a checkbox to accept an overpayment. */
export const recordBankTransferFormSchema = z.strictObject({
  id: z.uuid("Unknown order."),
  amount: safeString({ error: "Enter the amount received." })
    .trim()
    .regex(MAJOR_UNITS_PATTERN, "Enter an amount such as 49.90."),
  receivedOn: isoDay,
  reference: recordBankTransferSchema.shape.reference,
  acceptOverpayment: z.literal("on").optional(),
});
