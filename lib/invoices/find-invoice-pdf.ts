import type { Db } from "@/lib/db";
import type { EmailAttachment } from "@/emails/rendered-email";

export interface StoredPdf {
  number: string;
  filename: string;
  pdf: Buffer;
}

/** A safe download name such as "invoice-2026-000001.pdf". */
export function invoiceFilename(kind: "invoice" | "credit-note", number: string): string {
  return `${kind}-${number.replace(/[^\w-]/g, "_")}.pdf`;
}

/** The invoice PDF of an order exactly as issued, or null when none was issued (e.g. the order is unpaid). */
export async function findInvoicePdfForOrder(db: Db, orderId: string): Promise<StoredPdf | null> {
  const invoice = await db.invoice.findUnique({ where: { orderId }, select: { number: true, pdf: true } });
  if (!invoice) return null;
  return {
    number: invoice.number,
    filename: invoiceFilename("invoice", invoice.number),
    pdf: Buffer.from(invoice.pdf),
  };
}

/** The stored invoice as an e-mail attachment, for the order confirmation. */
export async function invoiceAttachmentForOrder(db: Db, orderId: string): Promise<EmailAttachment | null> {
  const stored = await findInvoicePdfForOrder(db, orderId);
  return stored ? { filename: stored.filename, contentType: "application/pdf", content: stored.pdf } : null;
}

export async function findCreditNotePdf(db: Db, refundId: string): Promise<StoredPdf | null> {
  const note = await db.creditNote.findUnique({ where: { refundId }, select: { number: true, pdf: true } });
  if (!note) return null;
  return { number: note.number, filename: invoiceFilename("credit-note", note.number), pdf: Buffer.from(note.pdf) };
}
