import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GET as googleFeed } from "@/app/feeds/google.xml/route";
import { GET as heurekaFeed } from "@/app/feeds/heureka.xml/route";
import { GET as zboziFeed } from "@/app/feeds/zbozi.xml/route";
import { GET as getStorefrontProduct } from "@/app/api/products/[slug]/route";
import type { ProductDetail } from "@/lib/catalog/types";
import { decimalPrice } from "@/lib/catalog/structured-data";
import { listFeedProducts } from "@/lib/catalog/list-feed-products";
import { createDb } from "@/lib/db/client";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { defaultLanguage } from "@/lib/i18n/languages";
import { getShopSettings } from "@/lib/delivery/settings-cache";
import { deliveryOptionsFor } from "@/lib/delivery/price-delivery";
import { env } from "@/lib/env";
import { GOOGLE_NAMESPACE } from "@/lib/feeds/google-feed";
import { ZBOZI_NAMESPACE } from "@/lib/feeds/zbozi-feed";
import { setCategoryFeedText } from "@/lib/feeds/set-category-feed-text";
import { setProductExported } from "@/lib/feeds/set-product-exported";
import { actorOf, adminUser } from "../support/admin-catalog";
import { type XmlNode, childrenOf, parseFeed, textOf } from "../support/feeds";
import { call } from "../support/route";

// The three public feeds against the seeded demo catalog: well-formed, every required element per each site's
// specification, every exported variant once with the storefront's own price, and changes (archiving, keeping a
// product out, mapping a category) visible within a second.

const url = inject("databaseUrl");
const db = createDb(url, 2);
let sql: pg.Client;

interface VariantRow {
  variantId: string;
  sku: string;
  productId: string;
  slug: string;
  available: number;
  variantCount: number;
  weightGrams: number;
  priceMinor: number;
  currency: string;
}

/** What the storefront sells, straight from the tables: active variants of active products in live categories
 *  (with an image, where the site requires one). */
async function sellable(withImage = true): Promise<VariantRow[]> {
  const { rows } = await sql.query<VariantRow>(
    `
    SELECT v.id AS "variantId", v.sku, p.id AS "productId", p.slug,
           GREATEST(v."stockOnHand" - v."stockReserved", 0) AS available, v."weightGrams", v."priceMinor",
           trim(v.currency) AS currency,
           count(*) OVER (PARTITION BY p.id)::int AS "variantCount"
    FROM product_variants v JOIN products p ON p.id = v."productId" JOIN categories c ON c.id = p."categoryId"
    WHERE v.active AND p.status = 'ACTIVE' AND NOT c.archived
      AND NOT EXISTS (SELECT 1 FROM feed_product_exclusions x WHERE x."productId" = p.id)
      AND (NOT $1 OR EXISTS (SELECT 1 FROM product_images i WHERE i."productId" = p.id))`,
    [withImage],
  );
  return rows;
}

/** sku → the price the product API (the storefront's data) shows, as the decimal the feeds carry. */
async function storefrontPrices(slugs: string[]): Promise<Map<string, string>> {
  const prices = new Map<string, string>();
  for (const slug of new Set(slugs)) {
    const { status, body } = await call(getStorefrontProduct, `/api/products/${slug}`, { params: { slug } });
    expect(status).toBe(200);
    for (const variant of (body as ProductDetail).variants) {
      prices.set(variant.sku, decimalPrice(variant.price.amountMinor, variant.price.currency));
    }
  }
  return prices;
}

async function fetchFeed(route: typeof googleFeed, path: string): Promise<XmlNode> {
  const response = await call(route, path);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
  return parseFeed(response.text);
}

const googleItems = async () => {
  const doc = await fetchFeed(googleFeed, "/feeds/google.xml");
  return childrenOf((doc.rss as XmlNode).channel as XmlNode, "item");
};
const shopItems = async (route: typeof googleFeed, path: string) =>
  childrenOf((await fetchFeed(route, path)).SHOP as XmlNode, "SHOPITEM");

