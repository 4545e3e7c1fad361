import { afterAll, describe, expect, inject, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { type InvoiceDocument, parseInvoiceDocument } from "@/lib/invoices/invoice-document";
import { renderQueuedEmail } from "@/lib/mail/renderers";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { refundOrder } from "@/lib/orders/refund-order";
import { shipOrder } from "@/lib/orders/ship-order";
import { stockOf } from "../support/fixtures";
import { placePaidOrder, placeUnpaidOrder, staffActor } from "../support/paid-orders";
import { pdfText } from "../support/pdf-text";

// Refunds through the built-in test provider, against the real database: amounts, states, credit notes, e-mails
// and the audit log, under concurrency too.

const db = createDb(inject("databaseUrl"), 12);
afterAll(() => db.$disconnect());
const actor = staffActor();

const orderOf = (id: string) => db.order.findUniqueOrThrow({ where: { id } });
const refundsOf = (orderId: string) => db.refund.findMany({ where: { orderId }, orderBy: { createdAt: "asc" } });
const creditNotesOf = (orderId: string) =>
  db.creditNote.findMany({ where: { orderId }, orderBy: { createdAt: "asc" } });
const emailsOf = (orderId: string, template: string) =>
  db.emailOutbox.findMany({ where: { template, payload: { path: ["orderId"], equals: orderId } } });

/** Sums a list of invoice documents' VAT breakdowns per rate. */
function sumByRate(documents: InvoiceDocument[]) {
  const byRate = new Map<number, { grossMinor: number; vatMinor: number; netMinor: number }>();
  for (const doc of documents) {
    for (const row of doc.vatBreakdown) {
      const sum = byRate.get(row.vatRatePercent) ?? { grossMinor: 0, vatMinor: 0, netMinor: 0 };
      sum.grossMinor += row.grossMinor;
      sum.vatMinor += row.vatMinor;
      sum.netMinor += row.netMinor;
      byRate.set(row.vatRatePercent, sum);
    }
  }
  return Object.fromEntries([...byRate.entries()].sort(([a], [b]) => b - a));
}

// 21 % and 10 % goods plus shipping at the standard rate: three rates' worth of VAT to split.
const mixedLines = [
  { priceMinor: 2599, quantity: 1, vatRateBps: 2100 },
  { priceMinor: 1333, quantity: 2, vatRateBps: 1000 },
];

describe("a partial refund", () => {
  it("keeps the status, records the amount, issues a credit note split exactly over the VAT rates, e-mails once", async () => {
    const order = await placePaidOrder(db, mixedLines);
    const outcome = await refundOrder(db, actor, order.orderId, { amountMinor: 1001, reason: "Scratched mug" });
    expect(outcome).toMatchObject({ status: "SUCCEEDED", amountMinor: 1001, orderStatus: "PAID", refundedMinor: 1001 });

    const after = await orderOf(order.orderId);
    expect(after).toMatchObject({ status: "PAID", refundedMinor: 1001 });
    const [refund] = await refundsOf(order.orderId);
    expect(refund).toMatchObject({
      status: "SUCCEEDED",
      amountMinor: 1001,
      reason: "Scratched mug",
      reference: `test_refund_${refund?.id}`,
      actor: `staff:${actor.userId}`,
    });
    expect(refund?.idempotencyKey).toBe(`order-refund-${refund?.id}`);

    const [note] = await creditNotesOf(order.orderId);
    expect(note?.totalMinor).toBe(1001);
    const doc = parseInvoiceDocument(note?.document);
    expect(doc.kind).toBe("credit-note");
    expect(doc.totals.grossMinor).toBe(1001);
    for (const line of doc.lines) expect(line.netMinor + line.vatMinor).toBe(line.grossMinor);
    expect(doc.lines.reduce((sum, l) => sum + l.grossMinor, 0)).toBe(1001);
    // Split in proportion to what each rate holds on the invoice.
    const invoice = await db.invoice.findUniqueOrThrow({ where: { orderId: order.orderId } });
    const invoiced = parseInvoiceDocument(invoice.document).vatBreakdown;
    for (const row of doc.vatBreakdown) {
      const rate = invoiced.find((r) => r.vatRatePercent === row.vatRatePercent);
      expect(rate).toBeDefined();
      expect(Math.abs(row.grossMinor - (1001 * (rate?.grossMinor ?? 0)) / order.totalMinor)).toBeLessThan(1);
    }
    expect(await pdfText(note?.pdf ?? new Uint8Array())).toContain(`Corrects invoice ${invoice.number}`);

    const history = await db.orderEvent.findMany({ where: { orderId: order.orderId }, orderBy: { createdAt: "asc" } });
    expect(history.at(-1)).toMatchObject({ fromStatus: "PAID", toStatus: "PAID", actor: `staff:${actor.userId}` });
    expect(history.at(-1)?.note).toMatch(/Refunded €10\.01 \(partial\): Scratched mug/);

    const emails = await emailsOf(order.orderId, "order-refunded");
    expect(emails).toHaveLength(1);
    expect(emails[0]?.dedupeKey).toBe(`order-refunded:${refund?.id}`);

    const audit = await db.auditLog.findMany({ where: { entityId: order.orderId, action: "order.refund" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.before).toEqual({ status: "PAID", refundedMinor: 0 });
    expect(audit[0]?.after).toMatchObject({ status: "PAID", refundedMinor: 1001, refund: { amountMinor: 1001 } });
  });

  it("renders the refund e-mail with the amount and the credit note attached", async () => {
    const order = await placePaidOrder(db, mixedLines);
    await refundOrder(db, actor, order.orderId, { amountMinor: 500, reason: "Late delivery" });
    const [email] = await emailsOf(order.orderId, "order-refunded");
    const [note] = await creditNotesOf(order.orderId);
    const rendered = await renderQueuedEmail("order-refunded", email?.payload, db);
    expect(rendered.subject).toBe(`Refund for order ${order.number}`);
    expect(rendered.text).toContain("we refunded €5.00");
    expect(rendered.text).toContain(`Credit note ${note?.number} is attached.`);
    expect(rendered.attachments).toHaveLength(1);
    expect(await pdfText(rendered.attachments[0]?.content ?? new Uint8Array())).toContain(
      `Credit note ${note?.number}`,
    );
  });
});

describe("refunding in full", () => {
  it("after partial refunds moves the order to REFUNDED once, and the credit notes add up to the invoice per rate", async () => {
    const order = await placePaidOrder(db, mixedLines);
    const total = order.totalMinor;
    await refundOrder(db, actor, order.orderId, { amountMinor: 777, reason: "Part one" });
    await refundOrder(db, actor, order.orderId, { amountMinor: 1234, reason: "Part two" });
    const last = await refundOrder(db, actor, order.orderId, { amountMinor: total - 777 - 1234, reason: "The rest" });
    expect(last).toMatchObject({ status: "SUCCEEDED", orderStatus: "REFUNDED", refundedMinor: total });

    const after = await db.order.findUniqueOrThrow({ where: { id: order.orderId }, include: { events: true } });
    expect(after.status).toBe("REFUNDED");
    expect(after.events.filter((e) => e.toStatus === "REFUNDED" && e.fromStatus === "PAID")).toHaveLength(1);

    const invoice = await db.invoice.findUniqueOrThrow({ where: { orderId: order.orderId } });
    const notes = await creditNotesOf(order.orderId);
    expect(notes).toHaveLength(3);
    expect(notes.reduce((sum, n) => sum + n.totalMinor, 0)).toBe(invoice.totalMinor);
    expect(sumByRate(notes.map((n) => parseInvoiceDocument(n.document)))).toEqual(
      sumByRate([parseInvoiceDocument(invoice.document)]),
    );
    expect(await emailsOf(order.orderId, "order-refunded")).toHaveLength(3);

    await expect(refundOrder(db, actor, order.orderId, { amountMinor: 1, reason: "More" })).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("in one go credits the invoice's own lines and queues one e-mail", async () => {
    const order = await placePaidOrder(db, mixedLines);
    await refundOrder(db, actor, order.orderId, { amountMinor: order.totalMinor, reason: "Returned unopened" });
    expect(await orderOf(order.orderId)).toMatchObject({ status: "REFUNDED", refundedMinor: order.totalMinor });
    const invoice = await db.invoice.findUniqueOrThrow({ where: { orderId: order.orderId } });
    const [note] = await creditNotesOf(order.orderId);
    expect(parseInvoiceDocument(note?.document).lines).toEqual(parseInvoiceDocument(invoice.document).lines);
    expect(await emailsOf(order.orderId, "order-refunded")).toHaveLength(1);
  });

  it("of a shipped order keeps its stock as it is (refunds are money only)", async () => {
    const order = await placePaidOrder(db, [{ priceMinor: 3000, quantity: 2, stock: 10 }]);
    await shipOrder(db, actor, order.orderId, { carrier: "DHL", trackingNumber: "JD0001" });
    const variant = order.variants[0]?.id ?? "";
    const before = await stockOf(db, variant);
    await refundOrder(db, actor, order.orderId, { amountMinor: order.totalMinor, reason: "Lost in transit" });
    expect(await orderOf(order.orderId)).toMatchObject({ status: "REFUNDED" });
    expect(await stockOf(db, variant)).toEqual(before);
  });
});

describe("refusals", () => {
  it.each([
    ["more than was paid", (total: number) => total + 1],
    ["far more than was paid", () => 2_000_000_000],
  ])("refuses %s with 409 and stores nothing", async (_, amount) => {
    const order = await placePaidOrder(db, mixedLines);
    const auditBefore = await db.auditLog.count({ where: { action: { startsWith: "refund." } } });
    const error: unknown = await refundOrder(db, actor, order.orderId, {
      amountMinor: amount(order.totalMinor),
      reason: "Too much",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: "conflict",
      details: { fields: { amountMinor: expect.stringMatching(/At most/) as string } },
    });
    expect(await refundsOf(order.orderId)).toEqual([]);
    expect(await orderOf(order.orderId)).toMatchObject({ status: "PAID", refundedMinor: 0 });
    expect(await db.auditLog.count({ where: { action: { startsWith: "refund." } } })).toBe(auditBefore);
  });

  it.each([
    ["zero", { amountMinor: 0, reason: "x" }],
    ["negative", { amountMinor: -5, reason: "x" }],
    ["fractional", { amountMinor: 10.5, reason: "x" }],
    ["a string amount", { amountMinor: "100", reason: "x" }],
    ["no reason", { amountMinor: 100 }],
    ["an unknown field", { amountMinor: 100, reason: "x", restock: true }],
  ])("refuses %s as invalid input", async (_, input) => {
    const order = await placePaidOrder(db, mixedLines);
    await expect(refundOrder(db, actor, order.orderId, input)).rejects.toMatchObject({ name: "ZodError" });
    expect(await refundsOf(order.orderId)).toEqual([]);
  });

  it("refuses an unpaid order, an unknown one, and a read-only token", async () => {
    const unpaid = await placeUnpaidOrder(db, mixedLines);
    await expect(refundOrder(db, actor, unpaid.orderId, { amountMinor: 100, reason: "x" })).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(
      refundOrder(db, actor, "00000000-0000-4000-8000-000000000000", { amountMinor: 100, reason: "x" }),
    ).rejects.toMatchObject({ code: "not_found" });
    const paid = await placePaidOrder(db, mixedLines);
    await expect(
      refundOrder(db, staffActor({ scope: "READ", via: "token:x" }), paid.orderId, { amountMinor: 100, reason: "x" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await refundsOf(paid.orderId)).toEqual([]);
  });
});

describe("concurrent refunds", () => {
  it("never give back more than was paid", async () => {
    const order = await placePaidOrder(db, [{ priceMinor: 1000, quantity: 5 }]);
    const total = order.totalMinor;
    const each = Math.floor(total / 3) + 1; // three fit only if two do: at most two can succeed
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) =>
        refundOrder(db, actor, order.orderId, { amountMinor: each, reason: `Try ${i}` }),
      ),
    );
    const succeeded = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r) => r.status === "rejected");
    expect(succeeded).toHaveLength(2);
    for (const r of refused) expect(r.reason).toMatchObject({ code: "conflict" });

    const after = await orderOf(order.orderId);
    const refunds = await refundsOf(order.orderId);
    expect(refunds.filter((r) => r.status === "SUCCEEDED")).toHaveLength(2);
    expect(refunds.filter((r) => r.status !== "SUCCEEDED")).toEqual([]);
    expect(after.refundedMinor).toBe(2 * each);
    expect(after.refundedMinor).toBeLessThanOrEqual(total);
    const notes = await creditNotesOf(order.orderId);
    expect(notes.reduce((sum, n) => sum + n.totalMinor, 0)).toBe(after.refundedMinor);
  });

  it("for the whole amount at once refund it once and move the order to REFUNDED once", async () => {
    const order = await placePaidOrder(db, mixedLines);
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () =>
        refundOrder(db, actor, order.orderId, { amountMinor: order.totalMinor, reason: "All of it" }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const after = await db.order.findUniqueOrThrow({ where: { id: order.orderId }, include: { events: true } });
    expect(after).toMatchObject({ status: "REFUNDED", refundedMinor: order.totalMinor });
    expect(after.events.filter((e) => e.toStatus === "REFUNDED")).toHaveLength(1);
    expect(await creditNotesOf(order.orderId)).toHaveLength(1);
    expect(await emailsOf(order.orderId, "order-refunded")).toHaveLength(1);
  });
});

describe("cancelling", () => {
  it("a paid order that has not shipped refunds it in full and puts its stock back exactly once", async () => {
    const order = await placePaidOrder(db, [
      { priceMinor: 2500, quantity: 2, stock: 7 },
      { priceMinor: 900, quantity: 1, vatRateBps: 1000, stock: 3 },
    ]);
    const [a, b] = order.variants.map((v) => v.id);
    expect(await stockOf(db, a ?? "")).toEqual({ stockOnHand: 5, stockReserved: 0 });
    await refundOrder(db, actor, order.orderId, { amountMinor: 300, reason: "Goodwill" });

    const results = await Promise.allSettled([
      cancelOrder(db, actor, order.orderId, { reason: "Customer changed their mind" }),
      cancelOrder(db, actor, order.orderId, { reason: "Customer changed their mind" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const outcome = results.find((r) => r.status === "fulfilled");
    expect(outcome?.value).toMatchObject({
      orderStatus: "CANCELLED",
      refund: { status: "SUCCEEDED", amountMinor: order.totalMinor - 300 },
    });

    expect(await orderOf(order.orderId)).toMatchObject({ status: "CANCELLED", refundedMinor: order.totalMinor });
    expect(await stockOf(db, a ?? "")).toEqual({ stockOnHand: 7, stockReserved: 0 });
    expect(await stockOf(db, b ?? "")).toEqual({ stockOnHand: 3, stockReserved: 0 });
    await expect(cancelOrder(db, actor, order.orderId, {})).rejects.toMatchObject({ code: "conflict" });
    expect(await stockOf(db, a ?? "")).toEqual({ stockOnHand: 7, stockReserved: 0 });

    const refunds = await refundsOf(order.orderId);
    expect(refunds.map((r) => r.idempotencyKey.split("-").slice(0, 2).join("-"))).toEqual([
      "order-refund",
      "order-cancel",
    ]);
    const notes = await creditNotesOf(order.orderId);
    expect(notes.reduce((sum, n) => sum + n.totalMinor, 0)).toBe(order.totalMinor);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: order.orderId, action: "order.cancel" } });
    expect(audit.before).toEqual({ status: "PAID", refundedMinor: 300 });
    expect(audit.after).toMatchObject({ status: "CANCELLED", refundedMinor: order.totalMinor });
  });

  it("an unpaid order releases its reservation and refunds nothing", async () => {
    const order = await placeUnpaidOrder(db, [{ priceMinor: 1500, quantity: 3, stock: 4 }]);
    const variant = order.variants[0]?.id ?? "";
    expect(await stockOf(db, variant)).toEqual({ stockOnHand: 4, stockReserved: 3 });
    expect(await cancelOrder(db, actor, order.orderId, {})).toEqual({ orderStatus: "CANCELLED", refund: null });
    expect(await stockOf(db, variant)).toEqual({ stockOnHand: 4, stockReserved: 0 });
    expect(await refundsOf(order.orderId)).toEqual([]);
    expect(await db.payment.findMany({ where: { orderId: order.orderId } })).toMatchObject([{ status: "CANCELLED" }]);
  });

  it("is refused for a shipped order, which can still be refunded", async () => {
    const order = await placePaidOrder(db, mixedLines);
    await shipOrder(db, actor, order.orderId, { carrier: "DPD", trackingNumber: "05212345" });
    await expect(cancelOrder(db, actor, order.orderId, {})).rejects.toMatchObject({ code: "conflict" });
    expect(await orderOf(order.orderId)).toMatchObject({ status: "SHIPPED", refundedMinor: 0 });
  });
});
