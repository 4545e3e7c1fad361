import { describe, expect, it } from "vitest";
import { contactConfirmationEmail } from "@/emails/contact-confirmation";
import { contactNotificationEmail } from "@/emails/contact-notification";
import { orderConfirmationEmail } from "@/emails/order-confirmation";
import type { OrderEmailData } from "@/emails/order-email-data";
import { orderRefundedEmail } from "@/emails/order-refunded";
import { orderShippedEmail } from "@/emails/order-shipped";
import { passwordResetEmail } from "@/emails/password-reset";
import { paymentFailedEmail } from "@/emails/payment-failed";
import type { RenderedEmail } from "@/emails/rendered-email";
import { welcomeEmail } from "@/emails/welcome";
import { headerSafe } from "@/lib/mail/header-safe";
import { retryDelayMs } from "@/lib/mail/record-delivery";
import type { ShopIdentity } from "@/lib/shop/shop-identity";

const shop: ShopIdentity = {
  name: "Obchůdek",
  legalName: "Obchůdek s.r.o.",
  addressLines: ["Dlouhá 5", "110 00 Praha 1"],
  email: "obchod@example.cz",
  logoUrl: "https://shop.example.cz/logo.png",
  baseUrl: "https://shop.example.cz",
  vatId: "CZ12345678",
  companyId: "12345678",
  locale: "en-IE",
};

const evil = `<img src=x onerror="alert(1)">`;
const order: OrderEmailData = {
  orderNumber: "ORD-7",
  customerName: `Zdeněk ${evil}`,
  currency: "EUR",
  lines: [
    { name: `Mug ${evil}`, quantity: 2, unitPriceMinor: 1210, totalMinor: 2420, vatRatePercent: 21 },
    { name: "Book", quantity: 1, unitPriceMinor: 1000, totalMinor: 1000, vatRatePercent: 10 },
  ],
  vatBreakdown: [
    { vatRatePercent: 21, netMinor: 2000, vatMinor: 420 },
    { vatRatePercent: 10, netMinor: 909, vatMinor: 91 },
  ],
  shippingMinor: 500,
  surchargeMinor: 0,
  deliveryMethod: "Standard delivery",
  paymentMethod: "Card",
  pickup: null,
  testOrder: false,
  discountMinor: 0,
  totalMinor: 3920,
  shippingAddress: { name: "Zdeněk Král", lines: ["Na Příkopě 1", "110 00 Praha"] },
  orderUrl: "https://shop.example.cz/account/orders/1",
};
const contact = {
  messageId: "m",
  name: `Eva ${evil}`,
  email: "eva@example.cz",
  subject: "Dotaz",
  body: `Ahoj ${evil}`,
};

const all: [string, RenderedEmail][] = [
  ["welcome", welcomeEmail({ name: `Eva ${evil}` }, shop)],
  [
    "password-reset",
    passwordResetEmail({ name: evil, resetUrl: "https://shop.example.cz/reset?t=abc", expiresInMinutes: 30 }, shop),
  ],
  ["contact-notification", contactNotificationEmail(contact, shop)],
  ["contact-confirmation", contactConfirmationEmail(contact, shop)],
  ["order-confirmation", orderConfirmationEmail(order, shop, null)],
  ["payment-failed", paymentFailedEmail(order, shop)],
  ["order-shipped", orderShippedEmail(order, { carrier: "PPL", trackingNumber: "PPL123" }, shop)],
  ["order-refunded", orderRefundedEmail(order, { amountMinor: 1000, creditNoteNumber: "CN-2026-000001" }, shop, null)],
];

describe("e-mail templates", () => {
  it.each(all)("%s has both parts, the shop's details, and escapes user text", (_, email) => {
    expect(email.subject.length).toBeGreaterThan(0);
    expect(email.html.startsWith("<!DOCTYPE html><html")).toBe(true);
    expect(email.html).toContain("Obchůdek s.r.o.");
    expect(email.html).toContain("Dlouhá 5, 110 00 Praha 1");
    expect(email.html).toContain('src="https://shop.example.cz/logo.png"');
    expect(email.text).toContain("110 00 Praha 1");
    expect(email.html).not.toContain("<img src=x");
  });

  it("shows the order's lines, VAT per rate, totals, address and link", () => {
    const { html, text } = orderConfirmationEmail(order, shop, null);
    for (const part of [html, text]) {
      expect(part).toContain("€24.20");
      expect(part).toMatch(/VAT 21 % on €20\.00/);
      expect(part).toMatch(/VAT 10 % on €9\.09/);
      expect(part).toContain("€39.20");
      expect(part).toContain("Na Příkopě 1");
      expect(part).toContain("https://shop.example.cz/account/orders/1");
    }
    expect(text).toContain(`Mug ${evil}`);
    expect(html).toContain("Mug &lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });
});

describe("headerSafe", () => {
  it.each([
    ["Hi\r\nBcc: a@b.c", "Hi Bcc: a@b.c"],
    ["Hi\nX: y", "Hi X: y"],
    ["tab\there", "tab here"],
    ["line\u2028sep", "line sep"],
    ["  spaced   out  ", "spaced out"],
    ["Žluťoučký kůň", "Žluťoučký kůň"],
  ])("%j → %j", (input, output) => {
    expect(headerSafe(input)).toBe(output);
    expect(headerSafe(input)).not.toMatch(/[\r\n]/);
  });
});

describe("retryDelayMs", () => {
  it("doubles from the base and stops at an hour", () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 30_000))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(30, 30_000)).toBe(3_600_000);
  });
});
