import { afterAll, describe, expect, inject, it } from "vitest";
import { GET as getReturn } from "@/app/api/admin/returns/[id]/route";
import { POST as approveRoute } from "@/app/api/admin/returns/[id]/approve/route";
import { POST as receiveRoute } from "@/app/api/admin/returns/[id]/receive/route";
import { POST as refundRoute } from "@/app/api/admin/returns/[id]/refund/route";
import { POST as rejectRoute } from "@/app/api/admin/returns/[id]/reject/route";
import { GET as listRoute } from "@/app/api/admin/returns/route";
import { actorFromSession } from "@/lib/admin/staff-actor";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { apiOperations } from "@/lib/openapi/operations";
import { createDb } from "@/lib/db/client";
import { type InvoiceDocument, parseInvoiceDocument } from "@/lib/invoices/invoice-document";
import { renderQueuedEmail } from "@/lib/mail/renderers";
import { markCashReceived } from "@/lib/orders/mark-cash-received";
import { markOrderDelivered } from "@/lib/orders/mark-order-delivered";
import { shipOrder } from "@/lib/orders/ship-order";
import { placeOrder } from "@/lib/checkout/place-order";
import { approveReturn, rejectReturn } from "@/lib/returns/decide-return";
import { receiveReturn } from "@/lib/returns/receive-return";
import { refundReturn } from "@/lib/returns/refund-return";
import { requestReturn } from "@/lib/returns/request-return";
import { DEMO_DELIVERY } from "@/prisma/seed/delivery-data";
import { placeDeliveredOrder } from "../support/delivered-orders";
import { checkoutInput, createTestVariant, guestCartWith, stockOf } from "../support/fixtures";
import { staffActor } from "../support/paid-orders";
import { pdfText } from "../support/pdf-text";
import { call, errorOf } from "../support/route";

// Staff handle a return: approve or reject, receive (optionally back into stock, per line), refund through the
// order's refund flow. Each step once, also when pressed twice or concurrently.

const db = createDb(inject("databaseUrl"), 16);
afterAll(() => db.$disconnect());
const actor = staffActor();
const link = { userId: null, linkValid: true };

async function requested(
  lines = [
    { priceMinor: 1999, quantity: 2 },
    { priceMinor: 750, quantity: 3, vatRateBps: 1200 },
  ],
) {
  const order = await placeDeliveredOrder(db, actor, lines);
  const ret = await requestReturn(db, link, order.orderId, {
    lines: order.lines.map((line) => ({ orderLineId: line.id, quantity: 1 })),
    reason: "Changed my mind",
  });
  return { order, ret };
}

async function settledAll<T>(count: number, run: () => Promise<T>) {
  const outcomes = await Promise.allSettled(Array.from({ length: count }, run));
  return {
    ok: outcomes.filter((o) => o.status === "fulfilled").length,
    refused: outcomes
      .filter((o): o is PromiseRejectedResult => o.status === "rejected")
      .map((o) => (o.reason as { code?: string }).code),
  };
}

const stepEmails = (returnId: string, step: string) =>
  db.emailOutbox.count({ where: { template: "return-update", dedupeKey: `return-${step}:${returnId}` } });

