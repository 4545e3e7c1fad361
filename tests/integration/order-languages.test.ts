import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { POST as addLine } from "@/app/api/cart/lines/route";
import { POST as checkout } from "@/app/api/checkout/route";
import { POST as contact } from "@/app/api/contact/route";
import type { CheckoutResult } from "@/lib/checkout/checkout-order";
import { replyToContactMessage } from "@/lib/contact/reply-to-contact-message";
import { createDb } from "@/lib/db/client";
import { findInvoicePdfForOrder } from "@/lib/invoices/find-invoice-pdf";
import { deliverNextEmail } from "@/lib/mail/deliver-next-email";
import { createMailTransport } from "@/lib/mail/transport";
import { applyPaymentEvent } from "@/lib/payments/apply-payment-event";
import { DEMO_DELIVERY } from "@/prisma/seed/delivery-data";
import { actorOf, createAccount } from "../support/admin-people";
import { validContact, visitorAddress } from "../support/contact";
import { createTestVariant } from "../support/fixtures";
import { pdfText } from "../support/pdf-text";
import { call } from "../support/route";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink";

// An order remembers the language it was placed in; its e-mails and invoice speak it, with that language's number,
// money and date formats. An English shopper's order stays English. Contact messages likewise.

const db = createDb(inject("databaseUrl"), 4);
let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.close();
  await db.$disconnect();
});

/** Intl puts no-break spaces in "1 234,50 €"; compared as plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

async function mailTo(recipient: string) {
  const transport = createMailTransport(db, sink.url);
  // Only this test's shopper: other files share the database and their mail is theirs to deliver.
  const options = { leaseMs: 60_000, retryBaseMs: 1_000, maxAttempts: 3, recipients: [recipient] };
  while ((await deliverNextEmail(db, transport, options)) !== "idle");
  transport.close();
  const mails = sink.received.filter((mail) => mail.envelopeTo.includes(recipient));
  return mails.map((mail) => ({
    subject: mail.parsed.subject ?? "",
    text: plain(mail.parsed.text ?? ""),
    html: plain(String(mail.parsed.html)),
    attachments: mail.parsed.attachments,
  }));
}

/** Through the JSON API, as a client whose Accept-Language is given: cart, checkout, then the test payment. */
async function placeAndPay(email: string, acceptLanguage: string) {
  const { product, variant } = await createTestVariant(db, {
    stock: 5,
    priceMinor: 123_450,
    vatRateBps: 2100,
    name: "Little Yellow Shirt",
  });
  // The product's Czech name: a Czech order's lines, e-mails and invoice use it, an English one the shop's own.
  await db.productTranslation.create({ data: { productId: product.id, language: "cs", name: "Košile Žluťoučká" } });
  const added = await call(addLine, "/api/cart/lines", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ variantId: variant.id, quantity: 1 }),
  });
  expect(added.status).toBe(201);
  const cookie = (added.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const placed = await call(checkout, "/api/checkout", {
    method: "POST",
    headers: { "content-type": "application/json", cookie, "accept-language": acceptLanguage },
    body: JSON.stringify({
      email,
      shippingAddress: {
        name: "Jana Nováková",
        line1: "Dlouhá 12",
        city: "Praha",
        postalCode: "110 00",
        country: "CZ",
      },
      shippingMethodId: DEMO_DELIVERY.methods.domesticStandard,
      paymentMethod: "test",
      idempotencyKey: randomUUID(),
      termsAccepted: true,
    }),
  });
  expect(placed.status).toBe(201);
  const { orderId } = placed.body as CheckoutResult;
  const payment = await db.payment.findFirstOrThrow({ where: { orderId } });
  const outcome = await applyPaymentEvent(db, {
    id: `evt-${randomUUID()}`,
    provider: "test",
    type: "succeeded",
    paymentReference: payment.reference ?? "",
  });
  expect(outcome).toBe("applied");
  return db.order.findUniqueOrThrow({ where: { id: orderId } });
}

