import { randomUUID } from "node:crypto";
import { type IncomingMessage, type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { checkoutOrder } from "@/lib/checkout/checkout-order";
import { createDb } from "@/lib/db/client";
import { getOrder } from "@/lib/orders/get-order";
import { applyPaymentEvent } from "@/lib/payments/apply-payment-event";
import { startPayment } from "@/lib/payments/start-payment";
import { createStripeProvider } from "@/lib/payments/stripe-provider";
import { checkoutInput, createTestVariant, guestCartWith, stockOf } from "../support/fixtures";

// The payment provider is slow or failing. Stripe's API cannot be reached from tests, so a loopback server stands
// in for it at the network edge; the Stripe SDK and everything on the shop's side are real. (A provider that
// refuses connections is covered by tests/integration/payment-failures.test.ts.)
//
// What must hold: the shopper gets an answer in bounded time with the order kept and a clear "try again" state,
// can retry, and is never charged twice: every retry of one payment attempt carries the same idempotency key, and
// only the attempt that answered is ever shown to the shopper.

const db = createDb(inject("databaseUrl"), 4);

type Mode = "ok" | "slow" | "error";
let mode: Mode = "ok";
const SLOW_MS = 1_500;
const CLIENT_TIMEOUT_MS = 400;
interface Seen {
  idempotencyKey: string | undefined;
  paymentId: string | null;
  answeredWith: number;
  sessionUrl?: string;
}
const seen: Seen[] = [];
/** Calls the stand-in has not finished with (a slow one answers long after the shop gave up on it). */
let unanswered = 0;
let server: Server;

async function bodyOf(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString());
}

