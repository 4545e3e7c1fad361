// Builds the three product feeds for the demo catalog and for a generated catalog of 10,000 more products, and
// records how long loading and rendering take and how much memory they need. One run:
//   TEST_DATABASE_URL=postgres://… npx tsx tests/bench/feeds.ts
// (without TEST_DATABASE_URL or DATABASE_URL, the embedded server in .data/postgres-test). It creates its own fresh
// database and drops it afterwards.
import { performance } from "node:perf_hooks";
import { listFeedProducts } from "@/lib/catalog/list-feed-products";
import { createDb, type Db } from "@/lib/db/client";
import { loadShopSettings } from "@/lib/delivery/load-shop-settings";
import { FEED_SITES, renderFeed } from "@/lib/feeds/render-feed";
import { seedDemoData } from "@/prisma/seed/seed";
import { testAccounts } from "../support/accounts";
import { freshTestDatabase, openTestServer } from "../support/test-database";
import { defaultLanguage } from "@/lib/i18n/languages";

const GENERATED = 10_000;
const RUNS = 3;

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Peak RSS while `fn` runs, sampled every 10 ms, with its wall time in ms. */
async function measure<T>(fn: () => Promise<T> | T): Promise<{ value: T; ms: number; peakRssMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const started = performance.now();
  try {
    const value = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, ms: Math.round((performance.now() - started) * 10) / 10, peakRssMb: mb(peak) };
  } finally {
    clearInterval(timer);
  }
}

async function generateCatalog(db: Db, count: number): Promise<void> {
  // One category of its own; each product one variant and one image, in three statements.
  await db.$executeRaw`
    INSERT INTO categories (id, slug, name, position, "updatedAt")
    VALUES ('b0000000-0000-4000-8000-000000000001', 'bench-generated', 'Generated', 999, now())`;
  await db.$executeRaw`
    INSERT INTO products (id, slug, name, description, "categoryId", status, "vatRateBps", "updatedAt")
    SELECT gen_random_uuid(), 'bench-product-' || n, 'Bench product ' || n || ' & co <b>',
           'A generated product for the feed benchmark, number ' || n || '. ' || repeat('Plain description. ', 10),
           'b0000000-0000-4000-8000-000000000001', 'ACTIVE', 2100, now()
    FROM generate_series(1, ${count}::int) AS n`;
  await db.$executeRaw`
    INSERT INTO product_variants (id, "productId", sku, "priceMinor", currency, "stockOnHand", "weightGrams", "updatedAt")
    SELECT gen_random_uuid(), p.id, 'BENCH-' || substr(p.slug, 15), 1000 + (random() * 9000)::int, 'EUR',
           (random() * 20)::int, 500, now()
    FROM products p WHERE p."categoryId" = 'b0000000-0000-4000-8000-000000000001'`;
  await db.$executeRaw`
    INSERT INTO product_images (id, "productId", url, alt, width, height)
    SELECT gen_random_uuid(), p.id, '/images/products/' || p.slug || '.webp', p.name, 800, 800
    FROM products p WHERE p."categoryId" = 'b0000000-0000-4000-8000-000000000001'`;
}

interface Row {
  catalog: string;
  step: string;
  items: string;
  ms: number;
  bytes: string;
  peakRssMb: number;
}

async function benchCatalog(db: Db, label: string, rows: Row[]): Promise<void> {
  const settings = await loadShopSettings(db);
  // In the shop's own language; a Czech feed (Heureka's, Zboží's) also reads the translations.
  const load = await measure(() => listFeedProducts(db, defaultLanguage));
  const products = load.value;
  const variants = products.reduce((n, p) => n + p.variants.length, 0);
  rows.push({
    catalog: label,
    step: "load exported products (one query)",
    items: `${products.length} products, ${variants} variants`,
    ms: load.ms,
    bytes: "—",
    peakRssMb: load.peakRssMb,
  });
  for (const site of FEED_SITES) {
    const input = { shopName: "Northwind Goods", baseUrl: "https://shop.example", settings, language: defaultLanguage };
    let best = Number.POSITIVE_INFINITY;
    let xml = "";
    let peak = 0;
    for (let run = 0; run < RUNS; run++) {
      const rendered = await measure(() => renderFeed(site, products, input));
      best = Math.min(best, rendered.ms);
      peak = Math.max(peak, rendered.peakRssMb);
      xml = rendered.value;
    }
    const items = (xml.match(site === "google" ? /<item>/g : /<SHOPITEM>/g) ?? []).length;
    rows.push({
      catalog: label,
      step: `render ${site}.xml (best of ${RUNS})`,
      items: `${items} items`,
      ms: best,
      bytes: `${mb(Buffer.byteLength(xml))} MB`,
      peakRssMb: peak,
    });
  }
}

async function main(): Promise<void> {
  const server = await openTestServer();
  const { name, url } = await freshTestDatabase(server, "shop_bench_feeds");
  const db = createDb(url, 2);
  const rows: Row[] = [];
  try {
    await seedDemoData(db, { ...testAccounts, adminTotpSecret: undefined });
    await benchCatalog(db, "demo", rows);
    await generateCatalog(db, GENERATED);
    await benchCatalog(db, `demo + ${GENERATED.toLocaleString("en")} generated`, rows);
  } finally {
    await db.$disconnect();
    await server.dropDatabase(name);
    await server.stop();
  }
  console.log(`Node ${process.version}, ${new Date().toISOString()}`);
  console.log("| Catalog | Step | Items | Time ms | Document | Peak RSS MB |");
  console.log("| --- | --- | --- | ---: | ---: | ---: |");
  for (const r of rows)
    console.log(`| ${r.catalog} | ${r.step} | ${r.items} | ${r.ms} | ${r.bytes} | ${r.peakRssMb} |`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
