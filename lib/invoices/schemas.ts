import { z } from "zod";
import { safeString } from "@/lib/validation";

const minor = z.number().int().safe();

export const invoicePartySchema = z.object({
  name: safeString().trim().min(1).max(200),
  addressLines: z.array(safeString().trim().min(1).max(200)).min(1).max(6),
  vatId: safeString().trim().max(40).nullish(),
  companyId: safeString().trim().max(40).nullish(),
  email: z.email().nullish(),
});

export const invoiceLineSchema = z
  .object({
    description: safeString().trim().min(1).max(300),
    quantity: z.number().int().positive().max(100_000),
    unitPriceMinor: minor,
    vatRatePercent: z.number().min(0).max(100),
    netMinor: minor,
    vatMinor: minor,
    grossMinor: minor,
  })
  .refine((line) => line.netMinor + line.vatMinor === line.grossMinor, {
    message: "gross must equal net plus VAT",
    path: ["grossMinor"],
  });

/** What the orders module passes when an order is paid; the seller, number and dates are added here. */
export const issueInvoiceInputSchema = z.object({
  orderId: z.uuid(),
  orderNumber: safeString().min(1).max(40).nullish(),
  currency: safeString().regex(/^[A-Z]{3}$/),
  buyer: invoicePartySchema,
  lines: z.array(invoiceLineSchema).min(1).max(500),
  paymentMethod: safeString().trim().min(1).max(80),
  /** Date of the taxable supply, when it differs from the issue date (e.g. the payment time). */
  taxableSupplyAt: z.date().optional(),
  /** Paid through the built-in test provider: the document says no real payment was made. */
  testMode: z.boolean().optional(),
  /** The order's language ("cs"); by default the shop's own. */
  language: safeString()
    .regex(/^[a-z]{2,3}$/)
    .optional(),
});
export type IssueInvoiceInput = z.input<typeof issueInvoiceInputSchema>;

export const issueCreditNoteInputSchema = z.object({
  orderId: z.uuid(),
  refundId: z.uuid(),
  /** The lines credited, as positive amounts. */
  lines: z.array(invoiceLineSchema).min(1).max(500),
  reason: safeString().trim().max(300).optional(),
});
export type IssueCreditNoteInput = z.input<typeof issueCreditNoteInputSchema>;
