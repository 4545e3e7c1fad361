import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { placeOrder } from "@/lib/checkout/place-order";
import { createDb } from "@/lib/db/client";
import { STRIPE_KEY, WEBHOOK_SECRET, checkoutSessionEvent, signedRequest } from "../support/stripe-events";
import { checkoutInput, createTestVariant, guestCartWith, stockOf } from "../support/fixtures";

const db = createDb(inject("databaseUrl"), 20);
type Route = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
let POST: Route;

beforeAll(async () => {
  vi.stubEnv("STRIPE_SECRET_KEY", STRIPE_KEY);
  vi.stubEnv("STRIPE_WEBHOOK_SECRET", WEBHOOK_SECRET);
  vi.resetModules();
  ({ POST } = await import("@/app/api/webhooks/stripe/route"));
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await db.$disconnect();
});

/** An order waiting for a Stripe Checkout Session, as startPayment leaves it. */
async function orderAwaitingStripe(stock = 5, quantity = 2) {
  const { variant } = await createTestVariant(db, { stock, priceMinor: 1500 });
  const placed = await placeOrder(db, await guestCartWith(db, [{ variantId: variant.id, quantity }]), checkoutInput(), {
    paymentProvider: "stripe",
  });
  const order = await db.order.findUniqueOrThrow({ where: { id: placed.orderId } });
  const sessionId = `cs_test_${randomUUID().replaceAll("-", "")}`;
  // The attempt opened with the order, as handed to Stripe.
  await db.payment.updateMany({ where: { orderId: order.id }, data: { reference: sessionId } });
  return { order, variant, sessionId };
}

async function deliver(payload: unknown, signature?: string) {
  const signed = signedRequest(payload);
  const response = await POST(
    new Request("http://localhost:3000/api/webhooks/stripe", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "stripe-signature": signature ?? signed.signature,
        origin: "https://stripe.com",
      },
      body: signed.body,
    }),
    { params: Promise.resolve({}) },
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const completed = (o: { order: { id: string; totalMinor: number }; sessionId: string }, eventId?: string) =>
  checkoutSessionEvent(
    "checkout.session.completed",
    { id: o.sessionId, amountTotal: o.order.totalMinor, currency: "eur", orderId: o.order.id },
    eventId,
  );

