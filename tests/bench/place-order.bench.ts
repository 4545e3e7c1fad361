// Place-order benchmark: POST /api/checkout (re-price, reserve stock, write the order, hand off to the payment
// provider) at 50 concurrent shoppers against a production build, beside ceilings measured in the same run.
//   npm run bench:checkout            (embedded PostgreSQL, or TEST_DATABASE_URL / DATABASE_URL)
import { randomUUID } from "node:crypto";
import { writeFile, mkdir } from "node:fs/promises";
import { cpus } from "node:os";
import { PrismaPg } from "@prisma/adapter-pg";
import { createDb } from "@/lib/db/client";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemoData } from "@/prisma/seed/seed";
import { testAccounts } from "../support/accounts";
import { freshTestDatabase, openTestServer } from "../support/test-database";
import {
  BENCH_PORT,
  type LoadResult,
  buildIfStale,
  load,
  rssMegabytes,
  startBareServer,
  startShop,
  stop,
} from "./harness";

const CONNECTIONS = 50;
const DURATION = Number(process.env.BENCH_SECONDS ?? 15);
const CARTS = 12_000;

/**
 * Guest carts ready to check out. "mix": each cart holds 1–3 random items of the demo catalog, as real shoppers'
 * do. "hot": every cart holds the same two items, a flash sale where all orders queue on the same stock rows.
 */
async function prepareCarts(url: string, kind: "mix" | "hot", count = CARTS): Promise<string[]> {
  const db = createDb(url, 2);
  // Enough stock that the benchmark measures ordering, not selling out.
  await db.$executeRaw`UPDATE product_variants SET "stockOnHand" = 1000000`;
  const rows =
    kind === "hot"
      ? await db.$queryRaw<{ id: string }[]>`
          WITH v AS (SELECT id FROM product_variants ORDER BY sku LIMIT 2),
          c AS (INSERT INTO carts (id, "updatedAt") SELECT gen_random_uuid(), now() FROM generate_series(1, ${count}) RETURNING id),
          l AS (INSERT INTO cart_lines (id, "cartId", "variantId", quantity)
                SELECT gen_random_uuid(), c.id, v.id, 1 FROM c CROSS JOIN v RETURNING "cartId")
          SELECT DISTINCT "cartId" AS id FROM l`
      : await db.$queryRaw<{ id: string }[]>`
          WITH v AS (SELECT id, row_number() OVER (ORDER BY random()) AS n FROM product_variants),
          c AS (INSERT INTO carts (id, "updatedAt") SELECT gen_random_uuid(), now() FROM generate_series(1, ${count}) RETURNING id),
          picks AS (SELECT c.id AS cart, 1 + floor(random() * (SELECT count(*) FROM v))::int AS n, k
                    FROM c CROSS JOIN generate_series(1, 3) k WHERE k = 1 OR random() < 0.5),
          l AS (INSERT INTO cart_lines (id, "cartId", "variantId", quantity)
                SELECT gen_random_uuid(), p.cart, v.id, 1 FROM picks p JOIN v ON v.n = p.n
                ON CONFLICT ("cartId", "variantId") DO NOTHING RETURNING "cartId")
          SELECT DISTINCT "cartId" AS id FROM l`;
  await db.$disconnect();
  return rows.map((r) => r.id);
}

const BENCH_SECRET = "bench-secret-0123456789abcdefghijklmnopqrstuv";

/** SQL statements the database sees for one order, counted at the driver. */
async function statementsPerOrder(url: string): Promise<number> {
  // Modules that read the environment are loaded only now, with the secret the payment hand-off signs with.
  process.env.AUTH_SECRET ??= BENCH_SECRET;
  const { placeOrder } = await import("@/lib/checkout/place-order");
  const { handOffPayment } = await import("@/lib/payments/start-payment");
  const { testPaymentProvider } = await import("@/lib/payments/test-provider");
  const counted = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: 2 }),
    log: [{ emit: "event", level: "query" }],
  });
  let count = 0;
  counted.$on("query", () => count++);
  const [cartId] = await prepareCarts(url, "mix", 1);
  const ref = { cartId: cartId ?? null, userId: null };
  const before = count;
  const placed = await placeOrder(
    counted,
    ref,
    {
      email: "count@example.com",
      shippingAddress: { name: "A B", line1: "X 1", city: "Dublin", postalCode: "D01 1AA", country: "IE" },
      shippingMethod: "standard",
      discountCode: undefined,
      idempotencyKey: randomUUID(),
    },
    { paymentProvider: "test" },
  );
  if (placed.payment) {
    const attempt = { ...placed.payment, orderId: placed.orderId, orderNumber: placed.number };
    await handOffPayment(counted, testPaymentProvider, attempt, "/orders/x");
  }
  const statements = count - before;
  await counted.$disconnect();
  return statements;
}

