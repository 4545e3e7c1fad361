import { describe, expect, it } from "vitest";
import { GET as getProduct } from "@/app/api/products/[slug]/route";
import { GET as listProducts } from "@/app/api/products/route";
import type { ProductDetail, ProductPage } from "@/lib/catalog/types";
import { afterAll, inject } from "vitest";
import { createDb } from "@/lib/db/client";
import { createTestVariant } from "../support/fixtures";
import { call, errorOf } from "../support/route";

// Other test files add products of their own to the shared run database; count what is there.
const db = createDb(inject("databaseUrl"), 2);
afterAll(() => db.$disconnect());
const activeProducts = () => db.product.count({ where: { status: "ACTIVE", variants: { some: { active: true } } } });

const list = async (query: string) => call(listProducts, `/api/products?${query}`);

describe("GET /api/products", () => {
  it("returns a page of active products with a total", async () => {
    const { status, body, headers } = await list("pageSize=24");
    expect(status).toBe(200);
    expect(headers.get("x-request-id")).toBeTruthy();
    const page = body as ProductPage;
    expect(page.items).toHaveLength(24);
    const total = await activeProducts();
    expect(page.total).toBe(total);
    expect(page.pageCount).toBe(Math.ceil(total / 24));
    for (const item of page.items) expect(Number.isInteger(item.priceFrom.amountMinor)).toBe(true);
  });

  it("answers uncompressed outside the shop's server, which alone labels a compressed body", async () => {
    for (let i = 0; i < 2; i++) {
      const { status, body, headers } = await call(listProducts, "/api/products?pageSize=24", {
        headers: { "accept-encoding": "gzip, br" },
      });
      expect(status).toBe(200);
      expect(headers.get("x-shop-body-encoding")).toBeNull();
      expect((body as ProductPage).items).toHaveLength(24);
    }
  });

  it("pages through every product exactly once", async () => {
    const slugs = new Set<string>();
    const total = await activeProducts();
    for (let n = 1; n <= Math.ceil(total / 48); n++) {
      const page = (await list(`pageSize=48&page=${n}&sort=name`)).body as ProductPage;
      for (const item of page.items) slugs.add(item.slug);
    }
    expect(slugs.size).toBe(total);
  });

  it("finds products by words in the name or description, with prefixes and stemming", async () => {
    const shirts = (await list("q=shirts")).body as ProductPage;
    expect(shirts.items.map((p) => p.slug)).toEqual(expect.arrayContaining(["linen-shirt", "flannel-overshirt"]));
    const prefix = (await list("q=merin")).body as ProductPage;
    expect(prefix.items.map((p) => p.slug)).toContain("merino-crew-sweater");
    const inDescription = (await list("q=selvedge")).body as ProductPage;
    expect(inDescription.items[0]?.slug).toBe("selvedge-denim-jeans");
  });

  it("forgives a typo through trigram similarity", async () => {
    const page = (await list("q=jaket")).body as ProductPage;
    expect(page.items.map((p) => p.slug)).toContain("chore-jacket");
  });

  it("folds accents both ways and ranks the exact spelling first", async () => {
    const { product: accented } = await createTestVariant(db, { stock: 5, name: "Lněná košile Vltava" });
    const { product: plain } = await createTestVariant(db, { stock: 5, name: "Kosile Vltava" });
    for (const q of ["kosile", "košile", "KOŠILE", "lnena", "lněná", "kosle"]) {
      const page = (await list(`q=${encodeURIComponent(q)}`)).body as ProductPage;
      expect(
        page.items.map((p) => p.slug),
        q,
      ).toContain(accented.slug);
    }
    const typedWithAccents = (await list(`q=${encodeURIComponent("košile vltava")}`)).body as ProductPage;
    expect(typedWithAccents.items.map((p) => p.slug).slice(0, 2)).toEqual([accented.slug, plain.slug]);
    const typedWithout = (await list("q=kosile%20vltava")).body as ProductPage;
    expect(typedWithout.items.map((p) => p.slug).slice(0, 2)).toEqual([plain.slug, accented.slug]);
  });

  it("filters by category, price and stock and sorts by price", async () => {
    const page = (await list("category=kitchen&minPrice=30&maxPrice=60&sort=price_asc&inStock=true"))
      .body as ProductPage;
    expect(page.total).toBeGreaterThan(0);
    const prices = page.items.map((p) => p.priceFrom.amountMinor);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    for (const item of page.items) {
      expect(item.category.slug).toBe("kitchen");
      expect(item.priceFrom.amountMinor).toBeGreaterThanOrEqual(3000);
      expect(item.priceFrom.amountMinor).toBeLessThanOrEqual(6000);
      expect(item.available).toBeGreaterThan(0);
    }
  });

  it("reports the total even past the last page", async () => {
    const page = (await list("page=500")).body as ProductPage;
    expect(page.items).toEqual([]);
    expect(page.total).toBe(await activeProducts());
  });

  it("treats search syntax as plain words", async () => {
    const { status, body } = await list(`q=${encodeURIComponent("'); DROP TABLE products; --")}`);
    expect(status).toBe(200);
    expect((body as ProductPage).items).toEqual([]);
    expect(((await list("")).body as ProductPage).total).toBe(await activeProducts());
  });

  it.each([
    ["page=-1", "page"],
    ["page=abc", "page"],
    ["page=1&page=2", "page"],
    ["pageSize=1e6", "pageSize"],
    ["pageSize=0", "pageSize"],
    ["sort=DROP", "sort"],
    ["minPrice=50&maxPrice=10", "maxPrice"],
    ["minPrice=ten", "minPrice"],
    ["category=NOT%20A%20SLUG", "category"],
    [`q=${"a".repeat(10_000)}`, "q"],
    ["inStock=perhaps", "inStock"],
  ])("400 for %s (field %s)", async (query, field) => {
    const { status, body, text } = await list(query);
    expect(status).toBe(400);
    const error = errorOf(body);
    expect(error.code).toBe("invalid_input");
    expect(error.fields?.[field]).toBeTruthy();
    expect(text).not.toMatch(/prisma|select|stack|at .*\.ts/i);
  });
});

describe("GET /api/products/[slug]", () => {
  it("returns the product with variants and images", async () => {
    const { status, body } = await call(getProduct, "/api/products/linen-shirt", { params: { slug: "linen-shirt" } });
    expect(status).toBe(200);
    const product = body as ProductDetail;
    expect(product.name).toBe("Linen Shirt");
    expect(product.optionNames).toEqual(["Size", "Colour"]);
    expect(product.variants).toHaveLength(12);
    expect(product.variants[0]?.options).toEqual({ Size: "S", Colour: "White" });
    expect(product.images.length).toBeGreaterThan(0);
  });

  it.each([
    ["no-such-product", 404, "not_found"],
    ["Linen_Shirt", 400, "invalid_input"],
    ["a".repeat(200), 400, "invalid_input"],
    ["%27%20OR%201%3D1", 400, "invalid_input"],
  ])("%s → %i %s", async (slug, status, code) => {
    const result = await call(getProduct, `/api/products/${slug}`, { params: { slug: decodeURIComponent(slug) } });
    expect(result.status).toBe(status);
    expect(errorOf(result.body).code).toBe(code);
  });
});
