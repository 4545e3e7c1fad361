import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { randomUUID } from "node:crypto";
import { checkoutOrder } from "@/lib/checkout/checkout-order";
import { placeOrder } from "@/lib/checkout/place-order";
import { applyPaymentEvent } from "@/lib/payments/apply-payment-event";
import { testPaymentProvider } from "@/lib/payments/test-provider";
import { createDb } from "@/lib/db/client";
import { findInvoicePdfForOrder } from "@/lib/invoices/find-invoice-pdf";
import { invoiceInputForOrder } from "@/lib/invoices/invoice-input-for-order";
import { issueInvoice } from "@/lib/invoices/issue-invoice";
import { deliverNextEmail } from "@/lib/mail/deliver-next-email";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { createMailTransport } from "@/lib/mail/transport";
import { checkoutInput, createTestVariant, guestCartWith } from "../support/fixtures";
import { pdfText } from "../support/pdf-text";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink";

const db = createDb(inject("databaseUrl"), 4);
let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.close();
  await db.$disconnect();
});
beforeEach(async () => {
  await db.emailOutbox.deleteMany();
  sink.received.length = 0;
});

async function placeTestOrder() {
  const { variant } = await createTestVariant(db, {
    stock: 5,
    priceMinor: 2599,
    vatRateBps: 2100,
    name: "Hrnek Žluťák",
  });
  const ref = await guestCartWith(db, [{ variantId: variant.id, quantity: 2 }]);
  return placeOrder(db, ref, checkoutInput({ email: "jana@example.cz" }), { paymentProvider: "test" });
}

const SHOPPERS = ["jana@example.cz", "paid@example.cz"];

async function deliverAll() {
  const transport = createMailTransport(db, sink.url);
  // Only this file's shoppers: other files share the database and their mail is theirs to deliver.
  const options = { leaseMs: 60_000, retryBaseMs: 1_000, maxAttempts: 3, recipients: SHOPPERS };
  while ((await deliverNextEmail(db, transport, options)) !== "idle");
  transport.close();
}

describe("order e-mails from real orders", () => {
  it("confirms a paid order with its lines, VAT, address, signed link and the invoice attached", async () => {
    const placed = await placeTestOrder();
    // What the payment step does when the order is paid: issue the invoice and queue the confirmation together.
    const invoice = await db.$transaction(
      async (tx) => {
        const issued = await issueInvoice(tx, await invoiceInputForOrder(tx, placed.orderId, new Date()));
        await enqueueEmail(tx, {
          template: "order-confirmation",
          to: "jana@example.cz",
          payload: { orderId: placed.orderId },
          dedupeKey: `order-confirmation:${placed.orderId}`,
        });
        return issued;
        // As the payment step allows: the first PDF render in a cold process can take seconds on a busy machine.
      },
      { maxWait: 10_000, timeout: 30_000 },
    );
    await deliverAll();

    expect(await db.emailOutbox.findFirst()).toMatchObject({ status: "SENT" });
    const [mail] = sink.received;
    expect(mail?.envelopeTo).toEqual(["jana@example.cz"]);
    expect(mail?.parsed.subject).toBe(`Order ${placed.number} confirmed`);
    const html = String(mail?.parsed.html);
    expect(html).toContain(`/orders/${placed.orderId}?token=`);
    expect(html).toContain("Dlouhá 12");
    expect(mail?.parsed.text).toContain("2 × Hrnek Žluťák");
    expect(mail?.parsed.text).toContain("Shipping: €4.95");
    expect(mail?.parsed.text).toContain("Total: €56.93");
    expect(mail?.parsed.text).toMatch(/VAT 21 % on €47\.05: €9\.88/);
    // Paid through the built-in test provider: the e-mail says no money moved.
    expect(mail?.parsed.text).toContain("Test mode — no real payment was taken");
    expect(html).toContain("Test mode — no real payment was taken");

    const attachment = mail?.parsed.attachments[0];
    expect(attachment?.filename).toBe(`invoice-${invoice.number}.pdf`);
    const text = await pdfText(attachment?.content ?? Buffer.alloc(0));
    expect(text).toContain(`Invoice ${invoice.number}`);
    expect(text).toContain(`Order ${placed.number}`);
    expect(text).toContain("Jana Nováková");
    expect(text).toMatch(/Total €56\.93/);
    expect(text).toContain("Test payment");
    // A test-mode order's invoice says so in print, too.
    expect(text).toContain("TEST MODE — no real payment was made for this order.");
  });

  it("issues the invoice when the payment succeeds, and the confirmation carries it", async () => {
    const { variant } = await createTestVariant(db, { stock: 3, priceMinor: 4000 });
    const placed = await checkoutOrder(db, {
      ref: await guestCartWith(db, [{ variantId: variant.id, quantity: 1 }]),
      checkout: checkoutInput({ email: "paid@example.cz" }),
      provider: testPaymentProvider,
      clientAddress: "198.51.100.7",
    });
    expect(await findInvoicePdfForOrder(db, placed.orderId)).toBeNull();
    const payment = await db.payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
    const outcome = await applyPaymentEvent(db, {
      id: `evt-${randomUUID()}`,
      provider: "test",
      type: "succeeded",
      paymentReference: payment.reference ?? "",
    });
    expect(outcome).toBe("applied");
    const invoice = await findInvoicePdfForOrder(db, placed.orderId);
    expect(invoice?.number).toMatch(/^\d{4}-\d{6}$/);
    await deliverAll();

    const mail = sink.received.find((one) => one.envelopeTo.includes("paid@example.cz"));
    expect(mail?.parsed.attachments[0]?.filename).toBe(invoice?.filename);
    expect(await pdfText(mail?.parsed.attachments[0]?.content ?? Buffer.alloc(0))).toContain(
      `Invoice ${invoice?.number}`,
    );
  });

  it("leaves an unpaid order without an invoice, and tells of a failed payment and a shipment", async () => {
    const placed = await placeTestOrder();
    expect(await findInvoicePdfForOrder(db, placed.orderId)).toBeNull();
    await db.order.update({ where: { id: placed.orderId }, data: { trackingNumber: "PPL-0042" } });
    await db.$transaction(async (tx) => {
      await enqueueEmail(tx, {
        template: "payment-failed",
        to: "jana@example.cz",
        payload: { orderId: placed.orderId },
      });
      await enqueueEmail(tx, {
        template: "order-shipped",
        to: "jana@example.cz",
        payload: { orderId: placed.orderId },
      });
    });
    await deliverAll();

    const subjects = sink.received.map((mail) => mail.parsed.subject).sort();
    expect(subjects).toEqual([`Order ${placed.number} shipped`, `Payment for order ${placed.number} failed`]);
    const shipped = sink.received.find((mail) => mail.parsed.subject?.endsWith("shipped"));
    expect(shipped?.parsed.text).toContain("Tracking number: PPL-0042");
    for (const mail of sink.received) expect(mail.parsed.attachments).toHaveLength(0);
  });
});
