import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { GET as getProduct } from "@/app/api/products/[slug]/route";
import { GET as listProducts } from "@/app/api/products/route";
import { CatalogCache } from "@/lib/catalog/cache";
import { getProductBySlug } from "@/lib/catalog/get-product";
import { listCategories } from "@/lib/catalog/list-categories";
import { listSitemapEntries } from "@/lib/catalog/list-sitemap-entries";
import { listProducts as listProductsIn } from "@/lib/catalog/list-products";
import { productListQuerySchema } from "@/lib/catalog/schemas";
import type { ProductDetail, ProductPage } from "@/lib/catalog/types";
import { createDb, poolOf } from "@/lib/db/client";
import { createTestVariant } from "../support/fixtures";
import { call, errorOf } from "../support/route";

// Catalog texts in the shop's other language (Czech here; the test shop's own is English): translated listings,
// product details and search, falling back to the shop's own text field by field, cached per language and dropped
// when a translation changes.

const url = inject("databaseUrl");
const db = createDb(url, 2);
let sql: pg.Client;
const caches: CatalogCache[] = [];

beforeAll(async () => {
  sql = new pg.Client({ connectionString: url });
  await sql.connect();
});

afterAll(async () => {
  await Promise.all(caches.map((c) => c.close()));
  await Promise.all([db.$disconnect(), sql.end()]);
});

const list = async (query: string, headers: Record<string, string> = {}) => {
  const { status, body, headers: answer } = await call(listProducts, `/api/products?${query}`, { headers });
  return { status, page: body as ProductPage, body, language: answer.get("content-language") };
};

const detail = async (slug: string, query = "", headers: Record<string, string> = {}) => {
  const {
    status,
    body,
    headers: answer,
  } = await call(getProduct, `/api/products/${slug}${query}`, {
    params: { slug },
    headers,
  });
  return { status, product: body as ProductDetail, body, language: answer.get("content-language") };
};

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, withinMs = 2_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() - started > withinMs) return value;
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe("searching the catalog in Czech", () => {
  it.each(["kosile", "košile", "lnena", "Lněná košile", "kosle"])("finds Lněná košile for %s", async (q) => {
    const { status, page, language } = await list(`q=${encodeURIComponent(q)}&locale=cs`);
    expect(status).toBe(200);
    expect(language).toBe("cs");
    expect(page.items).toContainEqual(expect.objectContaining({ slug: "linen-shirt", name: "Lněná košile" }));
  });

  it("ranks the exact spelling first", async () => {
    for (const q of ["košile", "lněná košile"]) {
      const { page } = await list(`q=${encodeURIComponent(q)}&locale=cs`);
      const ranked = page.items.map((p) => p.slug);
      // Products other tests name in Czech in the shop's own columns ("Kosile Vltava") come after.
      expect(ranked[0]).toBe("linen-shirt");
    }
  });

  it("still finds English words with English stemming, in either language", async () => {
    const english = await list("q=shirts");
    expect(english.language).toBe("en");
    expect(english.page.items).toContainEqual(expect.objectContaining({ slug: "linen-shirt", name: "Linen Shirt" }));
    const czech = await list("q=shirts&locale=cs");
    expect(czech.page.items).toContainEqual(expect.objectContaining({ slug: "linen-shirt", name: "Lněná košile" }));
  });

  it("does not find Czech words in English", async () => {
    const { page } = await list("q=ko%C5%A1ile");
    expect(page.items.map((p) => p.slug)).not.toContain("linen-shirt");
  });
});

