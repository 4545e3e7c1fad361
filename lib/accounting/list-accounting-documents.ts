import { wallTimeToDate } from "@/lib/admin/zoned-time";
import type { Db } from "@/lib/db";
import { type InvoiceDocument, parseInvoiceDocument } from "@/lib/invoices/invoice-document";
import type { AccountingExportQuery } from "./schemas";

/** An issued invoice or credit note as stored when it was issued: the same data its PDF was rendered from. */
export interface AccountingDocument {
  id: string;
  kind: InvoiceDocument["kind"];
  number: string;
  issuedAt: Date;
  document: InvoiceDocument;
  /** For a credit note: the invoice it corrects. */
  corrects: { id: string; number: string; issuedAt: Date } | null;
}

function nextDay(day: string): string {
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);
  return next.toISOString().slice(0, 10);
}

/** The instants a range of shop days covers: [start of `from`, start of the day after `to`). */
export function rangeInstants(range: AccountingExportQuery, timeZone: string): { gte: Date; lt: Date } {
  const gte = wallTimeToDate(range.from, timeZone);
  const lt = wallTimeToDate(nextDay(range.to), timeZone);
  if (!gte || !lt) throw new Error(`not a day: ${range.from}..${range.to}`);
  return { gte, lt };
}

/** Invoices and credit notes issued in the range, oldest first, read without their PDFs. */
export async function listAccountingDocuments(
  db: Db,
  range: AccountingExportQuery,
  timeZone: string,
): Promise<AccountingDocument[]> {
  const issuedAt = rangeInstants(range, timeZone);
  const [invoices, creditNotes] = await Promise.all([
    db.invoice.findMany({
      where: { issuedAt },
      orderBy: [{ issuedAt: "asc" }, { number: "asc" }],
      select: { id: true, number: true, issuedAt: true, document: true },
    }),
    db.creditNote.findMany({
      where: { issuedAt },
      orderBy: [{ issuedAt: "asc" }, { number: "asc" }],
      select: {
        id: true,
        number: true,
        issuedAt: true,
        document: true,
        invoice: { select: { id: true, number: true, issuedAt: true } },
      },
    }),
  ]);
  const documents: AccountingDocument[] = [
    ...invoices.map((row) => ({
      id: row.id,
      kind: "invoice" as const,
      number: row.number,
      issuedAt: row.issuedAt,
      document: parseInvoiceDocument(row.document),
      corrects: null,
    })),
    ...creditNotes.map((row) => ({
      id: row.id,
      kind: "credit-note" as const,
      number: row.number,
      issuedAt: row.issuedAt,
      document: parseInvoiceDocument(row.document),
      corrects: row.invoice,
    })),
  ];
  return documents.sort((a, b) => a.issuedAt.getTime() - b.issuedAt.getTime() || a.number.localeCompare(b.number));
}
