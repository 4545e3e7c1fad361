import { describe, expect, it } from "vitest";
import { formatDocumentNumber, yearInShopTimeZone } from "@/lib/invoices/allocate-document-number";
import { summarizeLines } from "@/lib/invoices/invoice-document";

describe("document numbers", () => {
  it("pads the sequence and prefixes credit notes", () => {
    expect(formatDocumentNumber("invoice", 2026, 1)).toBe("2026-000001");
    expect(formatDocumentNumber("credit-note", 2026, 123456)).toBe("CN-2026-123456");
  });

  it("takes the year in the shop's time zone", () => {
    const newYearInPrague = new Date("2026-12-31T23:30:00Z");
    expect(yearInShopTimeZone(newYearInPrague, "UTC")).toBe(2026);
    expect(yearInShopTimeZone(newYearInPrague, "Europe/Prague")).toBe(2027);
  });
});

describe("summarizeLines", () => {
  it("sums net, VAT and gross per rate, highest rate first", () => {
    const line = (rate: number, net: number, vat: number) => ({
      description: "x",
      quantity: 1,
      unitPriceMinor: net + vat,
      vatRatePercent: rate,
      netMinor: net,
      vatMinor: vat,
      grossMinor: net + vat,
    });
    expect(summarizeLines([line(12, 100, 12), line(21, 1000, 210), line(12, 50, 6)])).toEqual({
      vatBreakdown: [
        { vatRatePercent: 21, netMinor: 1000, vatMinor: 210, grossMinor: 1210 },
        { vatRatePercent: 12, netMinor: 150, vatMinor: 18, grossMinor: 168 },
      ],
      totals: { netMinor: 1150, vatMinor: 228, grossMinor: 1378 },
    });
  });
});
