import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import { XMLValidator } from "fast-xml-parser";
import { unzipSync, strFromU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import type { CurrentUser } from "@/lib/accounts/types";
import { ISDOC_NAMESPACE, ISDOC_VERSION } from "@/lib/accounting/isdoc-document";
import { ACCOUNTING_CSV_COLUMNS } from "@/lib/accounting/accounting-csv";
import { createDb } from "@/lib/db/client";
import { parseInvoiceDocument } from "@/lib/invoices/invoice-document";
import { issueCreditNote } from "@/lib/invoices/issue-credit-note";
import { issueInvoice } from "@/lib/invoices/issue-invoice";
import { formatMoney } from "@/lib/money/money";
import { GET as exportRoute } from "@/app/api/admin/accounting/export/route";
import AccountingPage from "@/app/admin/accounting/page";
import { createAccount } from "../support/admin-people";
import { czechInvoiceInput } from "../support/invoice-fixtures";
import { attributesOf, checkIsdoc, childrenOfNode, parseOrdered, tagOf, textOfNode } from "../support/isdoc-schema";
import { pdfText } from "../support/pdf-text";
import { BASE, errorOf } from "../support/route";

// The accounting export: invoices and credit notes of a date range as a CSV and ISDOC 6 files in a ZIP, checked
// against the published ISDOC schema (tests/support/isdoc-schema.ts) and against each document's own PDF.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));

const db = createDb(inject("databaseUrl"), 2);
const LONG_TX = { maxWait: 60_000, timeout: 60_000 };
let staff: CurrentUser;
let customer: CurrentUser;
// A month of the future that no other test issues documents in.
const IN_RANGE = new Date("2031-03-15T10:00:00Z");
const OUTSIDE = new Date("2031-04-02T10:00:00Z");
let invoiceNumber = "";
let creditNoteNumber = "";

beforeAll(async () => {
  staff = await createAccount(db, { role: "STAFF" });
  customer = await createAccount(db, { role: "CUSTOMER" });
  const orderId = randomUUID();
  const input = czechInvoiceInput(orderId);
  const buyer = { ...input.buyer, companyId: "27074358", vatId: "CZ27074358" };
  invoiceNumber = (await db.$transaction((tx) => issueInvoice(tx, { ...input, buyer }, IN_RANGE), LONG_TX)).number;
  creditNoteNumber = (
    await db.$transaction(
      (tx) => issueCreditNote(tx, { orderId, refundId: randomUUID(), lines: input.lines.slice(1, 2) }, IN_RANGE),
      LONG_TX,
    )
  ).number;
  await db.$transaction((tx) => issueInvoice(tx, czechInvoiceInput(randomUUID()), OUTSIDE), LONG_TX);
});
afterAll(() => db.$disconnect());

async function download(query: string, user: CurrentUser | null = staff) {
  session.user = user;
  const response = await exportRoute(new Request(`${BASE}/api/admin/accounting/export?${query}`), {
    params: Promise.resolve({}),
  });
  return response;
}

async function exportedFiles(): Promise<Record<string, string>> {
  const response = await download("from=2031-03-01&to=2031-03-31");
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/zip");
  expect(response.headers.get("content-disposition")).toContain("accounting-2031-03-01-2031-03-31.zip");
  const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

const stored = async (number: string) =>
  (await db.invoice.findUnique({ where: { number } })) ??
  (await db.creditNote.findUniqueOrThrow({ where: { number } }));

describe("GET /api/admin/accounting/export", () => {
  it("zips a CSV and one ISDOC file per document issued in the range, and nothing outside it", async () => {
    const files = await exportedFiles();
    expect(Object.keys(files).sort()).toEqual(
      ["documents.csv", `isdoc/${invoiceNumber}.isdoc`, `isdoc/${creditNoteNumber}.isdoc`].sort(),
    );
  });

  it("writes ISDOC 6 documents: well-formed, in its namespace, every required element in the schema's order", async () => {
    const files = await exportedFiles();
    for (const number of [invoiceNumber, creditNoteNumber]) {
      const xml = files[`isdoc/${number}.isdoc`] ?? "";
      expect(XMLValidator.validate(xml)).toBe(true);
      const root = parseOrdered(xml).find((node) => tagOf(node) === "Invoice");
      if (!root) throw new Error("no Invoice root");
      expect(attributesOf(root)).toMatchObject({ xmlns: ISDOC_NAMESPACE, version: ISDOC_VERSION });
      expect(ISDOC_VERSION).toMatch(/^6\./);
      expect(checkIsdoc(root)).toEqual([]);
    }
  });

  it("carries the totals and VAT breakdown of the stored document, which its PDF shows", async () => {
    const files = await exportedFiles();
    for (const number of [invoiceNumber, creditNoteNumber]) {
      const row = await stored(number);
      const doc = parseInvoiceDocument(row.document);
      const root = parseOrdered(files[`isdoc/${number}.isdoc`] ?? "").find((n) => tagOf(n) === "Invoice");
      if (!root) throw new Error("no Invoice root");
      const child = (node: typeof root, name: string) => {
        const found = childrenOfNode(node).filter((c) => tagOf(c) === name);
        if (!found[0]) throw new Error(`no ${name}`);
        return found;
      };
      const value = (node: typeof root, name: string) => textOfNode(child(node, name)[0] as typeof root);
      const decimal = (minor: number) => (minor / 100).toFixed(2);

      expect(value(root, "DocumentType")).toBe(doc.kind === "invoice" ? "1" : "2");
      expect(value(root, "ID")).toBe(number);
      expect(value(root, "UUID")).toBe(row.id);
      const legal = child(root, "LegalMonetaryTotal")[0] as typeof root;
      expect(value(legal, "TaxExclusiveAmount")).toBe(decimal(doc.totals.netMinor));
      expect(value(legal, "TaxInclusiveAmount")).toBe(decimal(doc.totals.grossMinor));
      expect(value(legal, "PayableAmount")).toBe(decimal(doc.totals.grossMinor));
      const taxTotal = child(root, "TaxTotal")[0] as typeof root;
      expect(value(taxTotal, "TaxAmount")).toBe(decimal(doc.totals.vatMinor));
      const subTotals = child(taxTotal, "TaxSubTotal").map((s) => ({
        rate: Number(value(child(s, "TaxCategory")[0] as typeof root, "Percent")),
        net: value(s, "TaxableAmount"),
        vat: value(s, "TaxAmount"),
        gross: value(s, "TaxInclusiveAmount"),
      }));
      expect(subTotals).toEqual(
        doc.vatBreakdown.map((r) => ({
          rate: r.vatRatePercent,
          net: decimal(r.netMinor),
          vat: decimal(r.vatMinor),
          gross: decimal(r.grossMinor),
        })),
      );
      const lines = child(child(root, "InvoiceLines")[0] as typeof root, "InvoiceLine");
      expect(lines.map((l) => value(l, "LineExtensionAmountTaxInclusive"))).toEqual(
        doc.lines.map((l) => decimal(l.grossMinor)),
      );

      // The PDF the customer received shows these same totals and per-rate amounts.
      const text = await pdfText(row.pdf);
      const money = (minor: number) => formatMoney({ amountMinor: minor, currency: doc.currency }, doc.locale);
      for (const minor of [doc.totals.netMinor, doc.totals.vatMinor, doc.totals.grossMinor]) {
        expect(text).toContain(money(minor).replace(/\s+/g, " "));
      }
      for (const r of doc.vatBreakdown) expect(text).toContain(money(r.vatMinor).replace(/\s+/g, " "));
    }
  });

  it("splits the stored address lines into ISDOC's address parts and names the corrected invoice", async () => {
    const files = await exportedFiles();
    const xml = files[`isdoc/${creditNoteNumber}.isdoc`] ?? "";
    expect(xml).toContain("<StreetName>Náměstí Míru</StreetName><BuildingNumber>12/ů</BuildingNumber>");
    expect(xml).toContain("<CityName>Praha 2 – Vinohrady</CityName><PostalZone>120 00</PostalZone>");
    expect(xml).toContain("<IdentificationCode>CZ</IdentificationCode>");
    expect(xml).toContain("<PartyIdentification><ID>27074358</ID></PartyIdentification>");
    expect(xml).toContain(`<OriginalDocumentReference id="original"><ID>${invoiceNumber}</ID>`);
  });

  it("lists each document once per VAT rate in the CSV, with its totals", async () => {
    const files = await exportedFiles();
    const rows = parse<Record<string, string>>((files["documents.csv"] ?? "").replace(/^\uFEFF/, ""), {
      columns: true,
    });
    expect(Object.keys(rows[0] ?? {})).toEqual([...ACCOUNTING_CSV_COLUMNS]);
    const invoiceRows = rows.filter((r) => r.number === invoiceNumber);
    expect(invoiceRows.map((r) => [r.vat_rate_percent, r.net, r.vat, r.gross])).toEqual([
      ["21", "2081.82", "437.18", "2519.00"],
      ["12", "100.00", "12.00", "112.00"],
    ]);
    expect(invoiceRows[0]).toMatchObject({
      document_type: "invoice",
      issue_date: "2031-03-15",
      buyer_company_id: "27074358",
      document_gross: "2631.00",
    });
    const note = rows.filter((r) => r.number === creditNoteNumber);
    expect(note).toEqual([
      expect.objectContaining({ document_type: "credit_note", corrects_invoice: invoiceNumber, gross: "112.00" }),
    ]);
  });

  it.each([
    ["no dates", "", ["from", "to"]],
    ["a day that does not exist", "from=2031-02-30&to=2031-03-01", ["from"]],
    ["a start after the end", "from=2031-03-02&to=2031-03-01", ["to"]],
    ["more than a year", "from=2030-01-01&to=2031-03-01", ["to"]],
    ["text instead of a date", "from=yesterday&to=2031-03-01", ["from"]],
    ["an unknown parameter", "from=2031-03-01&to=2031-03-31&format=xlsx", ["format"]],
    ["a repeated parameter", "from=2031-03-01&from=2031-03-02&to=2031-03-31", ["from"]],
  ])("answers %s with 400 and a message per field", async (_label, query, fields) => {
    const response = await download(query);
    expect(response.status).toBe(400);
    const error = errorOf(await response.json());
    expect(error.code).toBe("invalid_input");
    for (const field of fields) expect(error.fields?.[field]).toBeTruthy();
  });

  it("refuses anonymous callers and customers", async () => {
    expect((await download("from=2031-03-01&to=2031-03-31", null)).status).toBe(401);
    expect((await download("from=2031-03-01&to=2031-03-31", customer)).status).toBe(403);
  });

  it("shows staff the count for a range, and field errors for bad dates", async () => {
    session.user = staff;
    const ok = renderToStaticMarkup(
      (await AccountingPage({
        searchParams: Promise.resolve({ from: "2031-03-01", to: "2031-03-31" }),
      })) as React.ReactElement,
    );
    expect(ok).toContain("1 invoice and 1 credit note.");
    expect(ok).toContain("/api/admin/accounting/export?from=2031-03-01&amp;to=2031-03-31");
    const bad = renderToStaticMarkup(
      (await AccountingPage({
        searchParams: Promise.resolve({ from: "2031-03-09", to: "2031-03-01" }),
      })) as React.ReactElement,
    );
    expect(bad).toContain("The start date is after the end date.");
    expect(bad).not.toContain("Download the ZIP");
  });
});
