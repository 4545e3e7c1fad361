import { describe, expect, it } from "vitest";
import { formatMoney, minorUnitDigits, parseMajorUnits } from "@/lib/money/money";

describe("money", () => {
  it("formats minor units with the currency's digits", () => {
    expect(formatMoney({ amountMinor: 5900, currency: "EUR" }, "en-IE")).toBe("€59.00");
    // Intl puts a no-break space before the symbol in German.
    expect(formatMoney({ amountMinor: 123456, currency: "EUR" }, "de-DE").replace(/\s/gu, " ")).toBe("1.234,56 €");
    expect(formatMoney({ amountMinor: 1500, currency: "JPY" }, "en-IE")).toBe("JP¥1,500");
  });

  it("knows minor unit digits", () => {
    expect(minorUnitDigits("EUR")).toBe(2);
    expect(minorUnitDigits("JPY")).toBe(0);
  });

  it.each([
    ["25", "EUR", 2500],
    ["19.9", "EUR", 1990],
    ["19.90", "EUR", 1990],
    ["0", "EUR", 0],
    ["1500", "JPY", 1500],
    ["12,50", "EUR", 1250],
    ["1 234,50", "CZK", 123450],
    ["1\u00a0234,5", "EUR", 123450],
    ["1\u202f234\u202f567", "CZK", 123456700],
    ["  7,05 ", "EUR", 705],
    ["1 234", "JPY", 1234],
  ])("parses %s %s as %i minor units", (text, currency, expected) => {
    expect(parseMajorUnits(text, currency)).toBe(expected);
  });

  it.each([
    "",
    "-1",
    "1.999",
    "1,999",
    "1e3",
    "abc",
    "1.",
    "1,",
    ",5",
    "9999999999",
    "9 999 999 999",
    "NaN",
    "1,234.50",
    "1.234,50",
    "12 34,50",
    "1  234",
    "1 2345",
  ])("rejects %j", (text) => {
    expect(parseMajorUnits(text, "EUR")).toBeNull();
  });
});
