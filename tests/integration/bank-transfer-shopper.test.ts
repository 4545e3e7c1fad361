import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { POST as addLine } from "@/app/api/cart/lines/route";
import { POST as checkout } from "@/app/api/checkout/route";
import type { CheckoutResult } from "@/lib/checkout/checkout-order";
import { createDb } from "@/lib/db/client";
import { dropShopSettings } from "@/lib/delivery/settings-cache";
import { env } from "@/lib/env";
import { deliverNextEmail } from "@/lib/mail/deliver-next-email";
import { createMailTransport } from "@/lib/mail/transport";
import { expireUnpaidOrders } from "@/lib/orders/expire-unpaid-orders";
import { remindUnpaidTransfers } from "@/lib/orders/remind-unpaid-transfers";
import { dayIn } from "@/lib/payments/bank-transfer/due-date";
import { DEMO_DELIVERY } from "@/prisma/seed/delivery-data";
import { placeBankTransferOrder } from "../support/bank-transfer-orders";
import { decodeQrPng } from "../support/decode-qr";
import { createTestVariant, stockOf } from "../support/fixtures";
import { pdfText } from "../support/pdf-text";
import { call, errorOf } from "../support/route";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink";

// The shopper's side of a bank transfer against the real database and a real SMTP peer: the checkout's answer, the
// stock held until the due day ends, the instructions e-mail with its QR code and PDF, the reminder (once, whatever
// runs it at once), and expiry.

const db = createDb(inject("databaseUrl"), 8);
let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.close();
  await db.$disconnect();
});

const DAY = 86_400_000;
const address = { name: "Jana Nováková", line1: "Dlouhá 12", city: "Praha", postalCode: "110 00", country: "CZ" };
const bankCheckout = (extra: Record<string, unknown> = {}) => ({
  email: "transfer@example.com",
  shippingAddress: address,
  shippingMethodId: DEMO_DELIVERY.methods.domesticStandard,
  paymentMethod: "bank_transfer",
  idempotencyKey: randomUUID(),
  termsAccepted: true,
  ...extra,
});
const json = (body: unknown, cookie?: string) => ({
  method: "POST",
  headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
  body: typeof body === "string" ? body : JSON.stringify(body),
});

async function guestCart(stock: number, priceMinor: number, quantity = 1) {
  const { variant } = await createTestVariant(db, { stock, priceMinor });
  const added = await call(addLine, "/api/cart/lines", json({ variantId: variant.id, quantity }));
  expect(added.status).toBe(201);
  return { variant, cookie: (added.headers.get("set-cookie") ?? "").split(";")[0] ?? "" };
}

const SHOPPERS = ["transfer@example.com", "qr@example.cz", "late@example.cz", "remind@example.cz"];

async function deliverAll() {
  const transport = createMailTransport(db, sink.url);
  // Only this file's shoppers: other files share the database and their mail is theirs to deliver.
  const options = { leaseMs: 60_000, retryBaseMs: 1_000, maxAttempts: 3, recipients: SHOPPERS };
  while ((await deliverNextEmail(db, transport, options)) !== "idle");
  transport.close();
}

const outboxOf = (orderId: string, template: string) =>
  db.emailOutbox.findMany({ where: { template, payload: { path: ["orderId"], equals: orderId } } });

