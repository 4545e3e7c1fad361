import { describe, expect, it } from "vitest";
import { productListQuerySchema } from "@/lib/catalog/schemas";
import { toPrefixTsQuery } from "@/lib/catalog/search-query";
import { searchParamsToObject } from "@/lib/http/search-params";
import { fieldErrorsFromZod } from "@/lib/validation";

const parse = (query: string) => productListQuerySchema.safeParse(searchParamsToObject(new URLSearchParams(query)));

describe("product list query", () => {
  it("fills defaults", () => {
    const result = parse("");
    expect(result.success && result.data).toMatchObject({ page: 1, pageSize: 24, sort: "relevance" });
  });

  it("converts prices to minor units and flags", () => {
    const result = parse("minPrice=10&maxPrice=19.90&inStock=true&q=%20linen%20");
    expect(result.success && result.data).toMatchObject({ minPrice: 1000, maxPrice: 1990, inStock: true, q: "linen" });
  });

  it.each([
    ["page=-1", "page"],
    ["page=0", "page"],
    ["page=1.5", "page"],
    ["page=abc", "page"],
    ["page=1&page=2", "page"],
    ["pageSize=1e6", "pageSize"],
    ["pageSize=49", "pageSize"],
    ["sort=DROP", "sort"],
    ["sort=price_asc;DROP TABLE products", "sort"],
    ["minPrice=50&maxPrice=10", "maxPrice"],
    ["minPrice=-5", "minPrice"],
    ["maxPrice=1e9", "maxPrice"],
    ["category=Bad Slug", "category"],
    ["category=../etc", "category"],
    ["inStock=maybe", "inStock"],
    [`q=${"x".repeat(10_000)}`, "q"],
  ])("rejects %s on field %s", (query, field) => {
    const result = parse(query);
    expect(result.success).toBe(false);
    if (!result.success) expect(Object.keys(fieldErrorsFromZod(result.error))).toContain(field);
  });
});

describe("toPrefixTsQuery", () => {
  it.each([
    ["linen shirt", "linen:* & shirt:*"],
    ["  Linen  linen ", "linen:*"],
    ["café", "café:*"],
    ["a & b | !c <-> d:*", "a:* & b:* & c:* & d:*"],
    ["'); DROP TABLE products; --", "drop:* & table:* & products:*"],
    ["!!! ???", null],
  ])("%j → %j", (text, expected) => {
    expect(toPrefixTsQuery(text)).toBe(expected);
  });
});
