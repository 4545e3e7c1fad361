import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/accounts/types";
import { actorFromSession } from "@/lib/admin/staff-actor";
import { createDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { expireUnpaidOrders } from "@/lib/orders/expire-unpaid-orders";
import { applyBankStatement } from "@/lib/payments/bank-transfer/apply-bank-statement";
import { creditorReference } from "@/lib/payments/bank-transfer/payment-reference";
import { previewBankStatement } from "@/lib/payments/bank-transfer/preview-bank-statement";
import { recordReceivedTransfer } from "@/lib/payments/bank-transfer/record-received-transfer";
import { POST as postTransfer } from "@/app/api/admin/orders/[id]/bank-transfers/route";
import { POST as postPreview } from "@/app/api/admin/bank-statements/preview/route";
import { POST as postApply } from "@/app/api/admin/bank-statements/apply/route";
import { placeBankTransferOrder } from "../support/bank-transfer-orders";
import { stockOf } from "../support/fixtures";
import { placePaidOrder, placeUnpaidOrder } from "../support/paid-orders";
import { call, errorOf } from "../support/route";

// Bank transfers against the real database: recording received money on an order, statements matched and applied,
// concurrency with the same order, repeated statements, and expiry after the due date.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: () => Promise.resolve(session.user),
}));

const db = createDb(inject("databaseUrl"), 12);
let staff: CurrentUser;
const actor = () => actorFromSession(staff);
beforeAll(async () => {
  const user = await db.user.create({
    data: { email: `bank-${randomUUID().slice(0, 8)}@example.com`, name: "Bea Bank", role: "STAFF", passwordHash: "x" },
  });
  staff = { id: user.id, email: user.email, name: user.name, role: "STAFF" };
});
afterAll(() => db.$disconnect());

const today = new Date().toISOString().slice(0, 10);
const json = (body: unknown) => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: typeof body === "string" ? body : JSON.stringify(body),
});
const transfer = (amountMinor: number, extra: Record<string, unknown> = {}) => ({
  amount: { amountMinor, currency: "EUR" },
  receivedOn: today,
  reference: "",
  ...extra,
});

async function effects(orderId: string, variantId: string) {
  return {
    order: await db.order.findUniqueOrThrow({
      where: { id: orderId },
      select: { status: true, attentionReason: true },
    }),
    stock: await stockOf(db, variantId),
    invoices: await db.invoice.count({ where: { orderId } }),
    confirmations: await db.emailOutbox.count({
      where: { template: "order-confirmation", payload: { path: ["orderId"], equals: orderId } },
    }),
    transfers: await db.bankTransfer.count({ where: { orderId } }),
    paidEvents: await db.orderEvent.count({ where: { orderId, toStatus: "PAID" } }),
  };
}

const csvFor = (rows: { number: string; amountMinor: number; id?: string }[]) =>
  [
    "date,amount,currency,reference,counterparty,id",
    ...rows.map(
      (r, i) => `${today},${(r.amountMinor / 100).toFixed(2)},EUR,VS ${r.number},Payer ${i},${r.id ?? randomUUID()}`,
    ),
  ].join("\n");