describe("the product API in Czech", () => {
  it("answers with Czech name, description, category and alt texts", async () => {
    const { status, product, language } = await detail("linen-shirt", "?locale=cs");
    expect(status).toBe(200);
    expect(language).toBe("cs");
    expect(product.name).toBe("Lněná košile");
    expect(product.description).toMatch(/^Vzdušná košile z praného evropského lnu/);
    expect(product.category.name).toBe("Oblečení");
    expect(product.images.map((i) => i.alt)).toEqual(["Lněná košile", "Lněná košile – detail"]);
    // Variants and prices are the same in every language.
    const english = await detail("linen-shirt");
    expect(english.product.name).toBe("Linen Shirt");
    expect(product.variants).toEqual(english.product.variants);
  });

  it("chooses the language from Accept-Language when no locale is given, and locale wins over it", async () => {
    const headers = { "accept-language": "cs-CZ,cs;q=0.9,en;q=0.8" };
    expect((await detail("linen-shirt", "", headers)).product.name).toBe("Lněná košile");
    expect((await detail("linen-shirt", "?locale=en", headers)).product.name).toBe("Linen Shirt");
    expect((await detail("linen-shirt", "", { "accept-language": "de-DE" })).product.name).toBe("Linen Shirt");
    const shirt = (await list("category=clothing&pageSize=48", headers)).page.items.find(
      (p) => p.slug === "linen-shirt",
    );
    expect(shirt).toMatchObject({ name: "Lněná košile", category: { name: "Oblečení" } });
  });

  it("falls back to the shop's own text for each field a translation leaves out", async () => {
    const { product } = await createTestVariant(db, { stock: 3, name: "Plain Enamel Jug" });
    await db.product.update({ where: { id: product.id }, data: { description: "A jug for milk or flowers." } });
    const image = await db.productImage.create({
      data: { productId: product.id, url: "/images/products/x.webp", alt: "Jug on a shelf", width: 10, height: 10 },
    });
    await db.productTranslation.create({ data: { productId: product.id, language: "cs", name: "Smaltovaný džbán" } });
    await db.productImageTranslation.create({ data: { imageId: image.id, language: "cs", alt: "" } });

    const { product: czech } = await detail(product.slug, "?locale=cs");
    expect(czech.name).toBe("Smaltovaný džbán");
    expect(czech.description).toBe("A jug for milk or flowers.");
    expect(czech.images[0]?.alt).toBe("Jug on a shelf");

    await db.productTranslation.update({
      where: { productId_language: { productId: product.id, language: "cs" } },
      data: { name: "", description: "Džbán na mléko nebo na květiny." },
    });
    const { page } = await list(`q=${encodeURIComponent("džbán")}&locale=cs`);
    expect(page.items).toContainEqual(expect.objectContaining({ slug: product.slug, name: "Plain Enamel Jug" }));
  });

  it.each([
    ["locale=de", "/api/products?locale=de"],
    ["locale=xx-YY", "/api/products/linen-shirt?locale=xx-YY"],
  ])("refuses a language the shop does not offer (%s) with 400 and a field message", async (_, path) => {
    const handler = path.includes("linen-shirt") ? getProduct : listProducts;
    const { status, body } = await call(handler, path, { params: { slug: "linen-shirt" } });
    expect(status).toBe(400);
    const error = errorOf(body);
    expect(error.code).toBe("invalid_input");
    expect(error.fields?.locale).toBe("Locale is not a language this shop offers.");
  });

  it("accepts a regional tag as its language", async () => {
    expect((await detail("linen-shirt", "?locale=cs-CZ")).product.name).toBe("Lněná košile");
  });
});

