import { createServer } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";
import { createDb } from "@/lib/db/client";
import { refundOrder } from "@/lib/orders/refund-order";
import type { PaymentProvider } from "@/lib/payments/provider";
import { createStripeProvider, stripeClient } from "@/lib/payments/stripe-provider";
import { handleStripeWebhook } from "@/lib/payments/stripe-webhook";
import { placePaidOrder, staffActor } from "../support/paid-orders";
import { STRIPE_KEY, WEBHOOK_SECRET, refundEvent, signedRequest } from "../support/stripe-events";
import {
  type StripeLoopback,
  intentOfSession,
  startStripeLoopback,
  stripeRefundObject,
} from "../support/stripe-loopback";

// Refunds of Stripe payments: the provider call with its idempotency key, Stripe's refusals and outages, refunds
// Stripe confirms later, and refund webhooks — including refunds made in the Stripe dashboard.

const db = createDb(inject("databaseUrl"), 8);
const actor = staffActor();
let stripe: StripeLoopback;
let provider: PaymentProvider;
const providers = () => provider;
type Route = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
let webhookRoute: Route;

beforeAll(async () => {
  stripe = await startStripeLoopback();
  provider = createStripeProvider(stripe.client);
  vi.stubEnv("STRIPE_SECRET_KEY", STRIPE_KEY);
  vi.stubEnv("STRIPE_WEBHOOK_SECRET", WEBHOOK_SECRET);
  vi.resetModules();
  ({ POST: webhookRoute } = await import("@/app/api/webhooks/stripe/route"));
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await stripe.close();
  await db.$disconnect();
});
beforeEach(() => {
  stripe.mode = "succeeded";
  stripe.beforeRefundAnswer = null;
  stripe.calls.length = 0;
});

const paidByStripe = () => placePaidOrder(db, [{ priceMinor: 4000, quantity: 1 }], { provider: "stripe" });
const refundsOf = (orderId: string) => db.refund.findMany({ where: { orderId }, orderBy: { createdAt: "asc" } });
const orderOf = (id: string) => db.order.findUniqueOrThrow({ where: { id } });
const creditNoteCount = (orderId: string) => db.creditNote.count({ where: { orderId } });
const refundEmails = (orderId: string) =>
  db.emailOutbox.count({ where: { template: "order-refunded", payload: { path: ["orderId"], equals: orderId } } });

/** Delivers a signed event the way Stripe does, through the shop's webhook endpoint. */
async function deliverToRoute(event: object) {
  const signed = signedRequest(event);
  const response = await webhookRoute(
    new Request("http://localhost:3000/api/webhooks/stripe", {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": signed.signature },
      body: signed.body,
    }),
    { params: Promise.resolve({}) },
  );
  return { status: response.status, body: (await response.json()) as { outcome?: string } };
}

/** Applies a signed event with the loopback client, for events that make the shop call Stripe back. */
function deliverWithClient(event: object) {
  const signed = signedRequest(event);
  return handleStripeWebhook(db, stripe.client, {
    rawBody: signed.body,
    signature: signed.signature,
    secret: WEBHOOK_SECRET,
  });
}

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const address = s.address();
      s.close(() => resolve(typeof address === "object" && address ? address.port : 1));
    });
  });
}

