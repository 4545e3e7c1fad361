import type { Db } from "@/lib/db";
import { rangeInstants } from "./list-accounting-documents";
import type { AccountingExportQuery } from "./schemas";

/** How many invoices and credit notes an export of the range would hold, for the page to say before downloading. */
export async function countAccountingDocuments(
  db: Db,
  range: AccountingExportQuery,
  timeZone: string,
): Promise<{ invoices: number; creditNotes: number }> {
  const issuedAt = rangeInstants(range, timeZone);
  const [invoices, creditNotes] = await Promise.all([
    db.invoice.count({ where: { issuedAt } }),
    db.creditNote.count({ where: { issuedAt } }),
  ]);
  return { invoices, creditNotes };
}