describe("cached translations", () => {
  it("keeps one entry per language and drops them when a translation changes", async () => {
    const cache = new CatalogCache(db, url);
    caches.push(cache);
    await eventually(
      () => Promise.resolve(cache.listening),
      (listening) => listening,
    );
    const query = productListQuerySchema.parse({ category: "kitchen", pageSize: "48" });
    const nameIn = async (language: string) =>
      (await cache.listProducts(query, language)).items.find((p) => p.slug === "spice-grinder")?.name;
    expect(await nameIn("cs")).toBe("Mlýnek na koření");
    expect(await nameIn("en")).toBe("Spice Grinder");
    expect((await cache.getProduct("spice-grinder", "cs"))?.name).toBe("Mlýnek na koření");

    // Changed through SQL, as any tool could: the trigger tells every instance.
    await sql.query(
      `UPDATE product_translations SET name = 'Ruční mlýnek na koření', "updatedAt" = now()
       WHERE language = 'cs' AND "productId" = (SELECT id FROM products WHERE slug = 'spice-grinder')`,
    );
    expect(
      await eventually(
        () => nameIn("cs"),
        (name) => name === "Ruční mlýnek na koření",
      ),
    ).toBe("Ruční mlýnek na koření");
    expect(
      await eventually(
        async () => (await cache.getProduct("spice-grinder", "cs"))?.name,
        (name) => name === "Ruční mlýnek na koření",
      ),
    ).toBe("Ruční mlýnek na koření");

    // An image's alt text: its trigger finds the product through the image.
    await sql.query(
      `UPDATE product_image_translations SET alt = 'Mlýnek zblízka', "updatedAt" = now()
       WHERE language = 'cs' AND "imageId" = (SELECT i.id FROM product_images i JOIN products p ON p.id = i."productId"
                                              WHERE p.slug = 'spice-grinder' ORDER BY i.position LIMIT 1)`,
    );
    const alt = await eventually(
      async () => (await cache.getProduct("spice-grinder", "cs"))?.images[0]?.alt,
      (text) => text === "Mlýnek zblízka",
    );
    expect(alt).toBe("Mlýnek zblízka");

    // A category's name.
    await sql.query(
      `UPDATE category_translations SET name = 'Vaření', "updatedAt" = now()
       WHERE language = 'cs' AND "categoryId" = (SELECT id FROM categories WHERE slug = 'kitchen')`,
    );
    const categories = await eventually(
      () => cache.listCategories("cs"),
      (all) => all.some((c) => c.name === "Vaření"),
    );
    expect(categories.find((c) => c.slug === "kitchen")?.name).toBe("Vaření");
    expect((await cache.listCategories("en")).find((c) => c.slug === "kitchen")?.name).toBe("Kitchen");
  });
});

describe("the sitemap", () => {
  it("counts a translation's change as the page's last modification", async () => {
    const { product } = await createTestVariant(db, { stock: 1 });
    await sql.query(`UPDATE products SET "updatedAt" = '2020-01-01' WHERE id = $1`, [product.id]);
    await sql.query(`UPDATE product_variants SET "updatedAt" = '2020-01-01' WHERE "productId" = $1`, [product.id]);
    const before = (await listSitemapEntries(db)).products.find((p) => p.slug === product.slug);
    expect(before?.updatedAt.toISOString()).toBe("2020-01-01T00:00:00.000Z");
    const translation = await db.productTranslation.create({
      data: { productId: product.id, language: "cs", name: "Zkušební výrobek" },
    });
    const after = (await listSitemapEntries(db)).products.find((p) => p.slug === product.slug);
    expect(after?.updatedAt).toEqual(translation.updatedAt);
  });
});

describe("SQL statements", () => {
  it("reads a listing and the categories in one statement each, in any language", async () => {
    const pool = poolOf(db);
    if (!pool) throw new Error("no pool");
    const spy = vi.spyOn(pool, "query");
    try {
      const counted = async (read: () => Promise<unknown>) => {
        spy.mockClear();
        await read();
        return spy.mock.calls.length;
      };
      for (const language of ["en", "cs"]) {
        for (const raw of [{}, { q: "košile" }, { category: "clothing", sort: "name" }, { sort: "price_asc" }]) {
          const query = productListQuerySchema.parse(raw);
          expect(await counted(() => listProductsIn(db, query, language))).toBe(1);
        }
        expect(await counted(() => listCategories(db, language))).toBe(1);
      }
      // The product page: the shop's own language costs what it did; another language one statement more.
      const own = await counted(() => getProductBySlug(db, "linen-shirt", "en"));
      expect(await counted(() => getProductBySlug(db, "linen-shirt", "cs"))).toBe(own + 1);
    } finally {
      spy.mockRestore();
    }
  });
});
