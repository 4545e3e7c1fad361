import { afterAll, describe, expect, inject, it } from "vitest";
import { createDb } from "@/lib/db/client";
import type { FaultPoint } from "@/lib/payments/fault-pause";
import { createTestVariant } from "../support/fixtures";
import { FAULT_APP_PORTS, freePortIn } from "../support/free-port";
import { addToCart, checkout, checkoutBody, payOnTestPage } from "../support/http-shopper";
import { orderInvariantViolations, stockOnHand } from "../support/order-invariants";
import { type ShopProcess, startShopProcess } from "../support/shop-process";
import { waitUntil } from "../support/smtp-sink";

// The app process is killed (SIGKILL) in the middle of the test provider's "pay, confirmed later", at the two points
// a crash can hit: inside the transaction that turns the payment PROCESSING with its settle time, and right after
// it committed, before the shopper got an answer. The server is held at each point by a test-only pause (inert
// unless PAYMENT_FAULT_PAUSE_AT names it), so the kill lands there every time. Nothing stays stranded: the payment
// is still open and payable, or it is settled by the settlement job after the restart, exactly once.

const url = inject("databaseUrl");
const db = createDb(url, 2);
const shops: ShopProcess[] = [];
afterAll(async () => {
  for (const shop of shops) await shop.kill();
  await db.$disconnect();
});

const points: FaultPoint[] = ["delayed-payment:before-commit", "delayed-payment:after-commit"];

describe("the app killed mid 'pay, confirmed later'", () => {
  it.each(points)("at %s leaves nothing stranded", { timeout: 180_000 }, async (point) => {
    const { variant } = await createTestVariant(db, { stock: 10, priceMinor: 2_000 });
    const before = await stockOnHand(url, [variant.id]);
    const port = await freePortIn(...FAULT_APP_PORTS);
    const first = await startShopProcess({ port, databaseUrl: url, env: { PAYMENT_FAULT_PAUSE_AT: point } });
    shops.push(first);

    const added = await addToCart(first.baseUrl, variant.id, 2);
    const placed = await checkout(first.baseUrl, added.cookie ?? "", checkoutBody());
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    const { orderId, paymentUrl } = placed.body as { orderId: string; paymentUrl: string };

    // The shopper chooses "confirmed later"; the server stops at the fault point and is killed there.
    const paying = payOnTestPage(first.baseUrl, paymentUrl, "pay_delayed");
    await waitUntil(() => first.logs.some((l) => l.message === "payment held for a fault test" && l.point === point));
    expect((await first.kill()).signal).toBe("SIGKILL");
    expect((await paying).status).toBe(0);

    const payment = await db.payment.findFirstOrThrow({ where: { orderId } });
    if (point === "delayed-payment:before-commit") {
      // The transaction died with the process: the payment is open as before, its stock still reserved.
      expect(payment).toMatchObject({ status: "PENDING", settleAt: null });
    } else {
      // Committed whole: PROCESSING together with the time it settles.
      expect(payment.status).toBe("PROCESSING");
      expect(payment.settleAt).not.toBeNull();
    }
    expect(await orderInvariantViolations(url, before)).toEqual([]);

    // A new process on the same database, without the pause.
    const second = await startShopProcess({ port, databaseUrl: url });
    shops.push(second);
    // A payment the kill left open can be paid again; the shopper does so.
    if (payment.status === "PENDING") {
      expect((await payOnTestPage(second.baseUrl, paymentUrl, "pay_delayed")).status).toBe(303);
    }
    // The settlement job (every 2 s) confirms it: the order is paid, once.
    await waitUntil(
      async () => (await db.order.findUniqueOrThrow({ where: { id: orderId } })).status === "PAID",
      60_000,
    );
    expect(await db.payment.findMany({ where: { orderId }, select: { status: true } })).toEqual([
      { status: "SUCCEEDED" },
    ]);
    expect(await db.processedPaymentEvent.count({ where: { id: `test:${payment.id}:succeeded` } })).toBe(1);
    expect(await db.invoice.count({ where: { orderId } })).toBe(1);
    expect(
      await db.emailOutbox.count({ where: { dedupeKey: { contains: orderId }, template: "order-confirmation" } }),
    ).toBe(1);
    expect(await orderInvariantViolations(url, before)).toEqual([]);
    expect((await second.stop()).code).toBe(0);
  });
});
