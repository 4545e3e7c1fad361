import { describe, expect, it } from "vitest";
import {
  listingHref,
  listingSearch,
  minorToMajorText,
  pageWindow,
  parseListingParams,
} from "@/lib/catalog/listing-params";
import { productListQuerySchema } from "@/lib/catalog/schemas";

const query = (input: Record<string, string>) => productListQuerySchema.parse(input);

describe("listing URLs", () => {
  it("writes only what differs from the defaults", () => {
    expect(listingSearch(query({}), "EUR")).toBe("");
    expect(
      listingSearch(
        query({
          q: "linen",
          category: "clothing",
          minPrice: "20",
          maxPrice: "59.9",
          inStock: "1",
          sort: "newest",
          page: "2",
        }),
        "EUR",
      ),
    ).toBe("?q=linen&category=clothing&minPrice=20&maxPrice=59.90&inStock=true&sort=newest&page=2");
  });

  it("round-trips through the schema", () => {
    const original = query({ q: "wool hat", minPrice: "10.5", sort: "price_desc", pageSize: "12", page: "3" });
    const again = parseListingParams(Object.fromEntries(new URLSearchParams(listingSearch(original, "EUR"))));
    expect(again).toEqual({ ok: true, query: original });
  });

  it("keeps filters when paging and starts again from page 1 when anything else changes", () => {
    const current = query({ q: "mug", inStock: "true", page: "3" });
    expect(listingHref("/search", current, { page: 4 }, "EUR")).toBe("/search?q=mug&inStock=true&page=4");
    expect(listingHref("/search", current, { sort: "price_asc" }, "EUR")).toBe(
      "/search?q=mug&inStock=true&sort=price_asc",
    );
    expect(listingHref("/search", current, { inStock: undefined }, "EUR")).toBe("/search?q=mug");
  });

  it("leaves out what the path already says", () => {
    const current = query({ category: "kitchen", page: "2" });
    expect(listingHref("/categories/kitchen", current, { page: 1 }, "EUR", ["category"])).toBe("/categories/kitchen");
  });

  it("formats prices as a shopper types them", () => {
    expect(minorToMajorText(2000, "EUR")).toBe("20");
    expect(minorToMajorText(1990, "EUR")).toBe("19.90");
    expect(minorToMajorText(5, "EUR")).toBe("0.05");
    expect(minorToMajorText(1500, "JPY")).toBe("1500");
  });

  it("shows the pages around the current one with gaps", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(6, 20)).toEqual([1, null, 5, 6, 7, null, 20]);
    expect(pageWindow(3, 20)).toEqual([1, 2, 3, 4, null, 20]);
    expect(pageWindow(20, 20)).toEqual([1, null, 19, 20]);
  });
});

describe("listing params from a page URL", () => {
  it.each([
    [{ page: "-1" }, "page"],
    [{ pageSize: "1e6" }, "pageSize"],
    [{ sort: "DROP" }, "sort"],
    [{ minPrice: "50", maxPrice: "10" }, "maxPrice"],
    [{ q: "x".repeat(10_000) }, "q"],
    [{ page: ["1", "2"] }, "page"],
  ])("reports %o as a problem with %s instead of throwing", (raw, field) => {
    const parsed = parseListingParams(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.fields[field]).toBeTruthy();
  });

  it("lets the page's own category win over the URL's", () => {
    const parsed = parseListingParams({ category: "footwear" }, { category: "kitchen" });
    expect(parsed.ok && parsed.query.category).toBe("kitchen");
  });
});