describe("POST /api/checkout with bank transfer", () => {
  it("answers 201 with the payment instructions and holds the stock until the due day ends", async () => {
    const { variant, cookie } = await guestCart(5, 2350, 2);
    const before = Date.now();
    const result = await call(checkout, "/api/checkout", json(bankCheckout(), cookie));
    expect(result.status, result.text).toBe(201);
    const body = result.body as CheckoutResult;
    expect(body.paymentUrl).toBeNull();
    const order = await db.order.findUniqueOrThrow({ where: { id: body.orderId } });
    const account = await db.bankAccount.findUniqueOrThrow({ where: { currency: "EUR" } });

    const dueDate = dayIn(new Date(before + 7 * DAY), env.SHOP_TIME_ZONE);
    expect(body.paymentInstructions).toEqual({
      accountHolder: account.accountHolder,
      iban: account.iban,
      bic: account.bic,
      amount: { amountMinor: order.totalMinor, currency: "EUR" },
      reference: order.number.replace(/^0+/, ""),
      dueDate,
      qrPayload: expect.any(String) as string,
    });
    // EPC069-12 for euros: the service tag, version, charset, SCT, BIC, name, IBAN, amount, purpose, reference, text.
    const amount = `EUR${(order.totalMinor / 100).toFixed(2)}`;
    expect(body.paymentInstructions?.qrPayload).toBe(
      ["BCD", "002", "1", "SCT", account.bic, account.accountHolder, account.iban, amount, "", "", order.number].join(
        "\n",
      ),
    );

    // Held, not taken, and until the last millisecond of the due day in the shop's time zone.
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 5, stockReserved: 2 });
    expect(order).toMatchObject({ status: "PENDING_PAYMENT", paymentMethod: "bank_transfer" });
    expect(order.paymentDueAt?.toISOString()).toBe(order.expiresAt.toISOString());
    expect(dayIn(order.expiresAt, env.SHOP_TIME_ZONE)).toBe(dueDate);
    expect(dayIn(new Date(order.expiresAt.getTime() + 1), env.SHOP_TIME_ZONE)).not.toBe(dueDate);
    // The instructions e-mail is queued with the order, once.
    expect(await outboxOf(order.id, "bank-transfer-instructions")).toHaveLength(1);

    // Nothing expires before the due day ends; then the stock comes back.
    await expireUnpaidOrders(db, new Date(order.expiresAt.getTime() - 1));
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 5, stockReserved: 2 });
  });

  it("a repeated idempotency key answers with the same order and instructions, queuing no second e-mail", async () => {
    const { cookie } = await guestCart(5, 1000);
    const input = bankCheckout();
    const first = await call(checkout, "/api/checkout", json(input, cookie));
    const again = await call(checkout, "/api/checkout", json(input, cookie));
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(await outboxOf((first.body as CheckoutResult).orderId, "bank-transfer-instructions")).toHaveLength(1);
  });

  it("holds the stock for the number of days staff set", async () => {
    await db.paymentMethodSetting.update({ where: { method: "bank_transfer" }, data: { reservationDays: 3 } });
    dropShopSettings();
    try {
      const order = await placeBankTransferOrder(db, [{ priceMinor: 1500, quantity: 1 }]);
      expect(order.instructions.dueDate).toBe(dayIn(new Date(Date.now() + 3 * DAY), env.SHOP_TIME_ZONE));
    } finally {
      await db.paymentMethodSetting.update({ where: { method: "bank_transfer" }, data: { reservationDays: 7 } });
      dropShopSettings();
    }
  });

  it.each([
    [
      "a delivery method that does not take bank transfer",
      {
        shippingAddress: { ...address, country: "US", postalCode: "10001", city: "New York" },
        shippingMethodId: DEMO_DELIVERY.methods.worldStandard,
      },
      "paymentMethod",
    ],
    [
      "instructions sent by the client",
      { paymentInstructions: { iban: "XX00", qrPayload: "BCD" } },
      "paymentInstructions",
    ],
    ["a due date sent by the client", { paymentDueAt: "2099-01-01" }, "paymentDueAt"],
    ["a payment method in another spelling", { paymentMethod: "BANK_TRANSFER" }, "paymentMethod"],
    ["a payment method with a control character", { paymentMethod: "bank_transfer\u0000" }, "paymentMethod"],
  ])("400 for %s, nothing stored", async (_label, patch, field) => {
    const { variant, cookie } = await guestCart(4, 1200);
    const result = await call(checkout, "/api/checkout", json(bankCheckout(patch), cookie));
    expect(result.status, result.text).toBe(400);
    const error = errorOf(result.body);
    expect(error.code).toBe("invalid_input");
    expect(Object.keys(error.fields ?? {}).some((key) => key.startsWith(field))).toBe(true);
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 4, stockReserved: 0 });
    expect(await db.orderLine.count({ where: { variantId: variant.id } })).toBe(0);
  });

  it("400 for a body that is not JSON, and 409 for an empty cart", async () => {
    expect((await call(checkout, "/api/checkout", json("{ not json"))).status).toBe(400);
    expect((await call(checkout, "/api/checkout", json(bankCheckout()))).status).toBe(409);
  });
});

