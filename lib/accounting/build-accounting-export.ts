import { strToU8, zipSync } from "fflate";
import type { Db } from "@/lib/db";
import { accountingCsv } from "./accounting-csv";
import { isdocXml } from "./isdoc-document";
import { listAccountingDocuments } from "./list-accounting-documents";
import type { AccountingExportQuery } from "./schemas";

// The ZIP is written with fflate (small, maintained, no dependencies) rather than by hand: the archive format's
// headers, CRCs and UTF-8 names are exactly what such a library exists to get right.

export interface AccountingExport {
  filename: string;
  zip: Uint8Array;
  invoices: number;
  creditNotes: number;
}

/** A document number as a file name: letters, digits, dot, dash and underscore only. */
const fileName = (number: string) => number.replace(/[^A-Za-z0-9._-]/g, "_");

/**
 * Invoices and credit notes issued in the range, as accounting-<from>-<to>.zip holding documents.csv and one
 * ISDOC file per document under isdoc/.
 */
export async function buildAccountingExport(
  db: Db,
  range: AccountingExportQuery,
  options: { timeZone: string; issuingSystem: string },
): Promise<AccountingExport> {
  const documents = await listAccountingDocuments(db, range, options.timeZone);
  const files: Record<string, Uint8Array> = {
    "documents.csv": strToU8(accountingCsv(documents, options.timeZone)),
  };
  for (const entry of documents) {
    files[`isdoc/${fileName(entry.number)}.isdoc`] = strToU8(isdocXml(entry, options));
  }
  const zip = zipSync(files, { level: 6, mtime: new Date() });
  return {
    filename: `accounting-${range.from}-${range.to}.zip`,
    zip,
    invoices: documents.filter((d) => d.kind === "invoice").length,
    creditNotes: documents.filter((d) => d.kind === "credit-note").length,
  };
}
