import { stringify } from "csv-stringify/sync";
import { csvSafe, minorToDecimal } from "@/lib/orders/export-orders-csv";
import { shopDay } from "@/lib/reports/shop-day";
import type { AccountingDocument } from "./list-accounting-documents";

// One row per document and VAT rate, so a ledger can book each rate; the document's totals repeat on each of its
// rows. Amounts are as on the PDF (a credit note's are positive: document_type says which way they go).

export const ACCOUNTING_CSV_COLUMNS = [
  "document_type",
  "number",
  "issue_date",
  "taxable_supply_date",
  "corrects_invoice",
  "order_number",
  "buyer_name",
  "buyer_company_id",
  "buyer_vat_id",
  "buyer_email",
  "currency",
  "vat_rate_percent",
  "net",
  "vat",
  "gross",
  "document_net",
  "document_vat",
  "document_gross",
  "payment_method",
] as const;

function rows(entry: AccountingDocument, timeZone: string): string[][] {
  const doc = entry.document;
  const money = (minor: number) => minorToDecimal(minor, doc.currency);
  return doc.vatBreakdown.map((rate) =>
    [
      doc.kind === "credit-note" ? "credit_note" : "invoice",
      doc.number,
      shopDay(new Date(doc.issuedAt), timeZone),
      shopDay(new Date(doc.taxableSupplyAt), timeZone),
      doc.correctsInvoiceNumber ?? "",
      doc.orderNumber ?? "",
      doc.buyer.name,
      doc.buyer.companyId ?? "",
      doc.buyer.vatId ?? "",
      doc.buyer.email ?? "",
      doc.currency,
      String(rate.vatRatePercent),
      money(rate.netMinor),
      money(rate.vatMinor),
      money(rate.grossMinor),
      money(doc.totals.netMinor),
      money(doc.totals.vatMinor),
      money(doc.totals.grossMinor),
      doc.paymentMethod,
    ].map(csvSafe),
  );
}

/** The documents as CSV text (UTF-8 with a byte-order mark, so spreadsheets read accents). */
export function accountingCsv(documents: readonly AccountingDocument[], timeZone: string): string {
  return `\uFEFF${stringify([[...ACCOUNTING_CSV_COLUMNS], ...documents.flatMap((d) => rows(d, timeZone))])}`;
}
