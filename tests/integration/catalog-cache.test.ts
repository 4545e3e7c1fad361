import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CatalogCache } from "@/lib/catalog/cache";
import { LOW_STOCK_THRESHOLD } from "@/lib/catalog/stock-state";
import { createDb, type Db, SESSION_OPTIONS } from "@/lib/db/client";
import { closeSharedListeners, sharedListenerCount } from "@/lib/db/shared-listen";
import { PageCache } from "@/lib/runtime/page-cache";

// Two CatalogCache objects stand for two app instances (in one process they share its one LISTEN connection; the
// notifications still travel through PostgreSQL). Changes are made the way other code will make them: plain SQL
// through another connection (admin edits, checkout reserving stock).

const url = inject("databaseUrl");
let sql: pg.Client;
let dbA: Db;
let dbB: Db;
const instances: CatalogCache[] = [];

function instance(db: Db): CatalogCache {
  const cache = new CatalogCache(db, url);
  instances.push(cache);
  return cache;
}

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, withinMs = 1_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() - started > withinMs) return value;
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function until(check: () => boolean, withinMs = 3_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > withinMs) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function price(sku: string): Promise<number> {
  const { rows } = await sql.query<{ priceMinor: number }>(`SELECT "priceMinor" FROM product_variants WHERE sku = $1`, [
    sku,
  ]);
  return rows[0]?.priceMinor ?? -1;
}

beforeAll(async () => {
  sql = new pg.Client({ connectionString: url });
  await sql.connect();
  dbA = createDb(url, 2);
  dbB = createDb(url, 2);
});

afterAll(async () => {
  await Promise.all(instances.map((c) => c.close()));
  await Promise.all([dbA.$disconnect(), dbB.$disconnect(), sql.end()]);
});

