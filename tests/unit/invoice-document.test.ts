import { describe, expect, it } from "vitest";
import { parseInvoiceDocument } from "@/lib/invoices/invoice-document";

const party = { name: "Northwind Goods", addressLines: ["1 Main St"] };
const line = {
  description: "Skillet",
  quantity: 1,
  unitPriceMinor: 1210,
  vatRatePercent: 21,
  netMinor: 1000,
  vatMinor: 210,
  grossMinor: 1210,
};
const stored = {
  kind: "invoice",
  number: "2026-000001",
  issuedAt: "2026-12-04T10:00:00.000Z",
  taxableSupplyAt: "2026-12-04T10:00:00.000Z",
  currency: "EUR",
  locale: "en-IE",
  seller: party,
  buyer: { ...party, email: "a@example.com" },
  lines: [line],
  vatBreakdown: [{ vatRatePercent: 21, netMinor: 1000, vatMinor: 210, grossMinor: 1210 }],
  totals: { netMinor: 1000, vatMinor: 210, grossMinor: 1210 },
  paymentMethod: "Card",
  orderNumber: "1001",
  correctsInvoiceNumber: null,
};

describe("an invoice document read back from its JSON column", () => {
  it("parses a document as issued", () => {
    expect(parseInvoiceDocument(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
  });

  it.each([
    ["null", null],
    ["an array", [stored]],
    ["a missing total", { ...stored, totals: undefined }],
    ["a fractional amount", { ...stored, lines: [{ ...line, grossMinor: 12.1 }] }],
    ["an amount as text", { ...stored, totals: { ...stored.totals, grossMinor: "1210" } }],
    ["an unknown kind", { ...stored, kind: "receipt" }],
  ])("refuses %s", (_, value) => {
    expect(() => parseInvoiceDocument(value)).toThrow(/malformed/);
  });
});