describe("staff record a received transfer", () => {
  it("the exact amount pays the order once: stock taken, one invoice, one confirmation", async () => {
    const order = await placeBankTransferOrder(db, [{ priceMinor: 2500, quantity: 2, stock: 5 }]);
    const variant = order.variants[0]?.id ?? "";
    expect(await stockOf(db, variant)).toEqual({ stockOnHand: 5, stockReserved: 2 });
    const result = await recordReceivedTransfer(db, actor(), order.orderId, transfer(order.totalMinor));
    expect(result).toMatchObject({ outcome: "PAID", receivedMinor: order.totalMinor, dueMinor: order.totalMinor });
    expect(await effects(order.orderId, variant)).toEqual({
      order: { status: "PAID", attentionReason: null },
      stock: { stockOnHand: 3, stockReserved: 0 },
      invoices: 1,
      confirmations: 1,
      transfers: 1,
      paidEvents: 1,
    });
    const payment = await db.payment.findFirstOrThrow({ where: { orderId: order.orderId } });
    expect(payment).toMatchObject({ provider: "bank_transfer", status: "SUCCEEDED" });
    // A second transfer for a paid order is refused and stores nothing.
    await expect(recordReceivedTransfer(db, actor(), order.orderId, transfer(100))).rejects.toMatchObject({
      code: "conflict",
    });
    expect((await effects(order.orderId, variant)).transfers).toBe(1);
  });

  it("an underpayment is stored and flagged, not accepted; the rest completes it", async () => {
    const order = await placeBankTransferOrder(db, [{ priceMinor: 4000, quantity: 1 }]);
    const variant = order.variants[0]?.id ?? "";
    const short = await recordReceivedTransfer(db, actor(), order.orderId, transfer(order.totalMinor - 1000));
    expect(short).toMatchObject({ outcome: "UNDERPAID", receivedMinor: order.totalMinor - 1000 });
    const flagged = await effects(order.orderId, variant);
    expect(flagged.order.status).toBe("PENDING_PAYMENT");
    expect(flagged.order.attentionReason).toMatch(/Bank transfer short: .*10\.00 missing/);
    expect(flagged).toMatchObject({ invoices: 0, confirmations: 0, transfers: 1 });

    const rest = await recordReceivedTransfer(db, actor(), order.orderId, transfer(1000));
    expect(rest).toMatchObject({ outcome: "PAID", receivedMinor: order.totalMinor });
    expect(await effects(order.orderId, variant)).toMatchObject({
      order: { status: "PAID" },
      invoices: 1,
      confirmations: 1,
      transfers: 2,
    });
  });

  it("an overpayment is flagged and waits until staff accept it", async () => {
    const order = await placeBankTransferOrder(db, [{ priceMinor: 1500, quantity: 1 }]);
    const variant = order.variants[0]?.id ?? "";
    const over = await recordReceivedTransfer(db, actor(), order.orderId, transfer(order.totalMinor + 250));
    expect(over.outcome).toBe("OVERPAID");
    expect((await effects(order.orderId, variant)).order).toMatchObject({
      status: "PENDING_PAYMENT",
      attentionReason: expect.stringMatching(/Bank transfer over: .*refund .*2\.50/) as unknown,
    });
    // Accepting it: the order is paid, and the difference stays flagged for a refund.
    const accepted = await recordReceivedTransfer(db, actor(), order.orderId, transfer(1, { acceptOverpayment: true }));
    expect(accepted.outcome).toBe("PAID");
    expect(await effects(order.orderId, variant)).toMatchObject({
      order: { status: "PAID", attentionReason: expect.stringMatching(/Overpaid .*2\.51 to refund/) as unknown },
      invoices: 1,
      confirmations: 1,
    });
  });
});