describe("refunding a Stripe payment", () => {
  it("refunds the Checkout Session's PaymentIntent with the refund's idempotency key", async () => {
    const order = await paidByStripe();
    const outcome = await refundOrder(
      db,
      actor,
      order.orderId,
      { amountMinor: 1500, reason: "Damaged box" },
      providers,
    );
    expect(outcome).toMatchObject({ status: "SUCCEEDED", refundedMinor: 1500, orderStatus: "PAID" });

    const [refund] = await refundsOf(order.orderId);
    expect(refund).toMatchObject({ status: "SUCCEEDED", reference: expect.stringMatching(/^re_/) as string });
    expect(stripe.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      `GET /v1/checkout/sessions/${order.reference}`,
      "POST /v1/refunds",
    ]);
    const call = stripe.calls[1];
    expect(call?.idempotencyKey).toBe(refund?.idempotencyKey);
    expect(call?.form.get("payment_intent")).toBe(intentOfSession(order.reference));
    expect(call?.form.get("amount")).toBe("1500");
    expect(call?.form.get("metadata[refundId]")).toBe(refund?.id);
    expect(call?.form.get("metadata[orderId]")).toBe(order.orderId);
    expect(await creditNoteCount(order.orderId)).toBe(1);
    expect(await refundEmails(order.orderId)).toBe(1);
  });

  it("when Stripe fails, retries with the same key, then marks the attempt FAILED and changes nothing else", async () => {
    const order = await paidByStripe();
    stripe.mode = "server_error";
    await expect(
      refundOrder(db, actor, order.orderId, { amountMinor: 1000, reason: "Outage" }, providers),
    ).rejects.toMatchObject({ code: "service_unavailable" });
    const posts = stripe.calls.filter((c) => c.path === "/v1/refunds");
    expect(posts.length).toBeGreaterThan(1);
    const [failed] = await refundsOf(order.orderId);
    expect(new Set(posts.map((c) => c.idempotencyKey))).toEqual(new Set([failed?.idempotencyKey]));
    expect(failed).toMatchObject({
      status: "FAILED",
      failureReason: expect.stringMatching(/could not be reached/) as string,
    });
    expect(await orderOf(order.orderId)).toMatchObject({ status: "PAID", refundedMinor: 0 });
    expect(await creditNoteCount(order.orderId)).toBe(0);
    expect(await refundEmails(order.orderId)).toBe(0);

    // Trying again is a new attempt with a new key.
    stripe.mode = "succeeded";
    await refundOrder(db, actor, order.orderId, { amountMinor: 1000, reason: "Outage, again" }, providers);
    const refunds = await refundsOf(order.orderId);
    expect(refunds.map((r) => r.status)).toEqual(["FAILED", "SUCCEEDED"]);
    expect(refunds[1]?.idempotencyKey).not.toBe(refunds[0]?.idempotencyKey);
    expect(await orderOf(order.orderId)).toMatchObject({ refundedMinor: 1000 });
  });

  it("when Stripe cannot be reached at all, or refuses, records why", async () => {
    const order = await paidByStripe();
    const down = createStripeProvider(
      stripeClient(STRIPE_KEY, { host: "127.0.0.1", port: await closedPort(), protocol: "http" }),
    );
    await expect(
      refundOrder(db, actor, order.orderId, { amountMinor: 100, reason: "x" }, () => down),
    ).rejects.toMatchObject({ code: "service_unavailable" });
    stripe.mode = "refused";
    await expect(
      refundOrder(db, actor, order.orderId, { amountMinor: 100, reason: "y" }, providers),
    ).rejects.toMatchObject({
      code: "service_unavailable",
      message: expect.stringMatching(/already been refunded/) as string,
    });
    expect((await refundsOf(order.orderId)).map((r) => [r.status, r.failureReason])).toEqual([
      ["FAILED", expect.stringMatching(/could not be reached/) as string],
      [
        "FAILED",
        expect.stringMatching(/^Stripe refused the refund: Charge ch_123 has already been refunded/) as string,
      ],
    ]);
    expect(await orderOf(order.orderId)).toMatchObject({ status: "PAID", refundedMinor: 0 });
    const audit = await db.auditLog.findMany({
      where: { action: "refund.fail", entityId: { in: (await refundsOf(order.orderId)).map((r) => r.id) } },
    });
    expect(audit).toHaveLength(2);
    expect(audit[0]?.after).toMatchObject({ status: "FAILED" });
  });

  it("books only once when Stripe's webhook arrives before its own answer", async () => {
    const order = await paidByStripe();
    const outcomes: string[] = [];
    stripe.beforeRefundAnswer = async (refund) => {
      outcomes.push((await deliverToRoute(refundEvent("refund.created", refund))).body.outcome ?? "");
    };
    const result = await refundOrder(db, actor, order.orderId, { amountMinor: 2500, reason: "Race" }, providers);
    expect(outcomes).toEqual(["applied"]);
    expect(result).toMatchObject({ status: "SUCCEEDED", refundedMinor: 2500 });
    expect(await orderOf(order.orderId)).toMatchObject({ refundedMinor: 2500 });
    expect(await creditNoteCount(order.orderId)).toBe(1);
    expect(await refundEmails(order.orderId)).toBe(1);
    const history = await db.orderEvent.findMany({ where: { orderId: order.orderId, note: { contains: "Race" } } });
    expect(history).toMatchObject([{ actor: "payment:stripe" }]);
  });
});