describe("an order in the shopper's language", () => {
  it("placed in Czech: Czech confirmation e-mail and invoice, with Czech money and date formats and a Czech link", async () => {
    const email = `cesky-${randomUUID().slice(0, 8)}@example.cz`;
    const order = await placeAndPay(email, "cs-CZ,cs;q=0.9,en;q=0.8");
    expect(order.locale).toBe("cs");
    expect(order.currency).toBe("EUR");

    const [mail, ...others] = await mailTo(email);
    expect(others).toHaveLength(0);
    expect(mail?.subject).toBe(`Objednávka ${order.number} je potvrzena`);
    for (const part of [mail?.text, mail?.html]) {
      expect(part).toContain("Děkujeme za vaši objednávku, Jana Nováková");
      expect(part).toContain(`Platbu za objednávku ${order.number} jsme přijali.`);
      expect(part).toContain("1 234,50 €");
      expect(part).toContain("Celkem");
      expect(part).toContain("Testovací režim");
      expect(part).not.toContain("Thank you");
    }
    expect(mail?.text).toContain(`1 × Košile Žluťoučká (1 234,50 €, DPH 21 %): 1 234,50 €`);
    expect(mail?.html).toContain('<html lang="cs">');
    // The order link opens the Czech page.
    expect(mail?.text).toContain(`/cs/orders/${order.id}?token=`);

    const invoice = await findInvoicePdfForOrder(db, order.id);
    expect(invoice).not.toBeNull();
    expect(mail?.attachments[0]?.filename).toBe(invoice?.filename);
    // The invoice: Czech words (DejaVu Sans carries the diacritics), Czech money and dates.
    const text = plain(await pdfText(invoice?.pdf ?? new Uint8Array()));
    expect(text).toContain(`Faktura – daňový doklad ${invoice?.number}`);
    // Party labels are set in capitals.
    for (const label of ["DODAVATEL", "ODBĚRATEL", "Položka", "Množství", "Cena za jednotku", "Sazba DPH", "Základ"]) {
      expect(text).toContain(label);
    }
    const paidOn = new Intl.DateTimeFormat("cs", {
      day: "numeric",
      month: "numeric",
      year: "numeric",
      timeZone: "UTC",
    }).format(order.paidAt ?? new Date());
    expect(paidOn).toMatch(/^\d{1,2}\. \d{1,2}\. \d{4}$/);
    expect(text).toContain(`Datum vystavení: ${paidOn}`);
    expect(text).toContain(`Datum zdanitelného plnění: ${paidOn}`);
    expect(text).toContain("1 234,50 €");
    expect(text).toContain("Celkem k úhradě");
    expect(text).toContain("Způsob úhrady: Testovací platba");
    expect(text).toContain("TESTOVACÍ REŽIM");
    expect(text).not.toMatch(/Invoice|Seller|Total/);
    // The product as the shopper saw it in Czech, on the invoice and in the order's lines (its page and e-mails).
    expect(text).toContain("Košile Žluťoučká");
    expect(text).not.toContain("Little Yellow Shirt");
    const lines = await db.orderLine.findMany({ where: { orderId: order.id }, select: { productName: true } });
    expect(lines).toEqual([{ productName: "Košile Žluťoučká" }]);
    const stored = await db.invoice.findUniqueOrThrow({ where: { orderId: order.id } });
    expect(stored.document).toMatchObject({ language: "cs", locale: "cs" });
  });

  it("placed in English: the e-mail and the invoice stay English", async () => {
    const email = `english-${randomUUID().slice(0, 8)}@example.com`;
    const order = await placeAndPay(email, "en-GB,en;q=0.9");
    expect(order.locale).toBe("en");
    const [mail] = await mailTo(email);
    expect(mail?.subject).toBe(`Order ${order.number} confirmed`);
    expect(mail?.text).toContain("Thank you for your order, Jana Nováková");
    expect(mail?.text).toContain("€1,234.50");
    expect(mail?.text).toContain(`/orders/${order.id}?token=`);
    expect(mail?.text).not.toContain("/cs/");
    expect(mail?.html).toContain('<html lang="en">');
    const invoice = await findInvoicePdfForOrder(db, order.id);
    const text = plain(await pdfText(invoice?.pdf ?? new Uint8Array()));
    expect(text).toContain("Invoice");
    expect(text).toContain("€1,234.50");
    expect(text).not.toContain("Faktura");
    // The shop's own (English) product name, never the Czech translation.
    expect(mail?.text).toContain("1 × Little Yellow Shirt (€1,234.50");
    expect(text).toContain("Little Yellow Shirt");
    expect(text).not.toContain("Žluťoučká");
  });
});

describe("a contact message in the sender's language", () => {
  it("confirms in Czech, and staff's reply is framed in Czech", async () => {
    const email = `pisatel-${randomUUID().slice(0, 8)}@example.cz`;
    const sent = await call(contact, "/api/contact", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "accept-language": "cs",
        "x-forwarded-for": visitorAddress(),
      },
      body: JSON.stringify(
        validContact({ name: "Jana Nováková", email, subject: "RETURN", message: "Dobrý den, chci vrátit košili." }),
      ),
    });
    expect(sent.status).toBe(201);
    const { id } = sent.body as { id: string };
    expect((await db.contactMessage.findUniqueOrThrow({ where: { id } })).locale).toBe("cs");

    const [confirmation] = await mailTo(email);
    expect(confirmation?.subject).toBe("Vaši zprávu jsme přijali: Vrácení zboží (NW-10023)");
    expect(confirmation?.text).toContain("Děkujeme, Jana Nováková");
    expect(confirmation?.text).toContain("Předmět: Vrácení zboží (NW-10023)");

    const staff = await createAccount(db, { role: "ADMIN", name: "Petra" });
    await replyToContactMessage(db, actorOf(staff), {
      id,
      body: "Pošlete ji prosím zpět s vyplněným formulářem.",
      idempotencyKey: randomUUID(),
    });
    sink.received.length = 0;
    const [reply] = await mailTo(email);
    expect(reply?.subject).toBe("Re: Vrácení zboží (NW-10023)");
    expect(reply?.text).toContain("Dobrý den, Jana Nováková,");
    expect(reply?.text).toContain("S pozdravem\nPetra, ");
    expect(reply?.text).toMatch(
      /Dne \d{1,2}\. [a-zěščřžýáíéůúňťď]+ \d{4} v \d{1,2}:\d{2} jste napsali \(Vrácení zboží/,
    );
  });

  it("an English sender gets the English confirmation", async () => {
    const email = `writer-${randomUUID().slice(0, 8)}@example.com`;
    const sent = await call(contact, "/api/contact", {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": "en", "x-forwarded-for": visitorAddress() },
      body: JSON.stringify(validContact({ email, subject: "RETURN" })),
    });
    expect(sent.status).toBe(201);
    const [confirmation] = await mailTo(email);
    expect(confirmation?.subject).toBe("We received your message: A return (NW-10023)");
  });
});