describe("POST /api/webhooks/stripe", () => {
  it("pays the order once when the same event arrives twice and concurrently", async () => {
    const o = await orderAwaitingStripe(5, 2);
    const event = completed(o);
    const results = await Promise.all(Array.from({ length: 6 }, () => deliver(event)));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(results.filter((r) => r.body.outcome === "applied")).toHaveLength(1);
    expect((await deliver(event)).body.outcome).toBe("duplicate");

    const order = await db.order.findUniqueOrThrow({ where: { id: o.order.id }, include: { events: true } });
    expect(order.status).toBe("PAID");
    expect(order.events.filter((e) => e.toStatus === "PAID")).toHaveLength(1);
    expect(await stockOf(db, o.variant.id)).toEqual({ stockOnHand: 3, stockReserved: 0 });
    expect(await db.emailOutbox.count({ where: { dedupeKey: `order-confirmation:${o.order.id}` } })).toBe(1);
  });

  it("pays once even when Stripe sends two different events for the same success", async () => {
    const o = await orderAwaitingStripe(5, 1);
    await Promise.all([
      deliver(completed(o)),
      deliver(
        checkoutSessionEvent("checkout.session.async_payment_succeeded", {
          id: o.sessionId,
          amountTotal: o.order.totalMinor,
          currency: "eur",
        }),
      ),
    ]);
    expect(await stockOf(db, o.variant.id)).toEqual({ stockOnHand: 4, stockReserved: 0 });
    expect(await db.emailOutbox.count({ where: { dedupeKey: `order-confirmation:${o.order.id}` } })).toBe(1);
  });

  it.each([
    ["a wrong secret", () => signedRequest({ id: "evt_x" }, "whsec_wrongsecret000000000000").signature],
    [
      "a stale timestamp",
      () => signedRequest({ id: "evt_x" }, WEBHOOK_SECRET, Math.floor(Date.now() / 1000) - 3600).signature,
    ],
    ["garbage", () => "t=1,v1=deadbeef"],
  ])("400 and no change for %s", async (_label, signature) => {
    const o = await orderAwaitingStripe();
    const result = await deliver(completed(o), signature());
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ error: { code: "invalid_input" } });
    expect((await db.order.findUniqueOrThrow({ where: { id: o.order.id } })).status).toBe("PENDING_PAYMENT");
    expect(await db.processedPaymentEvent.count({ where: { id: `stripe:${completed(o).id}` } })).toBe(0);
  });

  // The payload itself is signed with the right secret; only its timestamp differs. The SDK alone bounds age
  // only, so a date ahead of now is refused by the shop (same tolerance, 300 s, both ways).
  it.each([
    ["dated an hour ahead", 3600, 400],
    ["dated six minutes ahead", 360, 400],
    ["dated an hour ago", -3600, 400],
    ["dated a minute ahead (clock skew within tolerance)", 60, 200],
    ["dated four minutes ago", -240, 200],
  ])("a really signed event %s: %i", async (_label, offsetSeconds, status) => {
    const o = await orderAwaitingStripe();
    const event = completed(o);
    const signed = signedRequest(event, WEBHOOK_SECRET, Math.floor(Date.now() / 1000) + offsetSeconds);
    const response = await POST(
      new Request("http://localhost:3000/api/webhooks/stripe", {
        method: "POST",
        headers: { "content-type": "application/json", "stripe-signature": signed.signature },
        body: signed.body,
      }),
      { params: Promise.resolve({}) },
    );
    expect(response.status).toBe(status);
    const paid = (await db.order.findUniqueOrThrow({ where: { id: o.order.id } })).status === "PAID";
    expect(paid).toBe(status === 200);
    expect(await db.processedPaymentEvent.count({ where: { id: `stripe:${event.id}` } })).toBe(status === 200 ? 1 : 0);
  });

  it("400 for a body that was changed after signing", async () => {
    const o = await orderAwaitingStripe();
    const signed = signedRequest(completed(o));
    const tampered = signed.body.replace(`"amount_total":${o.order.totalMinor}`, '"amount_total":1');
    const response = await POST(
      new Request("http://localhost:3000/api/webhooks/stripe", {
        method: "POST",
        headers: { "content-type": "application/json", "stripe-signature": signed.signature },
        body: tampered,
      }),
      { params: Promise.resolve({}) },
    );
    expect(response.status).toBe(400);
    expect((await db.order.findUniqueOrThrow({ where: { id: o.order.id } })).status).toBe("PENDING_PAYMENT");
  });

  it("never moves an order back when events arrive out of order", async () => {
    const o = await orderAwaitingStripe();
    await deliver(completed(o));
    for (const type of ["checkout.session.async_payment_failed", "checkout.session.expired"]) {
      const result = await deliver(
        checkoutSessionEvent(type, { id: o.sessionId, amountTotal: o.order.totalMinor, currency: "eur" }),
      );
      expect(result.body.outcome).toBe("ignored");
    }
    const order = await db.order.findUniqueOrThrow({ where: { id: o.order.id }, include: { payments: true } });
    expect(order.status).toBe("PAID");
    expect(order.payments.map((p) => p.status)).toEqual(["SUCCEEDED"]);
  });

  it("does not pay an order when the amount or currency differs, and flags it", async () => {
    const o = await orderAwaitingStripe();
    const wrongAmount = checkoutSessionEvent("checkout.session.completed", {
      id: o.sessionId,
      amountTotal: 1,
      currency: "eur",
    });
    expect((await deliver(wrongAmount)).body.outcome).toBe("flagged");
    const order = await db.order.findUniqueOrThrow({ where: { id: o.order.id } });
    expect(order.status).toBe("PENDING_PAYMENT");
    expect(order.attentionReason).toMatch(/does not match/);
    expect(await stockOf(db, o.variant.id)).toEqual({ stockOnHand: 5, stockReserved: 2 });

    const p = await orderAwaitingStripe();
    const wrongCurrency = checkoutSessionEvent("checkout.session.completed", {
      id: p.sessionId,
      amountTotal: p.order.totalMinor,
      currency: "usd",
    });
    expect((await deliver(wrongCurrency)).body.outcome).toBe("flagged");
    expect((await db.order.findUniqueOrThrow({ where: { id: p.order.id } })).status).toBe("PENDING_PAYMENT");
  });

  it("keeps an order unpaid while a bank payment is processing, then pays it", async () => {
    const o = await orderAwaitingStripe();
    const pending = checkoutSessionEvent("checkout.session.completed", {
      id: o.sessionId,
      amountTotal: o.order.totalMinor,
      currency: "eur",
      paymentStatus: "unpaid",
    });
    expect((await deliver(pending)).body.outcome).toBe("applied");
    expect((await db.order.findUniqueOrThrow({ where: { id: o.order.id } })).status).toBe("PENDING_PAYMENT");
    await deliver(
      checkoutSessionEvent("checkout.session.async_payment_succeeded", {
        id: o.sessionId,
        amountTotal: o.order.totalMinor,
        currency: "eur",
      }),
    );
    expect((await db.order.findUniqueOrThrow({ where: { id: o.order.id } })).status).toBe("PAID");
  });

  it("acknowledges event types it does not handle without changing anything", async () => {
    const result = await deliver({
      ...checkoutSessionEvent("customer.created", { id: "cs_x", amountTotal: 1, currency: "eur" }),
    });
    expect(result).toMatchObject({ status: 200, body: { outcome: "unhandled" } });
  });
});
