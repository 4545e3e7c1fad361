import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translator";
import { formatMoney } from "@/lib/money/money";

// What Czech and English look like on the storefront: plural forms chosen by CLDR's rules through the catalogs,
// and numbers, money and dates in each language's own style (Intl uses no-break spaces in Czech).

const NBSP = "\u00a0";

describe("plurals through the catalogs", () => {
  it.each([
    [1, "1 položka"],
    [2, "2 položky"],
    [4, "4 položky"],
    [5, "5 položek"],
    [0, "0 položek"],
    [22, "22 položek"],
    [25, "25 položek"],
  ])("Czech cart count %i → %s", (count, text) => {
    expect(translator("cs")("header.cartItems", { count })).toBe(text);
  });

  it.each([
    [1, "1 produkt"],
    [3, "3 produkty"],
    [64, "64 produktů"],
  ])("Czech product count %i → %s", (count, text) => {
    expect(translator("cs")("home.productCount", { count })).toBe(text);
  });

  it("Czech stock and listing counts decline too", () => {
    const t = translator("cs");
    expect(t("stock.onlyLeft", { count: 1 })).toBe("Poslední 1 kus");
    expect(t("stock.onlyLeft", { count: 3 })).toBe("Poslední 3 kusy");
    expect(t("stock.onlyLeft", { count: 5 })).toBe("Posledních 5 kusů");
    expect(t("listing.results", { count: 0 })).toBe("Žádné produkty");
    expect(t("listing.resultsRange", { first: 1, last: 24, total: 64 })).toBe("1–24 z 64 produktů");
  });

  it("English has one and other", () => {
    const t = translator("en");
    expect(t("header.cartItems", { count: 1 })).toBe("1 item");
    expect(t("header.cartItems", { count: 2 })).toBe("2 items");
    expect(t("header.cartItems", { count: 0 })).toBe("0 items");
    expect(t("listing.results", { count: 0 })).toBe("No products");
    expect(t("listing.results", { count: 1 })).toBe("1 product");
    expect(t("listing.resultsRange", { first: 25, last: 48, total: 64 })).toBe("25–48 of 64 products");
    expect(t("stock.onlyLeft", { count: 3 })).toBe("Only 3 left");
  });
});

describe("numbers, money and dates", () => {
  it("formats money in Czech with a no-break space between thousands and before the currency", () => {
    expect(formatMoney({ amountMinor: 123450, currency: "CZK" }, "cs")).toBe(`1${NBSP}234,50${NBSP}Kč`);
    expect(formatMoney({ amountMinor: 5900, currency: "EUR" }, "cs")).toBe(`59,00${NBSP}€`);
  });

  it("formats money in the shop's English (en-IE)", () => {
    expect(formatMoney({ amountMinor: 5900, currency: "EUR" }, "en-IE")).toBe("€59.00");
    expect(formatMoney({ amountMinor: 123450, currency: "EUR" }, "en-IE")).toBe("€1,234.50");
  });

  it("formats dates and percentages for each language", () => {
    const date = new Date(Date.UTC(2026, 11, 3, 12));
    const short = (locale: string) =>
      new Intl.DateTimeFormat(locale, { day: "numeric", month: "numeric", year: "numeric", timeZone: "UTC" }).format(
        date,
      );
    expect(short("cs")).toBe("3. 12. 2026");
    expect(short("en-IE")).toBe("3/12/2026");
    expect(new Intl.DateTimeFormat("cs", { dateStyle: "long", timeZone: "UTC" }).format(date)).toBe("3. prosince 2026");
    expect(new Intl.DateTimeFormat("en-IE", { dateStyle: "long", timeZone: "UTC" }).format(date)).toBe(
      "3 December 2026",
    );
    const percent = (locale: string) => new Intl.NumberFormat(locale, { style: "percent" }).format(0.21);
    expect(percent("cs")).toBe(`21${NBSP}%`);
    expect(percent("en-IE")).toBe("21%");
  });
});