describe("a refund Stripe confirms later", () => {
  it("holds its amount while pending and is booked once by the webhook", async () => {
    const order = await paidByStripe();
    stripe.mode = "pending";
    const outcome = await refundOrder(
      db,
      actor,
      order.orderId,
      { amountMinor: order.totalMinor, reason: "All" },
      providers,
    );
    expect(outcome).toMatchObject({ status: "PENDING", refundedMinor: 0, orderStatus: "PAID" });
    const [pending] = await refundsOf(order.orderId);
    expect(pending).toMatchObject({ status: "PENDING", reference: expect.stringMatching(/^re_/) as string });

    // The pending amount cannot be refunded a second time meanwhile.
    stripe.mode = "succeeded";
    await expect(
      refundOrder(db, actor, order.orderId, { amountMinor: 1, reason: "More" }, providers),
    ).rejects.toMatchObject({ code: "conflict" });

    const settled = stripeRefundObject({
      id: pending?.reference ?? "",
      amount: order.totalMinor,
      payment_intent: intentOfSession(order.reference),
      metadata: { refundId: pending?.id ?? "" },
      status: "succeeded",
    });
    const event = refundEvent("refund.updated", settled);
    expect((await deliverToRoute(event)).body.outcome).toBe("applied");
    expect((await deliverToRoute(event)).body.outcome).toBe("duplicate");
    expect((await deliverToRoute(refundEvent("refund.updated", settled))).body.outcome).toBe("ignored");

    expect(await orderOf(order.orderId)).toMatchObject({ status: "REFUNDED", refundedMinor: order.totalMinor });
    expect(await creditNoteCount(order.orderId)).toBe(1);
    expect(await refundEmails(order.orderId)).toBe(1);
  });

  it("fails without changing the order when Stripe reports refund.failed", async () => {
    const order = await paidByStripe();
    stripe.mode = "pending";
    await refundOrder(db, actor, order.orderId, { amountMinor: 700, reason: "Card closed" }, providers);
    const [pending] = await refundsOf(order.orderId);
    const failed = stripeRefundObject({
      id: pending?.reference ?? "",
      amount: 700,
      payment_intent: intentOfSession(order.reference),
      status: "failed",
    });
    expect(
      (await deliverToRoute(refundEvent("refund.failed", { ...failed, failure_reason: "expired_or_canceled_card" })))
        .body.outcome,
    ).toBe("applied");
    expect((await refundsOf(order.orderId))[0]).toMatchObject({
      status: "FAILED",
      failureReason: "Stripe: failed (expired_or_canceled_card)",
    });
    expect(await orderOf(order.orderId)).toMatchObject({ status: "PAID", refundedMinor: 0 });
    expect(await creditNoteCount(order.orderId)).toBe(0);
  });
});

describe("a refund made in the Stripe dashboard", () => {
  it("is booked on the order its payment paid: refund, credit note and e-mail, once", async () => {
    const order = await paidByStripe();
    const intent = intentOfSession(order.reference);
    stripe.intentMetadata.set(intent, { orderId: order.orderId, paymentId: order.payment.id });
    const dashboard = stripeRefundObject({ amount: 1200, payment_intent: intent, status: "succeeded" });

    expect(await deliverWithClient(refundEvent("refund.created", dashboard))).toBe("applied");
    expect(await deliverWithClient(refundEvent("refund.updated", dashboard))).toBe("ignored");
    expect(stripe.calls.filter((c) => c.path === `/v1/payment_intents/${intent}`).length).toBeGreaterThan(0);

    expect(await refundsOf(order.orderId)).toMatchObject([
      {
        status: "SUCCEEDED",
        amountMinor: 1200,
        reference: dashboard.id,
        actor: "payment:stripe",
        reason: "Refunded in the Stripe dashboard",
      },
    ]);
    expect(await orderOf(order.orderId)).toMatchObject({ status: "PAID", refundedMinor: 1200 });
    expect(await creditNoteCount(order.orderId)).toBe(1);
    expect(await refundEmails(order.orderId)).toBe(1);
  });

  it("that does not fit the order changes no amounts and flags it for a person", async () => {
    const order = await paidByStripe();
    const intent = intentOfSession(order.reference);
    stripe.intentMetadata.set(intent, { paymentId: order.payment.id });
    const tooMuch = stripeRefundObject({ amount: order.totalMinor + 1, payment_intent: intent });
    expect(await deliverWithClient(refundEvent("refund.created", tooMuch))).toBe("flagged");
    const after = await orderOf(order.orderId);
    expect(after).toMatchObject({ status: "PAID", refundedMinor: 0 });
    expect(after.attentionReason).toMatch(/outside the shop/);
    expect(await refundsOf(order.orderId)).toEqual([]);
  });

  it("of a payment the shop does not know is acknowledged and ignored", async () => {
    const unknown = stripeRefundObject({ amount: 100, payment_intent: "pi_unknown0000000000000000" });
    expect(await deliverWithClient(refundEvent("refund.created", unknown))).toBe("ignored");
  });
});
