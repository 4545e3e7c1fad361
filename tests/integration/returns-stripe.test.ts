import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";
import { createDb } from "@/lib/db/client";
import { parseInvoiceDocument } from "@/lib/invoices/invoice-document";
import type { PaymentProvider } from "@/lib/payments/provider";
import { createStripeProvider } from "@/lib/payments/stripe-provider";
import { approveReturn } from "@/lib/returns/decide-return";
import { receiveReturn } from "@/lib/returns/receive-return";
import { refundReturn } from "@/lib/returns/refund-return";
import { requestReturn } from "@/lib/returns/request-return";
import { placeDeliveredOrder } from "../support/delivered-orders";
import { staffActor } from "../support/paid-orders";
import { STRIPE_KEY, WEBHOOK_SECRET, refundEvent, signedRequest } from "../support/stripe-events";
import {
  type StripeLoopback,
  intentOfSession,
  startStripeLoopback,
  stripeRefundObject,
} from "../support/stripe-loopback";

// Returns of card orders go back through Stripe (a loopback Stripe API on 127.0.0.1): the refund call carries the
// returned units' worth, a refund Stripe confirms later is booked by its webhook (credit note and return state
// then), and a refusal leaves the return received so that staff can try again.

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
  stripe.calls.length = 0;
});

async function receivedReturn() {
  const order = await placeDeliveredOrder(db, actor, [{ priceMinor: 4000, quantity: 3 }], { provider: "stripe" });
  const line = order.lines[0];
  if (!line) throw new Error("no line");
  const ret = await requestReturn(db, { userId: null, linkValid: true }, order.orderId, {
    lines: [{ orderLineId: line.id, quantity: 2 }],
  });
  await approveReturn(db, actor, ret.id, {});
  await receiveReturn(db, actor, ret.id, { restockLineIds: [] });
  return { order, ret };
}

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
  return (await response.json()) as { outcome?: string };
}

const statusOf = async (id: string) => (await db.returnRequest.findUniqueOrThrow({ where: { id } })).status;

describe("refunding a returned card order", () => {
  it("refunds the returned units' worth through Stripe with the refund's idempotency key", async () => {
    const { order, ret } = await receivedReturn();
    const outcome = await refundReturn(db, actor, ret.id, providers);
    expect(outcome).toMatchObject({ status: "SUCCEEDED", amountMinor: 8000, returnStatus: "REFUNDED" });
    const refund = await db.refund.findFirstOrThrow({ where: { returnId: ret.id } });
    const post = stripe.calls.find((c) => c.path === "/v1/refunds");
    expect(post?.form.get("amount")).toBe("8000");
    expect(post?.form.get("payment_intent")).toBe(intentOfSession(order.reference));
    expect(post?.idempotencyKey).toBe(refund.idempotencyKey);
    expect(await statusOf(ret.id)).toBe("REFUNDED");
  });

  it("a refund Stripe confirms later keeps the return received, refuses a second refund, and is booked by the webhook", async () => {
    const { order, ret } = await receivedReturn();
    stripe.mode = "pending";
    expect(await refundReturn(db, actor, ret.id, providers)).toMatchObject({
      status: "PENDING",
      returnStatus: "RECEIVED",
    });
    expect(await statusOf(ret.id)).toBe("RECEIVED");
    stripe.mode = "succeeded";
    await expect(refundReturn(db, actor, ret.id, providers)).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/waiting for the payment provider/) as string,
    });

    const pending = await db.refund.findFirstOrThrow({ where: { returnId: ret.id } });
    const settled = stripeRefundObject({
      id: pending.reference ?? "",
      amount: 8000,
      payment_intent: intentOfSession(order.reference),
      metadata: { refundId: pending.id },
      status: "succeeded",
    });
    const event = refundEvent("refund.updated", settled);
    expect((await deliverToRoute(event)).outcome).toBe("applied");
    expect((await deliverToRoute(event)).outcome).toBe("duplicate");

    expect(await statusOf(ret.id)).toBe("REFUNDED");
    const notes = await db.creditNote.findMany({ where: { orderId: order.orderId } });
    expect(notes).toHaveLength(1);
    const doc = parseInvoiceDocument(notes[0]?.document);
    expect(doc.lines).toEqual([expect.objectContaining({ quantity: 2, grossMinor: 8000 })]);
    expect(doc.lines[0]?.description).toMatch(new RegExp(`^Return ${ret.number}: `));
  });

  it("a refusal leaves the return received with nothing booked; trying again refunds it once", async () => {
    const { order, ret } = await receivedReturn();
    stripe.mode = "refused";
    await expect(refundReturn(db, actor, ret.id, providers)).rejects.toMatchObject({ code: "service_unavailable" });
    expect(await statusOf(ret.id)).toBe("RECEIVED");
    expect(await db.creditNote.count({ where: { orderId: order.orderId } })).toBe(0);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.orderId } })).refundedMinor).toBe(0);

    stripe.mode = "succeeded";
    await refundReturn(db, actor, ret.id, providers);
    expect(
      (await db.refund.findMany({ where: { returnId: ret.id }, orderBy: { createdAt: "asc" } })).map((r) => r.status),
    ).toEqual(["FAILED", "SUCCEEDED"]);
    expect(await db.creditNote.count({ where: { orderId: order.orderId } })).toBe(1);
    expect(await statusOf(ret.id)).toBe("REFUNDED");
  });
});
