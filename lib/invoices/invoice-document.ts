import { z } from "zod";
import { safeString } from "@/lib/validation";

// An invoice or credit note as plain data: everything its PDF shows, amounts in integer minor units. Stored as JSON
// on the invoice and credit-note rows, and parsed with this schema whenever it is read back: the schema checks the
// shape only, since what went in was validated on the way (lib/invoices/schemas.ts).

const minor = z.number().int().safe();

const invoicePartySchema = z.object({
  name: safeString(),
  addressLines: z.array(safeString()),
  vatId: safeString().nullish(),
  companyId: safeString().nullish(),
  email: safeString().nullish(),
});

const invoiceLineSchema = z.object({
  description: safeString(),
  quantity: z.number().int(),
  /** Unit price including VAT. */
  unitPriceMinor: minor,
  /** e.g. 21 for 21 %. */
  vatRatePercent: z.number(),
  netMinor: minor,
  vatMinor: minor,
  /** netMinor + vatMinor. */
  grossMinor: minor,
});

const vatRateTotalSchema = z.object({
  vatRatePercent: z.number(),
  netMinor: minor,
  vatMinor: minor,
  grossMinor: minor,
});

export const invoiceDocumentSchema = z.object({
  /** An order confirmation is not a tax document: it is never numbered or stored, only rendered for the shopper. */
  kind: z.enum(["invoice", "credit-note", "order-confirmation"]),
  number: safeString(),
  /** ISO 8601 timestamps. */
  issuedAt: safeString(),
  taxableSupplyAt: safeString(),
  currency: safeString(),
  /** The BCP 47 locale of its numbers, money and dates ("en-IE", "cs"). */
  locale: safeString(),
  /**
   * The language of its words ("cs"), the order's: a document keeps the language it was issued in. Documents from
   * before languages have none and were English.
   */
  language: safeString().optional(),
  seller: invoicePartySchema,
  buyer: invoicePartySchema,
  lines: z.array(invoiceLineSchema),
  vatBreakdown: z.array(vatRateTotalSchema),
  totals: z.object({ netMinor: minor, vatMinor: minor, grossMinor: minor }),
  paymentMethod: safeString(),
  orderNumber: safeString().nullable(),
  /** For a credit note: the invoice it corrects. */
  correctsInvoiceNumber: safeString().nullable(),
  /** A test-mode order (built-in test provider): says in print that no real payment was made. */
  testMode: z.boolean().optional(),
});

export type InvoiceParty = z.infer<typeof invoicePartySchema>;
export type InvoiceLine = z.infer<typeof invoiceLineSchema>;
export type VatRateTotal = z.infer<typeof vatRateTotalSchema>;
export type InvoiceDocument = z.infer<typeof invoiceDocumentSchema>;

/** A document column read back from the database; a row that does not match is an error, never guessed at. */
export function parseInvoiceDocument(stored: unknown): InvoiceDocument {
  const parsed = invoiceDocumentSchema.safeParse(stored);
  if (!parsed.success) throw new Error(`Stored invoice document is malformed: ${parsed.error.message}`);
  return parsed.data;
}

/** Sums lines per VAT rate (highest rate first) and overall. Amounts come from the lines, never recomputed. */
export function summarizeLines(lines: InvoiceLine[]): Pick<InvoiceDocument, "vatBreakdown" | "totals"> {
  const byRate = new Map<number, VatRateTotal>();
  for (const line of lines) {
    const row = byRate.get(line.vatRatePercent) ?? {
      vatRatePercent: line.vatRatePercent,
      netMinor: 0,
      vatMinor: 0,
      grossMinor: 0,
    };
    row.netMinor += line.netMinor;
    row.vatMinor += line.vatMinor;
    row.grossMinor += line.grossMinor;
    byRate.set(line.vatRatePercent, row);
  }
  const vatBreakdown = [...byRate.values()].sort((a, b) => b.vatRatePercent - a.vatRatePercent);
  const totals = vatBreakdown.reduce(
    (sum, row) => ({
      netMinor: sum.netMinor + row.netMinor,
      vatMinor: sum.vatMinor + row.vatMinor,
      grossMinor: sum.grossMinor + row.grossMinor,
    }),
    { netMinor: 0, vatMinor: 0, grossMinor: 0 },
  );
  return { vatBreakdown, totals };
}