describe("the instructions e-mail", () => {
  beforeEach(async () => {
    await db.emailOutbox.deleteMany();
    sink.received.length = 0;
  });

  it("carries the details, the QR code inline (decoded equal to the payload) and the order confirmation PDF", async () => {
    const order = await placeBankTransferOrder(db, [{ priceMinor: 4990, quantity: 1 }], {
      checkout: { email: "qr@example.cz" },
    });
    await deliverAll();
    const mail = sink.received.find((m) => m.envelopeTo.includes("qr@example.cz"));
    expect(mail?.parsed.subject).toBe(`Order ${order.number} received — please pay by bank transfer`);
    const text = mail?.parsed.text ?? "";
    expect(text).toContain("IBAN: CZ65 0800 0000 1920 0014 5399");
    expect(text).toContain("BIC: GIBACZPX");
    expect(text).toContain(`Reference (variable symbol): ${order.instructions.reference}`);
    expect(text).toContain("Currency: EUR");
    expect(text).toMatch(/Amount: €\d+\.\d{2}/);

    const html = String(mail?.parsed.html);
    const qr = mail?.parsed.attachments.find((a) => a.contentType === "image/png");
    expect(qr?.cid).toBe("payment-qr@shop");
    expect(qr?.related).toBe(true);
    // mailparser rewrites cid: references to data: URLs; either way the image sits where the HTML puts it.
    expect(html).toMatch(
      /<img[^>]+alt="Payment QR code for your banking app: pay €[\d.]+ to Northwind Goods s\.r\.o\., IBAN CZ65 0800/,
    );
    expect(decodeQrPng(qr?.content ?? Buffer.alloc(0))).toBe(order.instructions.qrPayload);

    const pdf = mail?.parsed.attachments.find((a) => a.contentType === "application/pdf");
    expect(pdf?.filename).toBe(`order-${order.number}.pdf`);
    const pdfContent = await pdfText(pdf?.content ?? Buffer.alloc(0));
    expect(pdfContent).toContain(`Order confirmation ${order.number}`);
    expect(pdfContent).toContain("Not a tax document");
    expect(pdfContent).toContain("CZ65 0800 0000 1920 0014 5399");
    expect(pdfContent).toContain(order.instructions.reference);
    // No invoice yet: it is issued when the money arrives.
    expect(await db.invoice.count({ where: { orderId: order.orderId } })).toBe(0);
  });

  it("asks for no money once the order is paid or closed before the message goes out", async () => {
    const order = await placeBankTransferOrder(db, [{ priceMinor: 800, quantity: 1 }], {
      checkout: { email: "late@example.cz" },
    });
    await db.order.update({ where: { id: order.orderId }, data: { status: "CANCELLED" } });
    await deliverAll();
    const mail = sink.received.find((m) => m.envelopeTo.includes("late@example.cz"));
    expect(mail?.parsed.text).toContain("no longer awaits a transfer");
    expect(mail?.parsed.text).not.toContain("IBAN");
    expect(mail?.parsed.attachments).toHaveLength(0);
  });
});