function row(name: string, r: LoadResult, ceiling?: LoadResult): string {
  const ratio = ceiling ? (r.rps / ceiling.rps).toFixed(2) : "—";
  return `| ${name} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.non2xx + r.errors} | ${ratio} |`;
}

async function main(): Promise<void> {
  const server = await openTestServer();
  const { name, url } = await freshTestDatabase(server, "shop_bench");
  const results: Record<string, unknown> = {};
  try {
    const seedDb = createDb(url, 2);
    await seedDemoData(seedDb, testAccounts);
    await seedDb.$disconnect();
    const env = {
      ...process.env,
      DATABASE_URL: url,
      NODE_ENV: "production" as const,
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "warn",
      JOBS_ENABLED: "false",
      AUTH_SECRET: BENCH_SECRET,
      CHECKOUT_RATE_LIMIT_PER_MINUTE: "100000000",
      DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? "20",
    };
    await buildIfStale(env);
    const mixCarts = await prepareCarts(url, "mix");
    const hotCarts = await prepareCarts(url, "hot");
    results.statementsPerOrder = await statementsPerOrder(url);

    const bare = await startBareServer(BENCH_PORT + 1);
    const bareResult = await load({
      url: `http://127.0.0.1:${BENCH_PORT + 1}/`,
      connections: CONNECTIONS,
      duration: DURATION,
    });
    await stop(bare);

    const shop = await startShop(env);
    const ping = await load({
      url: `http://127.0.0.1:${BENCH_PORT}/api/ping`,
      connections: CONNECTIONS,
      duration: DURATION,
    });
    const checkoutLoad = async (carts: string[]) => {
      let next = 0;
      const result = await load({
        url: `http://127.0.0.1:${BENCH_PORT}/api/checkout`,
        connections: CONNECTIONS,
        duration: DURATION,
        requests: [
          {
            method: "POST",
            setupRequest: (request) => {
              const cartId = carts[next++ % carts.length] ?? "";
              return {
                ...request,
                headers: { "content-type": "application/json", cookie: `cart=${cartId}` },
                body: JSON.stringify({
                  email: `bench-${next}@example.com`,
                  shippingAddress: {
                    name: "Bench Shopper",
                    line1: "1 Main St",
                    city: "Dublin",
                    postalCode: "D01 1AA",
                    country: "IE",
                  },
                  shippingMethod: "standard",
                  idempotencyKey: randomUUID(),
                }),
              };
            },
          },
        ],
      });
      return result;
    };
    const checkout = await checkoutLoad(mixCarts);
    const hot = await checkoutLoad(hotCarts);
    const rss = rssMegabytes(shop.pid);
    await stop(shop);

    const table = [
      "| Scenario | req/s | p50 ms | p95 ms | p99 ms | errors | ratio to ceiling |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
      row("bare node:http (ceiling)", bareResult),
      row("Next.js route handler GET /api/ping (ceiling)", ping, bareResult),
      row("place order POST /api/checkout (1–3 random items)", checkout, ping),
      row("place order, flash sale (every order the same 2 items)", hot, ping),
    ].join("\n");
    Object.assign(results, { bare: bareResult, ping, checkout, hot, rssMegabytes: rss });
    console.log(
      `\n${table}\n\nSQL statements per order (place + payment hand-off): ${String(results.statementsPerOrder)}`,
    );
    console.log(
      `Server RSS after the checkout run: ${rss} MB; machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}`,
    );
    await mkdir("tests/bench/results", { recursive: true });
    await writeFile(
      "tests/bench/results/place-order.json",
      JSON.stringify(
        { date: new Date().toISOString(), connections: CONNECTIONS, durationSeconds: DURATION, ...results },
        null,
        2,
      ),
    );
  } finally {
    await server.dropDatabase(name).catch(() => undefined);
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
