import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { createTestVariant } from "../support/fixtures";
import { FAULT_APP_PORTS, freePortIn } from "../support/free-port";
import { type HttpResult, addToCart, checkout, checkoutBody, payOnTestPage, send } from "../support/http-shopper";
import { orderInvariantViolations, ordersByKey, stockOnHand } from "../support/order-invariants";
import { type ShopProcess, startShopProcess } from "../support/shop-process";

// The app process is killed (SIGKILL: no shutdown code runs) while shoppers check out and pay. After a restart,
// every order either exists whole (lines, reserved or committed stock, and for paid ones the invoice and the
// confirmation e-mail) or does not exist at all, in which case the shopper's cart is untouched.

const url = inject("databaseUrl");
const SHOPPERS = 12;
const shops: ShopProcess[] = [];
afterAll(async () => {
  for (const shop of shops) await shop.kill();
});

interface Journey {
  cookie: string;
  body: ReturnType<typeof checkoutBody>;
  checkout?: HttpResult;
  payment?: HttpResult;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("the app process killed during a burst of checkouts", () => {
  it("leaves every order whole or absent, and the shop carries on after a restart", async () => {
    const db = createDb(url, 2);
    const a = (await createTestVariant(db, { stock: 10_000, priceMinor: 2_000 })).variant;
    const b = (await createTestVariant(db, { stock: 10_000, priceMinor: 3_500 })).variant;
    await db.$disconnect();
    const before = await stockOnHand(url, [a.id, b.id]);
    const port = await freePortIn(...FAULT_APP_PORTS);
    const env = { MAIL_WORKER_POLL_MS: "200" };
    const first = await startShopProcess({ port, databaseUrl: url, env });
    shops.push(first);

    let killed = false;
    const journeys: Journey[] = [];
    const shopper = async (index: number) => {
      while (!killed) {
        const added = await addToCart(first.baseUrl, index % 2 ? a.id : b.id, 1 + (index % 3));
        if (added.status !== 201 || !added.cookie) return;
        const cookie = added.cookie;
        if (index % 3 === 0) await addToCart(first.baseUrl, index % 2 ? b.id : a.id, 1, cookie);
        const journey: Journey = { cookie, body: checkoutBody(randomUUID()) };
        journeys.push(journey);
        journey.checkout = await checkout(first.baseUrl, cookie, journey.body);
        const paymentUrl = (journey.checkout.body as { paymentUrl?: string | null }).paymentUrl;
        // Two shoppers in three pay right away; the others leave the order unpaid.
        if (journey.checkout.status === 201 && paymentUrl && index % 3 !== 2) {
          journey.payment = await payOnTestPage(first.baseUrl, paymentUrl);
        }
      }
    };
    const burst = Promise.all(Array.from({ length: SHOPPERS }, (_, i) => shopper(i)));
    // Kill once orders and payments are flowing, mid-request for most shoppers.
    const deadline = Date.now() + 30_000;
    while (journeys.filter((j) => j.payment?.status === 303).length < 8 && Date.now() < deadline) await sleep(50);
    // The sessions are told apart by name; without any, waiting for them to end below would prove nothing.
    expect(await first.databaseSessions()).toBeGreaterThan(0);
    const exit = await first.kill();
    killed = true;
    await burst;
    expect(exit.signal).toBe("SIGKILL");
    // What the process sent before it died may still be running in PostgreSQL; look once it has finished.
    await first.databaseSessionsEnded();

    const paidBeforeKill = journeys.filter((j) => j.payment?.status === 303).length;
    const cutOff = journeys.filter(
      (j) => !j.checkout || j.checkout.status === 0 || (j.payment && j.payment.status === 0),
    );
    expect(paidBeforeKill).toBeGreaterThanOrEqual(8);

    // Whatever the kill interrupted, the database holds only whole orders.
    expect(await orderInvariantViolations(url, before)).toEqual([]);
    const answered = journeys.filter((j) => j.checkout?.status === 201);
    const orders = await ordersByKey(
      url,
      journeys.map((j) => j.body.idempotencyKey),
    );
    for (const journey of answered) expect(orders.has(journey.body.idempotencyKey)).toBe(true);
    for (const journey of journeys.filter((j) => j.payment?.status === 303)) {
      expect(orders.get(journey.body.idempotencyKey)?.status).toBe("PAID");
    }

    // A new process on the same database: the shop works, and shoppers the kill cut off can finish.
    const second = await startShopProcess({ port, databaseUrl: url, env });
    shops.push(second);
    for (const journey of journeys.filter((j) => j.checkout?.status !== 201)) {
      const cart = await send(`${second.baseUrl}/api/cart`, { headers: { cookie: journey.cookie } });
      const order = orders.get(journey.body.idempotencyKey);
      // The order and the emptied cart are one transaction: both happened, or neither.
      expect((cart.body as { lines: unknown[] }).lines.length === 0).toBe(order !== undefined);
      const retried = await checkout(second.baseUrl, journey.cookie, journey.body);
      expect(retried.status, JSON.stringify(retried.body)).toBe(201);
      if (order) expect((retried.body as { orderId: string }).orderId).toBe(order.id);
    }
    // Payments the kill cut off: paid whole, or still open and payable now, once.
    const interrupted = journeys.filter((j) => j.payment?.status === 0);
    for (const journey of interrupted) {
      const order = (await ordersByKey(url, [journey.body.idempotencyKey])).get(journey.body.idempotencyKey);
      if (order?.status === "PAID") continue;
      const paymentUrl = (journey.checkout?.body as { paymentUrl: string }).paymentUrl;
      expect((await payOnTestPage(second.baseUrl, paymentUrl)).status).toBe(303);
    }
    const after = await ordersByKey(
      url,
      journeys.map((j) => j.body.idempotencyKey),
    );
    expect(after.size).toBe(journeys.length);
    for (const journey of interrupted) expect(after.get(journey.body.idempotencyKey)?.status).toBe("PAID");
    expect(await orderInvariantViolations(url, before)).toEqual([]);
    console.log(
      `process kill: ${journeys.length} checkouts, ${paidBeforeKill} paid before the kill, ${cutOff.length} cut off by it (${interrupted.length} while paying), ${orders.size} orders in the database at the restart`,
    );
    expect((await second.stop()).code).toBe(0);
  });
});