describe("reminder before the due date, and expiry after it", () => {
  it("reminds once, however many instances run the job at once, and only in the days before the due date", async () => {
    const order = await placeBankTransferOrder(db, [{ priceMinor: 1234, quantity: 1 }]);
    const due = (await db.order.findUniqueOrThrow({ where: { id: order.orderId } })).paymentDueAt ?? new Date();
    // Three days before: too early for a 2-day reminder.
    expect(await remindUnpaidTransfers(db, new Date(due.getTime() - 3 * DAY), 2)).toBe(0);
    const inWindow = new Date(due.getTime() - 2 * DAY + 60_000);
    const counts = await Promise.all(Array.from({ length: 6 }, () => remindUnpaidTransfers(db, inWindow, 2)));
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    expect(await outboxOf(order.orderId, "bank-transfer-reminder")).toHaveLength(1);
    expect(await remindUnpaidTransfers(db, new Date(due.getTime() - DAY), 2)).toBe(0);
    expect(await outboxOf(order.orderId, "bank-transfer-reminder")).toHaveLength(1);
  });

  it("does not remind a paid order, one with a short due date, or when reminders are off", async () => {
    const paid = await placeBankTransferOrder(db, [{ priceMinor: 999, quantity: 1 }]);
    await db.order.update({ where: { id: paid.orderId }, data: { status: "PAID" } });
    const row = await db.order.findUniqueOrThrow({ where: { id: paid.orderId } });
    const inWindow = new Date((row.paymentDueAt ?? new Date()).getTime() - DAY);
    await remindUnpaidTransfers(db, inWindow, 2);
    expect(await outboxOf(paid.orderId, "bank-transfer-reminder")).toHaveLength(0);

    const open = await placeBankTransferOrder(db, [{ priceMinor: 999, quantity: 1 }]);
    expect(await remindUnpaidTransfers(db, inWindow, 0)).toBe(0);
    // A 7-day reminder for a 7-day due date would fall on the day of the order: none.
    await remindUnpaidTransfers(db, new Date(), 7);
    expect(await outboxOf(open.orderId, "bank-transfer-reminder")).toHaveLength(0);
  });

  it("the reminder e-mail repeats the instructions with the QR code", async () => {
    await db.emailOutbox.deleteMany();
    sink.received.length = 0;
    const order = await placeBankTransferOrder(db, [{ priceMinor: 2100, quantity: 1 }], {
      checkout: { email: "remind@example.cz" },
    });
    const due = (await db.order.findUniqueOrThrow({ where: { id: order.orderId } })).paymentDueAt ?? new Date();
    await remindUnpaidTransfers(db, new Date(due.getTime() - DAY), 2);
    await deliverAll();
    const mails = sink.received.filter((m) => m.envelopeTo.includes("remind@example.cz"));
    const reminder = mails.find((m) => m.parsed.subject?.startsWith("Reminder:"));
    expect(mails).toHaveLength(2);
    expect(reminder?.parsed.text).toContain(`Reference (variable symbol): ${order.instructions.reference}`);
    const qr = reminder?.parsed.attachments.find((a) => a.contentType === "image/png");
    expect(decodeQrPng(qr?.content ?? Buffer.alloc(0))).toBe(order.instructions.qrPayload);
  });

  it("an overdue order expires once under concurrent runs, gives its stock back once, and is not reminded", async () => {
    const order = await placeBankTransferOrder(db, [{ priceMinor: 1000, quantity: 3, stock: 7 }], {
      placedDaysAgo: 9,
    });
    const variant = order.variants[0]?.id ?? "";
    expect(await stockOf(db, variant)).toEqual({ stockOnHand: 7, stockReserved: 3 });
    await Promise.all(Array.from({ length: 5 }, () => expireUnpaidOrders(db)));
    expect(await stockOf(db, variant)).toEqual({ stockOnHand: 7, stockReserved: 0 });
    expect(await db.orderEvent.count({ where: { orderId: order.orderId, toStatus: "EXPIRED" } })).toBe(1);
    await remindUnpaidTransfers(db, new Date(), 2);
    expect(await outboxOf(order.orderId, "bank-transfer-reminder")).toHaveLength(0);
  });
});