describe("approving and rejecting", () => {
  it("approves once: status, note, history, e-mail, audit; a second or concurrent press gets 409", async () => {
    const { order, ret } = await requested();
    const { ok, refused } = await settledAll(5, () => approveReturn(db, actor, ret.id, { note: "Use the label" }));
    expect(ok).toBe(1);
    expect(refused).toEqual(["conflict", "conflict", "conflict", "conflict"]);
    expect(await db.returnRequest.findUniqueOrThrow({ where: { id: ret.id } })).toMatchObject({
      status: "APPROVED",
      staffNote: "Use the label",
    });
    expect(await stepEmails(ret.id, "approved")).toBe(1);
    const events = await db.orderEvent.findMany({
      where: { orderId: order.orderId, note: { startsWith: `Return ${ret.number} approved` } },
    });
    expect(events).toHaveLength(1);
    expect(events[0]?.actor).toBe(`staff:${actor.userId}`);
    const audit = await db.auditLog.findMany({ where: { entityId: ret.id, action: "return.approve" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.before).toEqual({ status: "REQUESTED", staffNote: null });

    const email = await db.emailOutbox.findFirstOrThrow({ where: { dedupeKey: `return-approved:${ret.id}` } });
    const rendered = await renderQueuedEmail("return-update", email.payload, db);
    expect(rendered.subject).toBe(`Return ${ret.number} approved: please send the items`);
    expect(rendered.text).toContain("Our note: Use the label");
    await expect(rejectReturn(db, actor, ret.id, { note: "Too late" })).rejects.toMatchObject({ code: "conflict" });
  });

  it("rejects with a required note, e-mails it, and refuses receiving or refunding a rejected return", async () => {
    const { ret } = await requested();
    await expect(rejectReturn(db, actor, ret.id, {})).rejects.toMatchObject({ name: "ZodError" });
    await expect(rejectReturn(db, actor, ret.id, { note: "  " })).rejects.toMatchObject({ name: "ZodError" });
    await rejectReturn(db, actor, ret.id, { note: "Worn <b>items</b>" });
    const email = await db.emailOutbox.findFirstOrThrow({ where: { dedupeKey: `return-rejected:${ret.id}` } });
    const rendered = await renderQueuedEmail("return-update", email.payload, db);
    expect(rendered.text).toContain("Why: Worn <b>items</b>");
    expect(rendered.html).toContain("Worn &lt;b&gt;items&lt;/b&gt;");
    await expect(receiveReturn(db, actor, ret.id, {})).rejects.toMatchObject({ code: "conflict" });
    await expect(refundReturn(db, actor, ret.id)).rejects.toMatchObject({ code: "conflict" });
  });

  it("refuses a read-only API token, hostile notes and unknown returns", async () => {
    const { ret } = await requested();
    const reader = staffActor({ via: "token:abc", scope: "READ" });
    await expect(approveReturn(db, reader, ret.id, {})).rejects.toMatchObject({ code: "forbidden" });
    await expect(approveReturn(db, actor, ret.id, { note: "a\u001b[31m" })).rejects.toMatchObject({ name: "ZodError" });
    await expect(approveReturn(db, actor, ret.id, { note: "x".repeat(1001) })).rejects.toMatchObject({
      name: "ZodError",
    });
    await expect(approveReturn(db, actor, ret.id, { note: "ok", refund: 5 })).rejects.toMatchObject({
      name: "ZodError",
    });
    await expect(approveReturn(db, actor, "00000000-0000-4000-8000-000000000000", {})).rejects.toMatchObject({
      code: "not_found",
    });
    expect((await db.returnRequest.findUniqueOrThrow({ where: { id: ret.id } })).status).toBe("REQUESTED");
  });
});

describe("receiving", () => {
  it("puts back only the lines staff tick, with one stock adjustment each, once under concurrent presses", async () => {
    const { order, ret } = await requested();
    await approveReturn(db, actor, ret.id, {});
    const lines = await db.returnLine.findMany({ where: { returnId: ret.id }, include: { orderLine: true } });
    const [restock, keep] = lines;
    if (!restock || !keep) throw new Error("two lines expected");
    const before = await Promise.all(lines.map((l) => stockOf(db, l.orderLine.variantId)));

    const { ok, refused } = await settledAll(5, () =>
      receiveReturn(db, actor, ret.id, { restockLineIds: [restock.id] }),
    );
    expect(ok).toBe(1);
    expect(refused.every((code) => code === "conflict")).toBe(true);

    const after = await Promise.all(lines.map((l) => stockOf(db, l.orderLine.variantId)));
    expect(after[0]?.stockOnHand).toBe((before[0]?.stockOnHand ?? 0) + restock.quantity);
    expect(after[1]?.stockOnHand).toBe(before[1]?.stockOnHand);
    const adjustments = await db.stockAdjustment.findMany({ where: { returnLineId: { in: lines.map((l) => l.id) } } });
    expect(adjustments).toHaveLength(1);
    expect(adjustments[0]).toMatchObject({
      returnLineId: restock.id,
      delta: restock.quantity,
      reason: `Return ${ret.number}`,
    });
    expect(
      await db.returnLine.findMany({ where: { returnId: ret.id }, select: { id: true, restocked: true } }),
    ).toEqual(
      expect.arrayContaining([
        { id: restock.id, restocked: true },
        { id: keep.id, restocked: false },
      ]),
    );
    expect(await stepEmails(ret.id, "received")).toBe(1);
    const history = await db.orderEvent.findMany({
      where: { orderId: order.orderId, note: { startsWith: `Return ${ret.number} received` } },
    });
    expect(history).toHaveLength(1);
    expect(await db.auditLog.count({ where: { entityId: ret.id, action: "return.receive" } })).toBe(1);
  });

  it("refuses a line that is not the return's (400) and a return not yet approved (409)", async () => {
    const { ret } = await requested();
    await expect(receiveReturn(db, actor, ret.id, { restockLineIds: [] })).rejects.toMatchObject({ code: "conflict" });
    await approveReturn(db, actor, ret.id, {});
    const other = await requested();
    const foreign = await db.returnLine.findFirstOrThrow({ where: { returnId: other.ret.id } });
    await expect(receiveReturn(db, actor, ret.id, { restockLineIds: [foreign.id] })).rejects.toMatchObject({
      code: "invalid_input",
      details: { fields: { "restockLineIds.0": "This is not a line of the return." } },
    });
    await expect(receiveReturn(db, actor, ret.id, { restockLineIds: ["nope"] })).rejects.toMatchObject({
      name: "ZodError",
    });
    expect((await db.returnRequest.findUniqueOrThrow({ where: { id: ret.id } })).status).toBe("APPROVED");
  });
});

const sumByRate = (docs: InvoiceDocument[]) => {
  const byRate = new Map<number, { grossMinor: number; vatMinor: number }>();
  for (const doc of docs) {
    for (const row of doc.vatBreakdown) {
      const sum = byRate.get(row.vatRatePercent) ?? { grossMinor: 0, vatMinor: 0 };
      sum.grossMinor += row.grossMinor;
      sum.vatMinor += row.vatMinor;
      byRate.set(row.vatRatePercent, sum);
    }
  }
  return byRate;
};

describe("refunding", () => {
  it("refunds once through the provider, with one credit note listing the returned lines, even when pressed 5 times at once", async () => {
    const { order, ret } = await requested();
    await approveReturn(db, actor, ret.id, {});
    await receiveReturn(db, actor, ret.id, {});
    const { ok, refused } = await settledAll(5, () => refundReturn(db, actor, ret.id));
    expect(ok).toBe(1);
    expect(refused.every((code) => code === "conflict")).toBe(true);

    const refunds = await db.refund.findMany({ where: { returnId: ret.id } });
    expect(refunds).toHaveLength(1);
    const refund = refunds[0];
    // One unit of each line: 19.99 and 7.50.
    expect(refund).toMatchObject({ status: "SUCCEEDED", amountMinor: 1999 + 750, reason: `Return ${ret.number}` });
    const notes = await db.creditNote.findMany({ where: { orderId: order.orderId } });
    expect(notes).toHaveLength(1);
    const doc = parseInvoiceDocument(notes[0]?.document);
    expect(doc.totals.grossMinor).toBe(2749);
    expect(doc.lines.map((l) => [l.quantity, l.grossMinor]).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))).toEqual([
      [1, 1999],
      [1, 750],
    ]);
    for (const line of doc.lines) expect(line.description).toMatch(new RegExp(`^Return ${ret.number}: Test Product`));
    expect(await pdfText(notes[0]?.pdf ?? new Uint8Array())).toContain(`Return ${ret.number}`);

    expect(await db.returnRequest.findUniqueOrThrow({ where: { id: ret.id } })).toMatchObject({ status: "REFUNDED" });
    expect(await db.order.findUniqueOrThrow({ where: { id: order.orderId } })).toMatchObject({
      status: "DELIVERED",
      refundedMinor: 2749,
    });
    const emails = await db.emailOutbox.findMany({
      where: { template: "order-refunded", dedupeKey: `order-refunded:${refund?.id}` },
    });
    expect(emails).toHaveLength(1);
    const rendered = await renderQueuedEmail("order-refunded", emails[0]?.payload, db);
    expect(rendered.text).toContain(`(your return ${ret.number})`);
    expect(rendered.attachments).toHaveLength(1);
    expect(await db.auditLog.count({ where: { entityId: ret.id, action: "return.refund" } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: order.orderId, action: "order.refund" } })).toBe(1);
    await expect(refundReturn(db, actor, ret.id)).rejects.toMatchObject({ code: "conflict" });
  });

  it("credits every unit of a discounted line exactly once over several returns: credit notes add up to the invoice per rate", async () => {
    // 3 units at 33.33 with a 10 % code: the discount's share of the line does not divide by 3.
    const code = `RET${Date.now()}`;
    await db.discountCode.create({ data: { code, kind: "PERCENT", value: 1000 } });
    const { variant } = await createTestVariant(db, { stock: 10, priceMinor: 3333 });
    const cart = await guestCartWith(db, [{ variantId: variant.id, quantity: 3 }]);
    const placed = await placeOrder(db, cart, checkoutInput({ discountCode: code }), { paymentProvider: "test" });
    const payment = placed.payment;
    if (!payment) throw new Error("no payment");
    await db.payment.update({ where: { id: payment.id }, data: { reference: `test_${payment.id}` } });
    const { applyPaymentEvent } = await import("@/lib/payments/apply-payment-event");
    await applyPaymentEvent(db, {
      id: `test:${payment.id}:succeeded`,
      provider: "test",
      type: "succeeded",
      paymentReference: `test_${payment.id}`,
      amountMinor: payment.amountMinor,
      currency: payment.currency,
    });
    await shipOrder(db, actor, placed.orderId, { carrier: "DHL", trackingNumber: "D1" });
    await markOrderDelivered(db, actor, placed.orderId);
    const line = await db.orderLine.findFirstOrThrow({ where: { orderId: placed.orderId } });
    for (const quantity of [1, 1, 1]) {
      const ret = await requestReturn(db, link, placed.orderId, { lines: [{ orderLineId: line.id, quantity }] });
      await approveReturn(db, actor, ret.id, {});
      await receiveReturn(db, actor, ret.id, { restockLineIds: [] });
      await refundReturn(db, actor, ret.id);
    }
    const credited = await db.returnLine.findMany({ where: { orderLineId: line.id } });
    const paid = line.grossMinor - line.discountMinor;
    expect(credited.reduce((sum, l) => sum + (l.creditMinor ?? 0), 0)).toBe(paid);
    expect(credited.reduce((sum, l) => sum + (l.creditVatMinor ?? 0), 0)).toBe(line.vatMinor);
    const perUnit = credited.map((l) => l.creditMinor ?? 0);
    expect(Math.max(...perUnit) - Math.min(...perUnit)).toBeLessThanOrEqual(1);
    const notes = await db.creditNote.findMany({ where: { orderId: placed.orderId } });
    expect(notes).toHaveLength(3);
    const rate = line.vatRateBps / 100;
    expect(sumByRate(notes.map((n) => parseInvoiceDocument(n.document))).get(rate)).toEqual({
      grossMinor: paid,
      vatMinor: line.vatMinor,
    });
  });

  it("books a manual refund for cash on delivery (staff pay it out) with its credit note", async () => {
    const { variant } = await createTestVariant(db, { stock: 5, priceMinor: 2500 });
    const ref = await guestCartWith(db, [{ variantId: variant.id, quantity: 2 }]);
    const placed = await placeOrder(
      db,
      ref,
      checkoutInput({
        shippingAddress: undefined,
        recipient: { name: "Jana Nováková" },
        shippingMethodId: DEMO_DELIVERY.methods.clickAndCollect,
        pickupLocationId: DEMO_DELIVERY.pickupLocation,
        paymentMethod: "cash_on_delivery",
      }),
      { paymentProvider: "cash_on_delivery" },
    );
    await shipOrder(db, actor, placed.orderId, { carrier: "Counter", trackingNumber: "C1" });
    await markOrderDelivered(db, actor, placed.orderId);
    await markCashReceived(db, actor, placed.orderId);
    const line = await db.orderLine.findFirstOrThrow({ where: { orderId: placed.orderId } });
    const ret = await requestReturn(db, link, placed.orderId, { lines: [{ orderLineId: line.id, quantity: 2 }] });
    await approveReturn(db, actor, ret.id, {});
    await receiveReturn(db, actor, ret.id, { restockLineIds: [] });
    const outcome = await refundReturn(db, actor, ret.id);
    expect(outcome).toMatchObject({ status: "SUCCEEDED", amountMinor: 5000, returnStatus: "REFUNDED" });
    const refund = await db.refund.findFirstOrThrow({ where: { returnId: ret.id } });
    expect(refund.reference).toBe(`manual_${refund.id}`);
    expect(await db.creditNote.count({ where: { refundId: refund.id } })).toBe(1);
    expect(await stockOf(db, variant.id)).toMatchObject({ stockOnHand: 3 });
  });
});

