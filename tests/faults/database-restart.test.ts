import { rm } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrations";
import { createDb } from "@/lib/db/client";
import { type EmbeddedServer, startEmbeddedPostgres } from "@/lib/runtime/embedded-postgres";
import { seedDemoData } from "@/prisma/seed/seed";
import { testAccounts } from "../support/accounts";
import { createTestVariant } from "../support/fixtures";
import { FAULT_APP_PORTS, FAULT_DB_PORTS, freePortIn } from "../support/free-port";
import { type HttpResult, addToCart, checkout, checkoutBody, send } from "../support/http-shopper";
import { orderInvariantViolations, ordersByKey, stockOnHand } from "../support/order-invariants";
import { type ShopProcess, startShopProcess, TEST_AUTH_SECRET } from "../support/shop-process";

// PostgreSQL restarts while shoppers check out against the production server: requests fail fast with 503, a
// clear message and Retry-After (never 500), the app recovers by itself, and no order is half-written.

const dir = `.data/postgres-fault-${process.pid}`;
const SHOPPERS = 6;

interface Attempt {
  /** When the request was sent. */
  phase: "before" | "outage" | "after";
  step: "cart" | "checkout";
  result: HttpResult;
}

let database: EmbeddedServer | undefined;
let shop: ShopProcess | undefined;
afterAll(async () => {
  await shop?.stop();
  await database?.stop();
  await rm(dir, { recursive: true, force: true });
  await rm(`${dir}.password`, { force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Polls a condition of the load (never a fixed wait); gives up after the time limit and lets the checks say why. */
const until = async (condition: () => boolean, timeoutMs = 60_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await sleep(20);
};

describe("a database restart under load", () => {
  it("answers 503 while PostgreSQL is down, recovers on its own, and leaves every order whole", async () => {
    const dbPort = await freePortIn(...FAULT_DB_PORTS);
    database = await startEmbeddedPostgres({ dir, port: dbPort });
    await database.ensureDatabase("shop");
    const url = database.urlFor("shop");
    await applyMigrations(url);
    const db = createDb(url, 2);
    await seedDemoData(db, testAccounts, { authSecret: TEST_AUTH_SECRET });
    const { variant } = await createTestVariant(db, { stock: 100_000, priceMinor: 1500 });
    await db.$disconnect();
    const before = await stockOnHand(url, [variant.id]);

    shop = await startShopProcess({
      port: await freePortIn(...FAULT_APP_PORTS),
      databaseUrl: url,
      env: { MAIL_WORKER_POLL_MS: "200" },
    });
    const { baseUrl, pid } = shop;

    let phase: Attempt["phase"] = "before";
    let running = true;
    const attempts: Attempt[] = [];
    /** Checkouts that did not get their order, to be retried (same cart, same key) after the outage. */
    const unanswered: { cookie: string; body: ReturnType<typeof checkoutBody> }[] = [];
    const placed: string[] = [];

    const shopper = async () => {
      while (running) {
        const started = phase;
        const added = await addToCart(baseUrl, variant.id, 1 + Math.floor(Math.random() * 3));
        attempts.push({ phase: started, step: "cart", result: added });
        if (added.status !== 201 || !added.cookie) {
          await sleep(50);
          continue;
        }
        const body = checkoutBody(randomUUID());
        const at = phase;
        const result = await checkout(baseUrl, added.cookie, body);
        attempts.push({ phase: at, step: "checkout", result });
        if (result.status === 201) placed.push(body.idempotencyKey);
        else unanswered.push({ cookie: added.cookie, body });
      }
    };
    const load = Promise.all(Array.from({ length: SHOPPERS }, shopper));

    const placedIn = (p: Attempt["phase"]) =>
      attempts.filter((a) => a.phase === p && a.step === "checkout" && a.result.status === 201).length;
    // Orders are flowing before the outage...
    await until(() => placedIn("before") >= SHOPPERS * 2);
    phase = "outage";
    await database.stop();
    const outageStarted = Date.now();
    // ...and every shopper has met it, more than once, before PostgreSQL comes back.
    await until(() => attempts.filter((a) => a.phase === "outage" && a.result.status === 503).length > SHOPPERS * 2);
    const health = await send(`${baseUrl}/api/health`, { headers: { "x-request-id": "health-during-outage-1" } });
    database = await startEmbeddedPostgres({ dir, port: dbPort });
    const restartedAt = Date.now();
    phase = "after";
    // The app was not restarted: it must serve checkouts again by itself.
    await until(() => placedIn("after") > 0, 30_000);
    const recoveredAt = placedIn("after") > 0 ? Date.now() : undefined;
    // Checkouts flow again for every shopper, not just one.
    await until(() => placedIn("after") >= SHOPPERS * 2, 30_000);
    running = false;
    await load;

    // Every answer was a success or a 503: no 500, no dropped connection. The app process is the one started
    // before the outage.
    const unexpected = attempts.filter((a) => a.result.status !== 201 && a.result.status !== 503);
    const serverErrors = shop.logs.filter((l) => l.level === "error").slice(0, 3);
    expect(
      unexpected.map((a) => a.result),
      JSON.stringify(serverErrors, null, 2),
    ).toEqual([]);
    expect(shop.pid).toBe(pid);
    expect(recoveredAt, "checkouts succeed again after the restart").toBeDefined();

    // While the database was down: 503, the error shape with a clear message and a request id, Retry-After, fast.
    const duringOutage = attempts.filter((a) => a.phase === "outage" && a.result.status !== 201);
    expect(duringOutage.length).toBeGreaterThan(SHOPPERS);
    for (const { result } of duringOutage) {
      expect(result.status).toBe(503);
      expect(result.body).toMatchObject({
        error: { code: "service_unavailable", message: expect.stringMatching(/temporarily unavailable/) as string },
      });
      const requestId = (result.body as { error: { requestId: string } }).error.requestId;
      expect(result.headers.get("x-request-id")).toBe(requestId);
      expect(Number(result.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(result.ms).toBeLessThan(5_000);
    }
    expect(health.status).toBe(503);
    expect(health.headers.get("x-request-id")).toBe("health-during-outage-1");
    // The server's log says what happened, under the same request id.
    expect(shop.logs).toContainEqual(
      expect.objectContaining({ level: "warn", message: "database unavailable", requestId: "health-during-outage-1" }),
    );
    expect((await send(`${baseUrl}/api/health`)).status).toBe(200);
    console.log(
      `database restart: ${attempts.length} requests, ${placed.length} orders placed, ${duringOutage.length} answered 503; outage ${restartedAt - outageStarted} ms, recovered ${((recoveredAt ?? 0) - restartedAt).toString()} ms after the restart`,
    );

    // Checkouts that failed are retried with the same cart and key: each gets exactly one order.
    for (const { cookie, body } of unanswered) {
      const retried = await checkout(baseUrl, cookie, body);
      expect(retried.status, JSON.stringify(retried.body)).toBe(201);
    }
    const keys = [...placed, ...unanswered.map((u) => u.body.idempotencyKey)];
    const orders = await ordersByKey(url, keys);
    expect(orders.size).toBe(keys.length);

    expect(await orderInvariantViolations(url, before)).toEqual([]);
  });
});