describe("POST /api/admin/orders/{id}/bank-transfers", () => {
  let bankOrder: Awaited<ReturnType<typeof placeBankTransferOrder>>;
  let cardOrder = "";
  let paidOrder = "";
  beforeAll(async () => {
    bankOrder = await placeBankTransferOrder(db, [{ priceMinor: 1200, quantity: 1 }]);
    cardOrder = (await placeUnpaidOrder(db, [{ priceMinor: 1200, quantity: 1 }])).orderId;
    paidOrder = (await placePaidOrder(db, [{ priceMinor: 1200, quantity: 1 }])).orderId;
  });

  it("records a transfer and answers with the order", async () => {
    session.user = staff;
    const response = await call(postTransfer, `/api/admin/orders/${bankOrder.orderId}/bank-transfers`, {
      ...json(transfer(bankOrder.totalMinor, { reference: "VS 1" })),
      params: { id: bankOrder.orderId },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ transfer: { outcome: "PAID" }, order: { status: "PAID" } });
  });

  const future = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
  const cases: [string, () => string, () => RequestInit, number, string][] = [
    ["a negative amount", () => bankOrder.orderId, () => json(transfer(-100)), 400, "invalid_input"],
    ["a fractional amount", () => bankOrder.orderId, () => json(transfer(10.5)), 400, "invalid_input"],
    [
      "an amount as text",
      () => bankOrder.orderId,
      () => json({ ...transfer(1), amount: { amountMinor: "1", currency: "EUR" } }),
      400,
      "invalid_input",
    ],
    [
      "a lower-case currency",
      () => bankOrder.orderId,
      () => json({ ...transfer(1), amount: { amountMinor: 1, currency: "eur" } }),
      400,
      "invalid_input",
    ],
    [
      "a date in the future",
      () => bankOrder.orderId,
      () => json(transfer(1, { receivedOn: future })),
      400,
      "invalid_input",
    ],
    [
      "a date that does not exist",
      () => bankOrder.orderId,
      () => json(transfer(1, { receivedOn: "2026-02-30" })),
      400,
      "invalid_input",
    ],
    [
      "a reference with a line break",
      () => bankOrder.orderId,
      () => json(transfer(1, { reference: "a\r\nb" })),
      400,
      "invalid_input",
    ],
    [
      "a NUL in the payer",
      () => bankOrder.orderId,
      () => json(transfer(1, { counterparty: "x\u0000" })),
      400,
      "invalid_input",
    ],
    ["an unknown field", () => bankOrder.orderId, () => json(transfer(1, { status: "PAID" })), 400, "invalid_input"],
    ["broken JSON", () => bankOrder.orderId, () => json('{"amount":'), 400, "invalid_input"],
    [
      "another currency than the order's",
      () => cardOrder,
      () => json({ ...transfer(1), amount: { amountMinor: 1, currency: "CZK" } }),
      409,
      "conflict",
    ],
    ["an order paid by card", () => cardOrder, () => json(transfer(1200)), 409, "conflict"],
    ["an order already paid", () => paidOrder, () => json(transfer(1200)), 409, "conflict"],
    ["an unknown order", () => randomUUID(), () => json(transfer(1200)), 404, "not_found"],
    ["a malformed order id", () => "not-a-uuid", () => json(transfer(1200)), 400, "invalid_input"],
  ];
  it.each(cases)("refuses %s", async (_label, id, init, status, code) => {
    session.user = staff;
    const before = await db.bankTransfer.count();
    const response = await call(postTransfer, `/api/admin/orders/${id()}/bank-transfers`, {
      ...init(),
      params: { id: id() },
    });
    expect(response.status).toBe(status);
    expect(errorOf(response.body).code).toBe(code);
    expect(await db.bankTransfer.count()).toBe(before);
  });

  it.each<[string, CurrentUser | null, number]>([
    ["a visitor", null, 401],
    ["a customer", { id: randomUUID(), email: "c@example.com", name: "C", role: "CUSTOMER" }, 403],
  ])("refuses %s", async (_label, user, status) => {
    session.user = user;
    const order = await placeBankTransferOrder(db, [{ priceMinor: 900, quantity: 1 }]);
    const response = await call(postTransfer, `/api/admin/orders/${order.orderId}/bank-transfers`, {
      ...json(transfer(order.totalMinor)),
      params: { id: order.orderId },
    });
    expect(response.status).toBe(status);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.orderId } })).status).toBe("PENDING_PAYMENT");
    expect(await db.bankTransfer.count({ where: { orderId: order.orderId } })).toBe(0);
  });
});

