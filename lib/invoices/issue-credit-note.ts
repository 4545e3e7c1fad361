import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { allocateDocumentNumber } from "./allocate-document-number";
import { type InvoiceDocument, parseInvoiceDocument, summarizeLines } from "./invoice-document";
import { renderInvoicePdf } from "./invoice-pdf";
import { type IssuedDocument, issuedDocument } from "./issue-invoice";
import { type IssueCreditNoteInput, issueCreditNoteInputSchema } from "./schemas";

/**
 * Issues the credit note for a refund, referring to the order's invoice, in the caller's transaction. One per
 * refund: calling again returns the stored one. The credited amount may not exceed what the invoice still holds.
 */
export async function issueCreditNote(
  tx: Tx,
  rawInput: IssueCreditNoteInput,
  now: Date = new Date(),
): Promise<IssuedDocument> {
  const input = issueCreditNoteInputSchema.parse(rawInput);
  const existing = await tx.creditNote.findUnique({ where: { refundId: input.refundId } });
  if (existing) return issuedDocument(existing);
  // Locks the invoice row so two refunds of one order cannot both pass the remaining-amount check.
  const locked = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM invoices WHERE "orderId" = ${input.orderId}::uuid FOR UPDATE`;
  const invoiceId = locked[0]?.id;
  if (!invoiceId) throw new AppError("conflict", "The order has no invoice to credit.");
  const invoice = await tx.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
  const invoiceDocument = parseInvoiceDocument(invoice.document);

  const summary = summarizeLines(input.lines);
  if (summary.totals.grossMinor <= 0)
    throw new AppError("invalid_input", "A credit note must credit a positive amount.");
  const credited = await tx.creditNote.aggregate({ where: { invoiceId }, _sum: { totalMinor: true } });
  if ((credited._sum.totalMinor ?? 0) + summary.totals.grossMinor > invoice.totalMinor) {
    throw new AppError("conflict", "The refunds would exceed the invoiced amount.");
  }

  const number = await allocateDocumentNumber(tx, "credit-note", now);
  const document: InvoiceDocument = {
    ...invoiceDocument,
    kind: "credit-note",
    number,
    issuedAt: now.toISOString(),
    taxableSupplyAt: now.toISOString(),
    lines: input.lines,
    ...summary,
    correctsInvoiceNumber: invoice.number,
  };
  const pdf = await renderInvoicePdf(document);
  const row = await tx.creditNote.create({
    data: {
      invoiceId,
      orderId: input.orderId,
      refundId: input.refundId,
      number,
      issuedAt: now,
      currency: invoice.currency,
      totalMinor: summary.totals.grossMinor,
      document: JSON.parse(JSON.stringify(document)) as object,
      pdf: new Uint8Array(pdf),
    },
  });
  return { id: row.id, number, totalMinor: row.totalMinor, pdf };
}
