import type { Tx } from "@/lib/db";
import { documentLanguage } from "./document-language";
import { allocateDocumentNumber } from "./allocate-document-number";
import { type InvoiceDocument, summarizeLines } from "./invoice-document";
import { renderInvoicePdf } from "./invoice-pdf";
import { type IssueInvoiceInput, issueInvoiceInputSchema } from "./schemas";
import { sellerParty } from "./seller";

export interface IssuedDocument {
  id: string;
  number: string;
  totalMinor: number;
  pdf: Buffer;
}

/** A stored invoice or credit note as callers see it. */
export function issuedDocument(row: {
  id: string;
  number: string;
  totalMinor: number;
  pdf: Uint8Array;
}): IssuedDocument {
  return { id: row.id, number: row.number, totalMinor: row.totalMinor, pdf: Buffer.from(row.pdf) };
}

/**
 * Issues the invoice of a paid order inside the caller's transaction: takes the next number, renders the PDF and
 * stores both. The order's invoice is issued once; calling again returns the stored one unchanged.
 */
export async function issueInvoice(
  tx: Tx,
  rawInput: IssueInvoiceInput,
  now: Date = new Date(),
): Promise<IssuedDocument> {
  const input = issueInvoiceInputSchema.parse(rawInput);
  const existing = await tx.invoice.findUnique({ where: { orderId: input.orderId } });
  if (existing) return issuedDocument(existing);
  // Read before the number is taken: the counter row stays locked until commit, so nothing waits on it for longer.
  const seller = await sellerParty(tx);
  const number = await allocateDocumentNumber(tx, "invoice", now);
  const document: InvoiceDocument = {
    kind: "invoice",
    number,
    issuedAt: now.toISOString(),
    taxableSupplyAt: (input.taxableSupplyAt ?? now).toISOString(),
    currency: input.currency,
    ...documentLanguage(input.language),
    seller,
    buyer: input.buyer,
    lines: input.lines,
    ...summarizeLines(input.lines),
    paymentMethod: input.paymentMethod,
    orderNumber: input.orderNumber ?? null,
    correctsInvoiceNumber: null,
    ...(input.testMode ? { testMode: true } : {}),
  };
  const pdf = await renderInvoicePdf(document);
  const row = await tx.invoice.create({
    data: {
      orderId: input.orderId,
      number,
      issuedAt: now,
      currency: document.currency,
      totalMinor: document.totals.grossMinor,
      document: JSON.parse(JSON.stringify(document)) as object,
      pdf: new Uint8Array(pdf),
    },
  });
  return { id: row.id, number, totalMinor: row.totalMinor, pdf };
}