describe("bank statements", () => {
  it("the camt.053 fixture: a credit with RmtInf and one with the reference only in EndToEndId pay their orders", async () => {
    const first = await placeBankTransferOrder(db, [{ priceMinor: 4990, quantity: 1 }]);
    const second = await placeBankTransferOrder(db, [{ priceMinor: 12000, quantity: 1 }]);
    const fixture = readFileSync(path.join(import.meta.dirname, "../fixtures/bank/camt053-eur.xml"), "utf8");
    const amount = (minor: number) => (minor / 100).toFixed(2);
    // The fixture's references and amounts, made this database's orders (and its entry ids this run's own).
    const run = randomUUID().slice(0, 8);
    // The fixture's other entries name orders 100044–100048; moved out of the way first, since this database's own
    // order numbers may have reached them.
    const xml = fixture
      .replaceAll("RF72100044", creditorReference("9100044"))
      .replace(/\b10004([4-8])\b/g, "910004$1")
      .replaceAll("<Ustrd>100042</Ustrd>", `<Ustrd>${first.number}</Ustrd>`)
      .replaceAll('<Amt Ccy="EUR">49.90</Amt>', `<Amt Ccy="EUR">${amount(first.totalMinor)}</Amt>`)
      .replaceAll("<EndToEndId>100043</EndToEndId>", `<EndToEndId>${second.number}</EndToEndId>`)
      .replaceAll('<Amt Ccy="EUR">120.00</Amt>', `<Amt Ccy="EUR">${amount(second.totalMinor)}</Amt>`)
      .replaceAll("20261204-0000", `${run}-`);

    session.user = staff;
    const preview = await call(postPreview, "/api/admin/bank-statements/preview", json({ statement: xml }));
    expect(preview.status).toBe(200);
    const body = preview.body as { applicable: number; matches: { kind: string; order?: { orderId: string } }[] };
    expect(body.applicable).toBe(2);
    expect(body.matches.filter((m) => m.kind === "matched").map((m) => m.order?.orderId)).toEqual([
      first.orderId,
      second.orderId,
    ]);
    expect(await db.bankTransfer.count({ where: { orderId: { in: [first.orderId, second.orderId] } } })).toBe(0);

    const applied = await call(postApply, "/api/admin/bank-statements/apply", json({ statement: xml }));
    expect(applied.status).toBe(200);
    expect((applied.body as { paid: unknown[] }).paid).toHaveLength(2);
    for (const order of [first, second]) {
      expect(await effects(order.orderId, order.variants[0]?.id ?? "")).toMatchObject({
        order: { status: "PAID" },
        invoices: 1,
        confirmations: 1,
        transfers: 1,
      });
    }
  });

  it("the same statement uploaded twice pays nothing twice, and the preview says it was recorded", async () => {
    const orders = [
      await placeBankTransferOrder(db, [{ priceMinor: 1111, quantity: 1 }]),
      await placeBankTransferOrder(db, [{ priceMinor: 2222, quantity: 1 }]),
    ];
    const csv = csvFor(orders.map((o) => ({ number: o.number, amountMinor: o.totalMinor })));
    expect((await applyBankStatement(db, actor(), csv)).paid).toHaveLength(2);
    const before = await Promise.all(orders.map((o) => effects(o.orderId, o.variants[0]?.id ?? "")));

    const again = await applyBankStatement(db, actor(), csv);
    expect(again.paid).toHaveLength(0);
    const preview = await previewBankStatement(db, csv);
    expect(preview.matches.map((m) => m.kind)).toEqual(["already_recorded", "already_recorded"]);
    expect(await Promise.all(orders.map((o) => effects(o.orderId, o.variants[0]?.id ?? "")))).toEqual(before);
  });

  it("under- and over-payments are shown in the preview and not applied", async () => {
    const under = await placeBankTransferOrder(db, [{ priceMinor: 3000, quantity: 1 }]);
    const over = await placeBankTransferOrder(db, [{ priceMinor: 3000, quantity: 1 }]);
    const csv = csvFor([
      { number: under.number, amountMinor: under.totalMinor - 1 },
      { number: over.number, amountMinor: over.totalMinor + 1 },
    ]);
    const preview = await previewBankStatement(db, csv);
    expect(preview.matches.map((m) => (m.kind === "matched" ? [m.amountCheck, m.differenceMinor] : m.kind))).toEqual([
      ["underpaid", -1],
      ["overpaid", 1],
    ]);
    expect(preview.applicable).toBe(0);
    expect((await applyBankStatement(db, actor(), csv)).paid).toHaveLength(0);
    for (const order of [under, over]) {
      expect(await effects(order.orderId, order.variants[0]?.id ?? "")).toMatchObject({
        order: { status: "PENDING_PAYMENT" },
        transfers: 0,
        invoices: 0,
      });
    }
  });

  it.each([
    ["an empty statement", { statement: "" }, 400],
    ["XML with an entity declaration", { statement: '<!DOCTYPE d [<!ENTITY a "a">]><Document/>' }, 400],
    ["a CSV without the reference column", { statement: "date,amount,currency\n2026-12-04,1.00,EUR" }, 400],
    ["a statement over 2 MB", { statement: `date,amount,currency,reference\n${"x".repeat(2_100_000)}` }, 400],
    ["no statement field", { file: "x" }, 400],
  ])("refuses %s with a field message", async (_label, body, status) => {
    session.user = staff;
    const response = await call(postApply, "/api/admin/bank-statements/apply", json(body));
    expect(response.status).toBe(status);
    expect(errorOf(response.body).code).toBe("invalid_input");
  });

  it("refuses a read-only visitor to apply", async () => {
    session.user = null;
    const response = await call(postApply, "/api/admin/bank-statements/apply", json({ statement: "x" }));
    expect(response.status).toBe(401);
  });
});