async function eventually(check: () => Promise<boolean>, withinMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > withinMs) throw new Error(`not within ${withinMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

beforeAll(async () => {
  sql = new pg.Client({ connectionString: url });
  await sql.connect();
});
afterAll(async () => {
  await Promise.all([db.$disconnect(), sql.end()]);
});

describe("GET /feeds/google.xml", () => {
  it("is RSS 2.0 with the g: namespace and every required attribute on each item", async () => {
    const response = await call(googleFeed, "/feeds/google.xml");
    const doc = parseFeed(response.text);
    const rss = doc.rss as XmlNode;
    expect(rss["@_version"]).toBe("2.0");
    expect(rss["@_xmlns:g"]).toBe(GOOGLE_NAMESPACE);
    const channel = rss.channel as XmlNode;
    for (const name of ["title", "link", "description"]) expect(textOf(channel, name)).toBeTruthy();
    const items = childrenOf(channel, "item");
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      for (const name of ["id", "title", "description", "link", "image_link", "availability", "price", "condition"]) {
        expect(textOf(item, `g:${name}`), `g:${name}`).toBeTruthy();
      }
      // Brand and a GTIN, or identifier_exists = no when the product has none.
      expect(textOf(item, "g:brand")).toBe(env.SHOP_NAME);
      expect(textOf(item, "g:gtin") ?? textOf(item, "g:identifier_exists")).toBe("no");
      expect(["in_stock", "out_of_stock"]).toContain(textOf(item, "g:availability"));
      expect(textOf(item, "g:price")).toMatch(/^\d+(\.\d+)? [A-Z]{3}$/);
      expect(textOf(item, "g:link")).toMatch(/^https?:\/\//);
      expect(textOf(item, "g:image_link")).toMatch(/^https?:\/\//);
      expect(textOf(item, "g:title")?.length).toBeLessThanOrEqual(150);
    }
  });

  it("lists every sellable variant once, with the storefront's price, stock and variant group", async () => {
    const expected = await sellable();
    const items = await googleItems();
    const byId = new Map<string, XmlNode>();
    for (const item of items) {
      const id = textOf(item, "g:id") ?? "";
      expect(byId.has(id), `${id} listed twice`).toBe(false);
      byId.set(id, item);
    }
    expect([...byId.keys()].sort()).toEqual(expected.map((v) => v.sku).sort());
    const prices = await storefrontPrices(expected.map((v) => v.slug));
    for (const variant of expected) {
      const item = byId.get(variant.sku) as XmlNode;
      expect(textOf(item, "g:price")).toBe(`${prices.get(variant.sku)} ${variant.currency}`);
      expect(textOf(item, "g:availability")).toBe(variant.available > 0 ? "in_stock" : "out_of_stock");
      expect(textOf(item, "g:item_group_id")).toBe(variant.variantCount > 1 ? variant.productId : undefined);
    }
    expect(expected.some((v) => v.variantCount > 1)).toBe(true);
    expect(expected.some((v) => v.available === 0)).toBe(true);
  });

  it("carries shipping per country priced as checkout prices one unit", async () => {
    const settings = await getShopSettings();
    const [variant] = await sellable();
    if (!variant) throw new Error("no sellable variant");
    const item = (await googleItems()).find((i) => textOf(i, "g:id") === variant.sku) as XmlNode;
    const shipping = childrenOf(item, "g:shipping");
    const countries = settings.zones.flatMap((z) => z.countries);
    expect(shipping.map((s) => textOf(s, "g:country")).sort()).toEqual([...countries].sort());
    for (const entry of shipping) {
      const options = deliveryOptionsFor(settings, textOf(entry, "g:country") ?? "", {
        goodsMinor: variant.priceMinor,
        weightGrams: variant.weightGrams,
        currency: variant.currency,
      }).filter((o) => o.method.kind === "HOME_DELIVERY");
      const cheapest = Math.min(...options.map((o) => o.priceMinor));
      expect(textOf(entry, "g:price")).toBe(`${decimalPrice(cheapest, variant.currency)} ${variant.currency}`);
    }
  });
});

describe.each([
  { site: "heureka", route: heurekaFeed, namespace: undefined },
  { site: "zbozi", route: zboziFeed, namespace: ZBOZI_NAMESPACE },
] as const)("GET /feeds/$site.xml", ({ site, route, namespace }) => {
  const path = `/feeds/${site}.xml`;
  const required =
    site === "heureka"
      ? ["ITEM_ID", "PRODUCTNAME", "DESCRIPTION", "URL", "IMGURL", "PRICE_VAT", "CATEGORYTEXT", "DELIVERY_DATE"]
      : ["ITEM_ID", "PRODUCTNAME", "DESCRIPTION", "URL", "PRICE_VAT", "DELIVERY_DATE"];

  it("is a SHOP of SHOPITEMs with the required elements", async () => {
    const doc = await fetchFeed(route, path);
    const shop = doc.SHOP as XmlNode;
    expect(shop["@_xmlns"]).toBe(namespace);
    const items = childrenOf(shop, "SHOPITEM");
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      for (const name of required) expect(textOf(item, name), name).toBeTruthy();
      expect(textOf(item, "ITEM_ID")).toMatch(/^[A-Za-z0-9_-]{1,36}$/);
      expect(textOf(item, "PRICE_VAT")).toMatch(/^\d+(\.\d{1,2})?$/);
      expect(textOf(item, "DELIVERY_DATE")).toBe("0");
      expect(textOf(item, "ITEMGROUP_ID")).not.toBe(textOf(item, "ITEM_ID"));
    }
  });

  it("lists every in-stock variant once with the storefront's price, and no sold-out one", async () => {
    // Other test files change the shared catalog meanwhile: compare until a feed and a reading of the tables agree.
    let expected: VariantRow[] = [];
    let items: XmlNode[] = [];
    let ids: string[] = [];
    await eventually(async () => {
      expected = (await sellable(site === "heureka")).filter((v) => v.available > 0);
      items = await shopItems(route, path);
      ids = items.map((i) => textOf(i, "ITEM_ID") as string);
      return (
        ids.length === expected.length && new Set([...ids, ...expected.map((v) => v.variantId)]).size === ids.length
      );
    }, 15_000).catch(() => undefined);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(expected.map((v) => v.variantId).sort());
    const prices = await storefrontPrices(expected.map((v) => v.slug));
    const byId = new Map(items.map((i) => [textOf(i, "ITEM_ID"), i]));
    for (const variant of expected) {
      const item = byId.get(variant.variantId) as XmlNode;
      expect(textOf(item, "PRICE_VAT")).toBe(prices.get(variant.sku));
      expect(textOf(item, "ITEMGROUP_ID")).toBe(variant.variantCount > 1 ? variant.productId : undefined);
      if (variant.variantCount > 1) expect(childrenOf(item, "PARAM").length).toBeGreaterThan(0);
    }
  });
});

describe("feed languages", () => {
  it("Heureka and Zboží list the Czech texts and pages; Google the shop's own", async () => {
    const shirt = (await sellable()).find((v) => v.slug === "linen-shirt" && v.available > 0);
    if (!shirt) throw new Error("no linen shirt in stock");
    for (const [route, path] of [
      [heurekaFeed, "/feeds/heureka.xml"],
      [zboziFeed, "/feeds/zbozi.xml"],
    ] as const) {
      const item = (await shopItems(route, path)).find((i) => textOf(i, "ITEM_ID") === shirt.variantId) as XmlNode;
      expect(textOf(item, "PRODUCTNAME")).toMatch(/^Lněná košile – /);
      expect(textOf(item, "URL")).toMatch(/\/cs\/products\/linen-shirt\?variant=/);
      const params = childrenOf(item, "PARAM").map((p) => [textOf(p, "PARAM_NAME"), textOf(p, "VAL")]);
      expect(params.map(([name]) => name)).toEqual(["Velikost", "Barva"]);
      expect(["Bílá", "Šalvějová", "Námořnická modrá"]).toContain(params[1]?.[1]);
    }
    const google = (await googleItems()).find((i) => textOf(i, "g:id") === shirt.sku) as XmlNode;
    expect(textOf(google, "g:title")).toMatch(/^Linen Shirt – /);
    expect(textOf(google, "g:link")).not.toContain("/cs/");
  });

  it("reads translation rows only for a language other than the shop's own", async () => {
    const logged = new PrismaClient({
      adapter: new PrismaPg(new pg.Pool({ connectionString: url, max: 1 }), { disposeExternalPool: true }),
      log: [{ emit: "event", level: "query" }],
    });
    const queries: string[] = [];
    logged.$on("query", (event) => queries.push(event.query));
    try {
      const own = await listFeedProducts(logged, defaultLanguage);
      const ownQueries = queries.splice(0);
      const czech = await listFeedProducts(logged, "cs");
      expect(own.length).toBe(czech.length);
      expect(ownQueries.filter((q) => q.includes("_translations"))).toEqual([]);
      expect(queries.filter((q) => q.includes("_translations")).length).toBeGreaterThanOrEqual(3);
    } finally {
      await logged.$disconnect();
    }
  });
});

describe("feed changes", () => {
  it("drops an archived product within a second, from a change made by anyone", async () => {
    const [variant] = (await sellable()).filter((v) => v.available > 0);
    if (!variant) throw new Error("no in-stock variant");
    await googleItems(); // warm the cache, so the change must be noticed rather than read fresh
    try {
      await sql.query(`UPDATE products SET status = 'ARCHIVED' WHERE id = $1`, [variant.productId]);
      const gone = (items: XmlNode[], key: string, id: string) => !items.some((i) => textOf(i, key) === id);
      await eventually(async () => gone(await googleItems(), "g:id", variant.sku), 1_000);
      await eventually(
        async () => gone(await shopItems(heurekaFeed, "/feeds/heureka.xml"), "ITEM_ID", variant.variantId),
        1_000,
      );
      await eventually(
        async () => gone(await shopItems(zboziFeed, "/feeds/zbozi.xml"), "ITEM_ID", variant.variantId),
        1_000,
      );
    } finally {
      await sql.query(`UPDATE products SET status = 'ACTIVE' WHERE id = $1`, [variant.productId]);
    }
    await eventually(async () => (await googleItems()).some((i) => textOf(i, "g:id") === variant.sku), 1_000);
  });

  it("escapes names as text and follows staff's choices: products kept out, category texts", async () => {
    const actor = actorOf(await adminUser(db));
    const [variant] = (await sellable()).filter((v) => v.available > 0 && v.variantCount === 1);
    if (!variant) throw new Error("no single-variant product in stock");
    const { rows } = await sql.query<{ name: string; categoryId: string }>(
      `SELECT name, "categoryId" FROM products WHERE id = $1`,
      [variant.productId],
    );
    const original = rows[0];
    if (!original) throw new Error("product missing");
    const hostile = `${original.name} & <b>"Tom's"</b> ]]>`;
    // Heureka's feed is in Czech: the product's Czech name is what it lists.
    const czech = await db.productTranslation.findUnique({
      where: { productId_language: { productId: variant.productId, language: "cs" } },
    });
    try {
      await sql.query(`UPDATE products SET name = $2 WHERE id = $1`, [variant.productId, hostile]);
      await db.productTranslation.upsert({
        where: { productId_language: { productId: variant.productId, language: "cs" } },
        create: { productId: variant.productId, language: "cs", name: hostile },
        update: { name: hostile },
      });
      await setCategoryFeedText(db, actor, {
        categoryId: original.categoryId,
        site: "heureka",
        text: "Heureka.cz | Dům a zahrada | Kuchyně",
      });
      const item = (await shopItems(heurekaFeed, "/feeds/heureka.xml")).find(
        (i) => textOf(i, "ITEM_ID") === variant.variantId,
      ) as XmlNode;
      expect(textOf(item, "PRODUCTNAME")).toBe(hostile);
      expect(textOf(item, "CATEGORYTEXT")).toBe("Heureka.cz | Dům a zahrada | Kuchyně");

      await setProductExported(db, actor, { productId: variant.productId, exported: false });
      expect((await googleItems()).some((i) => textOf(i, "g:id") === variant.sku)).toBe(false);
      const audit = await db.auditLog.findFirst({
        where: { entityId: variant.productId, action: "feed.product_export" },
        orderBy: { createdAt: "desc" },
      });
      expect(audit?.after).toEqual({ exported: false });
    } finally {
      await setProductExported(db, actor, { productId: variant.productId, exported: true });
      await setCategoryFeedText(db, actor, { categoryId: original.categoryId, site: "heureka", text: "" });
      await sql.query(`UPDATE products SET name = $2 WHERE id = $1`, [variant.productId, original.name]);
      if (czech) await db.productTranslation.update({ where: { id: czech.id }, data: { name: czech.name } });
      else await db.productTranslation.deleteMany({ where: { productId: variant.productId, language: "cs" } });
    }
    expect((await googleItems()).some((i) => textOf(i, "g:id") === variant.sku)).toBe(true);
  });
});