describe("the staff API", () => {
  function expectDocumented(method: "get" | "post", path: string, body: unknown) {
    const op = apiOperations.find((o) => o.method === method && o.path === path);
    const parsed = op?.success.schema?.safeParse(body);
    expect(parsed?.error?.issues ?? [], JSON.stringify(body).slice(0, 300)).toEqual([]);
    expect(parsed?.data, "the body has fields the document does not name").toEqual(body);
  }

  it("with a write token: lists, shows, approves, receives and refunds, answering what the document says", async () => {
    const admin = await db.user.findFirstOrThrow({ where: { role: "ADMIN" } });
    const { secret } = await createApiToken(db, actorFromSession(admin), { name: "Returns", scope: "WRITE" });
    const headers = { authorization: `Bearer ${secret}`, "content-type": "application/json" };
    const { ret } = await requested();
    const post = (route: typeof approveRoute, step: string, body: unknown) =>
      call(route, `/api/admin/returns/${ret.id}/${step}`, {
        method: "POST",
        params: { id: ret.id },
        headers,
        body: JSON.stringify(body),
      });

    const list = await call(listRoute, "/api/admin/returns?status=REQUESTED", { headers });
    expect(list.status).toBe(200);
    expectDocumented("get", "/api/admin/returns", list.body);
    expect((list.body as { rows: { id: string }[] }).rows.map((r) => r.id)).toContain(ret.id);
    const badFilter = await call(listRoute, "/api/admin/returns?status=LOST", { headers });
    expect(badFilter.status).toBe(400);
    expect(errorOf(badFilter.body).fields).toHaveProperty("status");

    const one = await call(getReturn, `/api/admin/returns/${ret.id}`, { params: { id: ret.id }, headers });
    expectDocumented("get", "/api/admin/returns/{id}", one.body);
    expect(one.body).toMatchObject({ status: "REQUESTED", actions: { approve: true, receive: false } });

    const approved = await post(approveRoute, "approve", { note: "Please use the prepaid label." });
    expect(approved.status).toBe(200);
    expectDocumented("post", "/api/admin/returns/{id}/approve", approved.body);
    expect((await post(approveRoute, "approve", {})).status).toBe(409);

    const lineIds = (approved.body as { lines: { id: string }[] }).lines.map((l) => l.id);
    const received = await post(receiveRoute, "receive", { restockLineIds: lineIds });
    expect(received.status).toBe(200);
    expectDocumented("post", "/api/admin/returns/{id}/receive", received.body);

    const refunded = await call(refundRoute, `/api/admin/returns/${ret.id}/refund`, {
      method: "POST",
      params: { id: ret.id },
      headers,
    });
    expect(refunded.status).toBe(201);
    expectDocumented("post", "/api/admin/returns/{id}/refund", refunded.body);
    expect(refunded.body).toMatchObject({ status: "REFUNDED", refunds: [{ status: "SUCCEEDED" }] });

    const reader = await createApiToken(db, actorFromSession(admin), { name: "Reader", scope: "READ" });
    const readOnly = await call(rejectRoute, `/api/admin/returns/${ret.id}/reject`, {
      method: "POST",
      params: { id: ret.id },
      headers: { ...headers, authorization: `Bearer ${reader.secret}` },
      body: JSON.stringify({ note: "x" }),
    });
    expect(readOnly.status).toBe(403);
    const forged = await call(listRoute, "/api/admin/returns", { headers: { authorization: "Bearer shop_forged" } });
    expect(forged.status).toBe(401);
  });
});