describe("catalog cache", () => {
  it("serves repeated reads from memory", async () => {
    const cache = instance(dbA);
    await until(() => cache.listening);
    const first = await cache.getProduct("linen-shirt", "en");
    const second = await cache.getProduct("linen-shirt", "en");
    expect(second).toBe(first);
    expect(cache.stats().products).toMatchObject({ hits: 1, misses: 1 });
    expect(Object.isFrozen(first?.variants[0]?.price)).toBe(true);
    expect(await cache.getProduct("no-such-product", "en")).toBeNull();
  });

  it("shows a price changed by anyone on every instance within a moment", async () => {
    const a = instance(dbA);
    const b = instance(dbB);
    await until(() => a.listening && b.listening);
    const sku = "CASIROSKI-20C";
    const before = await price(sku);
    const read = (cache: CatalogCache) => async () => {
      const product = await cache.getProduct("cast-iron-skillet", "en");
      return product?.variants.find((v) => v.sku === sku)?.price.amountMinor;
    };
    const listed = (cache: CatalogCache) => async () => {
      const page = await cache.listProducts({ q: "skillet", page: 1, pageSize: 24, sort: "relevance" }, "en");
      return page.items.find((p) => p.slug === "cast-iron-skillet")?.priceFrom.amountMinor;
    };
    expect(await read(a)()).toBe(before);
    expect(await read(b)()).toBe(before);
    expect(await listed(b)()).toBe(before);

    const changedAt = Date.now();
    await sql.query(`UPDATE product_variants SET "priceMinor" = $2 WHERE sku = $1`, [sku, before - 100]);
    expect(await eventually(read(a), (p) => p === before - 100)).toBe(before - 100);
    expect(await eventually(read(b), (p) => p === before - 100)).toBe(before - 100);
    expect(await eventually(listed(b), (p) => p === before - 100)).toBe(before - 100);
    expect(Date.now() - changedAt).toBeLessThan(1_000);

    await sql.query(`UPDATE product_variants SET "priceMinor" = $2 WHERE sku = $1`, [sku, before]);
    expect(await eventually(read(b), (p) => p === before)).toBe(before);
  });

  it("shows stock taken by an order within a moment once few are left", async () => {
    const cache = instance(dbA);
    await until(() => cache.listening);
    const sku = "LINSHI-M-NAV";
    const { rows } = await sql.query<{ stockOnHand: number }>(
      `SELECT "stockOnHand" FROM product_variants WHERE sku = $1`,
      [sku],
    );
    const onHand = rows[0]?.stockOnHand ?? 0;
    await sql.query(`UPDATE product_variants SET "stockOnHand" = "stockReserved" + $2 WHERE sku = $1`, [
      sku,
      LOW_STOCK_THRESHOLD,
    ]);
    const available = async () =>
      (await cache.getProduct("linen-shirt", "en"))?.variants.find((v) => v.sku === sku)?.available ?? -1;
    expect(await eventually(available, (n) => n === LOW_STOCK_THRESHOLD)).toBe(LOW_STOCK_THRESHOLD);
    await sql.query(`UPDATE product_variants SET "stockReserved" = "stockReserved" + 1 WHERE sku = $1`, [sku]);
    expect(await eventually(available, (n) => n === LOW_STOCK_THRESHOLD - 1)).toBe(LOW_STOCK_THRESHOLD - 1);
    await sql.query(`UPDATE product_variants SET "stockReserved" = "stockReserved" - 1 WHERE sku = $1`, [sku]);
    expect(await eventually(available, (n) => n === LOW_STOCK_THRESHOLD)).toBe(LOW_STOCK_THRESHOLD);
    await sql.query(`UPDATE product_variants SET "stockOnHand" = $2 WHERE sku = $1`, [sku, onHand]);
  });

  it("notifies a stock change only when what the shop shows changes", async () => {
    const sku = "LINSHI-S-NAV";
    const { rows } = await sql.query<{ productId: string; stockOnHand: number }>(
      `SELECT "productId", "stockOnHand" FROM product_variants WHERE sku = $1`,
      [sku],
    );
    const { productId, stockOnHand } = rows[0] ?? { productId: "", stockOnHand: 0 };
    const listener = new pg.Client({ connectionString: url });
    await listener.connect();
    const heard: string[] = [];
    let markersHeard = 0;
    listener.on("notification", (n) => {
      if (n.payload === `product:${productId}`) heard.push(n.payload);
      if (n.channel === "test_marker") markersHeard += 1;
    });
    await listener.query("LISTEN catalog_changed");
    await listener.query("LISTEN test_marker");
    // The shop's own connections carry the threshold as a setting, which the trigger reads.
    const shop = new pg.Client({ connectionString: url, options: SESSION_OPTIONS });
    await shop.connect();
    const notifies = async (statement: string, values: unknown[], client: pg.Client = shop) => {
      heard.length = 0;
      await client.query(statement, [sku, ...values]);
      // PostgreSQL delivers a session's notifications in commit order, whatever their channel: once a marker sent
      // after the update has arrived, any notification of the update has arrived too, so none means none was sent.
      const markers = markersHeard;
      await client.query(`SELECT pg_notify('test_marker', '')`);
      await until(() => markersHeard > markers);
      return heard.length > 0;
    };
    const setAvailable = (n: number) =>
      notifies(`UPDATE product_variants SET "stockOnHand" = "stockReserved" + $2 WHERE sku = $1`, [n]);
    const reserve = (n: number) =>
      notifies(`UPDATE product_variants SET "stockReserved" = "stockReserved" + $2 WHERE sku = $1`, [n]);
    try {
      await setAvailable(LOW_STOCK_THRESHOLD + 40);
      expect(await reserve(1)).toBe(false); // still "In stock"
      expect(await setAvailable(LOW_STOCK_THRESHOLD + 1)).toBe(false); // still "In stock"
      expect(await reserve(1)).toBe(true); // now "Only 5 left"
      expect(await reserve(1)).toBe(true); // the count shown changes
      expect(await reserve(-2)).toBe(true); // back to "In stock"
      // The threshold is the setting's: the same change from 11 to 10 left is shown at a threshold of 10, not at 5.
      const other = new pg.Client({ connectionString: url, options: "-c shop.low_stock_threshold=10" });
      await other.connect();
      const reserveOne = `UPDATE product_variants SET "stockReserved" = "stockReserved" + 1 WHERE sku = $1`;
      await setAvailable(11);
      expect(await notifies(reserveOne, [], other)).toBe(true);
      await setAvailable(11);
      expect(await notifies(reserveOne, [])).toBe(false);
      await other.end();
      // A session without the setting (psql) fails closed: every stock change notifies.
      await setAvailable(LOW_STOCK_THRESHOLD + 40);
      expect(await notifies(reserveOne, [], sql)).toBe(true);
      await reserve(-3); // the three reserveOne above
    } finally {
      await sql.query(`UPDATE product_variants SET "stockOnHand" = $2 WHERE sku = $1`, [sku, stockOnHand]);
      await Promise.all([listener.end(), shop.end()]);
    }
  });

  it("drops only the changed product, and every listing", async () => {
    const cache = instance(dbA);
    await until(() => cache.listening);
    await cache.getProduct("linen-shirt", "en");
    await cache.getProduct("wool-beanie", "en");
    await cache.listCategories("en");
    await sql.query(`UPDATE products SET "updatedAt" = now() WHERE slug = 'wool-beanie'`);
    await until(() => cache.stats().categories.entries === 0);
    expect(cache.stats().products.entries).toBe(1);
  });

  it("lists a newly activated product, and a product that disappears stops being found", async () => {
    const a = instance(dbA);
    const b = instance(dbB);
    await until(() => a.listening && b.listening);
    expect(await b.getProduct("wool-beanie", "en")).not.toBeNull();
    await sql.query(`UPDATE products SET status = 'ARCHIVED' WHERE slug = 'wool-beanie'`);
    try {
      expect(
        await eventually(
          () => b.getProduct("wool-beanie", "en"),
          (p) => p === null,
        ),
      ).toBeNull();
      const entries = await eventually(
        () => b.sitemapEntries(),
        (e) => !e.products.some((p) => p.slug === "wool-beanie"),
      );
      expect(entries.products.map((p) => p.slug)).not.toContain("wool-beanie");
    } finally {
      await sql.query(`UPDATE products SET status = 'ACTIVE' WHERE slug = 'wool-beanie'`);
    }
    expect(
      await eventually(
        () => b.getProduct("wool-beanie", "en"),
        (p) => p !== null,
      ),
    ).not.toBeNull();
  });

  it("invalidateCatalog drops the writer's own entries at once and tells the other instances", async () => {
    const a = instance(dbA);
    const b = instance(dbB);
    await until(() => a.listening && b.listening);
    const product = await a.getProduct("chef-s-knife", "en");
    await b.getProduct("chef-s-knife", "en");
    expect(product).not.toBeNull();
    await a.invalidate(product ? [product.id] : []);
    expect(a.stats().products.entries).toBe(0);
    await until(() => b.stats().products.entries === 0);
  });

  it("recovers when its LISTEN connection is killed, dropping what it may have missed", async () => {
    const cache = instance(dbA);
    await until(() => cache.listening);
    await cache.getProduct("linen-shirt", "en");
    await sql.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE datname = current_database() AND application_name = 'shop listen catalog_changed'`,
    );
    await until(() => !cache.listening);
    expect(cache.stats().products.entries).toBe(0);
    await until(() => cache.listening);
    // Notifications flow again after the reconnect.
    await cache.getProduct("linen-shirt", "en");
    await sql.query(`UPDATE products SET "updatedAt" = now() WHERE slug = 'linen-shirt'`);
    await until(() => cache.stats().products.entries === 0);
  });

  it("counts categories' products and lists every active product for the sitemap", async () => {
    const cache = instance(dbA);
    const [categories, entries] = await Promise.all([cache.listCategories("en"), cache.sitemapEntries()]);
    // Other test files add products of their own to the shared test database.
    const visible = await dbA.product.count({ where: { status: "ACTIVE", variants: { some: { active: true } } } });
    expect(visible).toBeGreaterThanOrEqual(64);
    expect(categories.reduce((sum, c) => sum + c.productCount, 0)).toBe(visible);
    expect(categories.every((c) => c.image?.url.startsWith("/images/products/"))).toBe(true);
    expect(entries.products).toHaveLength(visible);
    expect(entries.categories).toHaveLength(categories.length);
  });

  it("shares one LISTEN connection with the page cache, and shutdown closes it", async () => {
    const a = instance(dbA);
    const b = instance(dbB);
    const pages = new PageCache(url);
    await until(() => a.listening && b.listening);
    expect(sharedListenerCount()).toBe(1);
    // The one connection still reaches every cache.
    await Promise.all([a.getProduct("linen-shirt", "en"), b.getProduct("linen-shirt", "en")]);
    await sql.query(`UPDATE products SET "updatedAt" = now() WHERE slug = 'linen-shirt'`);
    await until(() => a.stats().products.entries === 0 && b.stats().products.entries === 0);
    // A cache that leaves does not close the connection the others use.
    await pages.close();
    expect(sharedListenerCount()).toBe(1);
    expect(a.listening).toBe(true);
    await closeSharedListeners();
    expect(sharedListenerCount()).toBe(0);
    expect(a.listening || b.listening).toBe(false);
  });
});