describe("concurrency and expiry", () => {
  it("staff marking paid and a statement matching the same order at once: paid once, one stock move, invoice and e-mail", async () => {
    for (let round = 0; round < 4; round++) {
      const order = await placeBankTransferOrder(db, [{ priceMinor: 1999, quantity: 3, stock: 10 }]);
      const variant = order.variants[0]?.id ?? "";
      const csv = csvFor([{ number: order.number, amountMinor: order.totalMinor }]);
      const outcomes = await Promise.allSettled([
        recordReceivedTransfer(db, actor(), order.orderId, transfer(order.totalMinor)),
        applyBankStatement(db, actor(), csv),
      ]);
      const manual = outcomes[0];
      const statement = outcomes[1];
      const manualPaid = manual.status === "fulfilled" && manual.value.outcome === "PAID";
      const statementPaid = statement.status === "fulfilled" && statement.value.paid.length === 1;
      expect([manualPaid, statementPaid].filter(Boolean)).toHaveLength(1);
      if (manual.status === "rejected") expect(manual.reason).toBeInstanceOf(AppError);
      expect(statement.status).toBe("fulfilled");
      expect(await effects(order.orderId, variant)).toEqual({
        order: { status: "PAID", attentionReason: null },
        stock: { stockOnHand: 7, stockReserved: 0 },
        invoices: 1,
        confirmations: 1,
        transfers: 1,
        paidEvents: 1,
      });
    }
  });

  it("two uploads of one statement at once pay each order once", async () => {
    const order = await placeBankTransferOrder(db, [{ priceMinor: 777, quantity: 1 }]);
    const csv = csvFor([{ number: order.number, amountMinor: order.totalMinor }]);
    const results = await Promise.all([applyBankStatement(db, actor(), csv), applyBankStatement(db, actor(), csv)]);
    expect(results.map((r) => r.paid.length).sort()).toEqual([0, 1]);
    expect(await effects(order.orderId, order.variants[0]?.id ?? "")).toMatchObject({ invoices: 1, transfers: 1 });
  });

  it("after the due date the order expires and gives its stock back exactly once", async () => {
    const order = await placeBankTransferOrder(db, [{ priceMinor: 1000, quantity: 2, stock: 6 }], { placedDaysAgo: 9 });
    const variant = order.variants[0]?.id ?? "";
    expect(await stockOf(db, variant)).toEqual({ stockOnHand: 6, stockReserved: 2 });
    await Promise.all([expireUnpaidOrders(db), expireUnpaidOrders(db), expireUnpaidOrders(db)]);
    await expireUnpaidOrders(db);
    expect(await stockOf(db, variant)).toEqual({ stockOnHand: 6, stockReserved: 0 });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.orderId } })).status).toBe("EXPIRED");
    expect(await db.orderEvent.count({ where: { orderId: order.orderId, toStatus: "EXPIRED" } })).toBe(1);
    // Money arriving after expiry is not silently taken: refused, nothing stored.
    await expect(recordReceivedTransfer(db, actor(), order.orderId, transfer(order.totalMinor))).rejects.toMatchObject({
      code: "conflict",
    });
    const csv = csvFor([{ number: order.number, amountMinor: order.totalMinor }]);
    expect((await previewBankStatement(db, csv)).matches[0]?.kind).toBe("unmatched");
  });
});