beforeAll(async () => {
  server = createServer((req, res) => {
    unanswered += 1;
    void bodyOf(req)
      .then(async (form) => {
        const current = mode;
        const record: Seen = {
          idempotencyKey: req.headers["idempotency-key"] as string | undefined,
          paymentId: form.get("metadata[paymentId]"),
          answeredWith: current === "error" ? 500 : 200,
        };
        seen.push(record);
        if (current === "error") {
          res.writeHead(500, { "content-type": "application/json" });
          res.end(JSON.stringify({ error: { type: "api_error", message: "Something went wrong on Stripe's end." } }));
          return;
        }
        // A slow Stripe still creates the session; it answers after the shop stopped waiting.
        if (current === "slow") await new Promise((r) => setTimeout(r, SLOW_MS));
        const id = `cs_test_${randomUUID().replaceAll("-", "")}`;
        record.sessionUrl = `https://checkout.stripe.com/c/pay/${id}`;
        if (res.destroyed) return;
        res.writeHead(200, { "content-type": "application/json", "request-id": `req_${id}` });
        res.end(JSON.stringify({ id, object: "checkout.session", status: "open", url: record.sessionUrl }));
      })
      .finally(() => (unanswered -= 1));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.$disconnect();
});

/** The shop's Stripe provider against the stand-in, with a short timeout so a slow answer is given up on quickly. */
function provider() {
  const { port } = server.address() as AddressInfo;
  const stripe = new Stripe("sk_test_0123456789abcdefghijklmn", {
    host: "127.0.0.1",
    port,
    protocol: "http",
    timeout: CLIENT_TIMEOUT_MS,
    maxNetworkRetries: 1,
  });
  return createStripeProvider(stripe);
}

async function placeFor(stock: number) {
  const { variant } = await createTestVariant(db, { stock, priceMinor: 4_200 });
  const ref = await guestCartWith(db, [{ variantId: variant.id, quantity: 1 }]);
  return { variant, ref, input: checkoutInput() };
}

describe("a slow payment provider", () => {
  it("answers the shopper in bounded time, keeps the order, lets them retry, and charges at most once", async () => {
    const { variant, ref, input } = await placeFor(3);
    seen.length = 0;
    mode = "slow";
    let started = Date.now();
    const first = await checkoutOrder(db, {
      ref,
      checkout: input,
      provider: provider(),
      clientAddress: "198.51.100.7",
    });
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(first.paymentUrl).toBeNull();
    expect(first.paymentError).toMatch(/not answering.*order is saved.*try paying again/i);
    // The order page tells the shopper the same.
    const view = await getOrder(db, first.orderId, { userId: null, linkValid: true, staff: false });
    expect(view).toMatchObject({
      status: "PENDING_PAYMENT",
      latestPayment: { status: "FAILED", failureReason: "The payment service could not be reached." },
    });
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 3, stockReserved: 1 });

    // The SDK retried the timed-out call with the same idempotency key: Stripe keeps one session for it.
    const firstKeys = new Set(seen.map((s) => s.idempotencyKey));
    expect(seen.length).toBe(2);
    expect(firstKeys.size).toBe(1);

    // The shopper presses "Place order" again while Stripe is still slow: same order, another failed attempt.
    started = Date.now();
    const again = await checkoutOrder(db, {
      ref,
      checkout: input,
      provider: provider(),
      clientAddress: "198.51.100.7",
    });
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(again).toMatchObject({ orderId: first.orderId, paymentUrl: null });

    // Stripe recovers; paying again opens one new attempt, and that attempt's session is the only one shown.
    mode = "ok";
    const paid = await startPayment(db, first.orderId, provider(), "/orders/x");
    const shown = seen.find((s) => s.sessionUrl === paid.redirectUrl);
    expect(shown).toBeDefined();
    expect(firstKeys.has(shown?.idempotencyKey)).toBe(false);
    const payments = await db.payment.findMany({ where: { orderId: first.orderId }, orderBy: { createdAt: "asc" } });
    expect(payments.map((p) => p.status)).toEqual(["FAILED", "FAILED", "PENDING"]);
    expect(payments.filter((p) => p.redirectUrl !== null).map((p) => p.redirectUrl)).toEqual([paid.redirectUrl]);
    // Asking again (a double click) reuses the open attempt instead of creating a session.
    const calls = seen.length;
    expect((await startPayment(db, first.orderId, provider(), "/orders/x")).redirectUrl).toBe(paid.redirectUrl);
    expect(seen.length).toBe(calls);

    // The session is paid, and Stripe sends the event twice: the order is paid once, stock taken once.
    const open = payments[2];
    const event = {
      id: `evt_${randomUUID()}`,
      provider: "stripe" as const,
      type: "succeeded" as const,
      paymentReference: open?.reference ?? "",
      amountMinor: open?.amountMinor,
      currency: open?.currency,
    };
    expect(await applyPaymentEvent(db, event)).toBe("applied");
    expect(await applyPaymentEvent(db, event)).toBe("duplicate");
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 2, stockReserved: 0 });
    expect(await db.payment.count({ where: { orderId: first.orderId, status: "SUCCEEDED" } })).toBe(1);
    // Late answers to the timed-out calls changed nothing: checked once the stand-in has answered every call.
    await expect.poll(() => unanswered, { timeout: SLOW_MS * 4, interval: 50 }).toBe(0);
    expect(await db.payment.count({ where: { orderId: first.orderId, redirectUrl: { not: null } } })).toBe(1);
  });
});

describe("a failing payment provider", () => {
  it("turns Stripe's 5xx into a clear retry state; the retry after recovery opens exactly one session", async () => {
    const { variant, ref, input } = await placeFor(2);
    seen.length = 0;
    mode = "error";
    const failed = await checkoutOrder(db, {
      ref,
      checkout: input,
      provider: provider(),
      clientAddress: "198.51.100.8",
    });
    expect(failed.paymentUrl).toBeNull();
    expect(failed.paymentError).toMatch(/not answering/);
    expect(seen.every((s) => s.answeredWith === 500)).toBe(true);
    expect(new Set(seen.map((s) => s.idempotencyKey)).size).toBe(1);
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 2, stockReserved: 1 });

    // While Stripe still fails, retrying from the order page fails the same clear way.
    await expect(startPayment(db, failed.orderId, provider(), "/orders/x")).rejects.toMatchObject({
      code: "service_unavailable",
      details: { retryAfterSeconds: 10 },
    });

    mode = "ok";
    const retried = await startPayment(db, failed.orderId, provider(), "/orders/x");
    expect(retried.redirectUrl).toMatch(/^https:\/\/checkout\.stripe\.com\//);
    const sessions = seen.filter((s) => s.sessionUrl);
    expect(sessions).toHaveLength(1);
    expect(await db.payment.count({ where: { orderId: failed.orderId } })).toBe(3);
    expect(await db.payment.count({ where: { orderId: failed.orderId, status: "PENDING" } })).toBe(1);
    expect(await db.order.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(1);
  });
});
