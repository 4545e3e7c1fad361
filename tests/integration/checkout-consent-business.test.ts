import { afterAll, describe, expect, inject, it } from "vitest";
import { buyerCompanySchema } from "@/lib/buyers/schemas";
import { EU_VAT_FORMATS } from "@/lib/buyers/vat-id";
import { checkoutOrder } from "@/lib/checkout/checkout-order";
import { placeOrder } from "@/lib/checkout/place-order";
import { createDb } from "@/lib/db/client";
import { currentLegalVersion } from "@/lib/legal/get-legal-document";
import { applyPaymentEvent } from "@/lib/payments/apply-payment-event";
import { checkoutInput, createTestVariant, guestCartWith, stockOf } from "../support/fixtures";
import { pdfText } from "../support/pdf-text";

// Consent and business buyers at checkout: the order records the terms and privacy notice in force when it was
// placed and when; a company's name, registration number and VAT ID reach the invoice PDF.
const db = createDb(inject("databaseUrl"), 4);
afterAll(() => db.$disconnect());

async function placeAndPay(input: ReturnType<typeof checkoutInput>) {
  const { variant } = await createTestVariant(db, { stock: 5, priceMinor: 2500 });
  const cart = await guestCartWith(db, [{ variantId: variant.id, quantity: 1 }]);
  const placed = await placeOrder(db, cart, input, { paymentProvider: "test" });
  if (!placed.payment) throw new Error("no payment attempt");
  const reference = `test_${placed.payment.id}`;
  await db.payment.update({ where: { id: placed.payment.id }, data: { reference } });
  const outcome = await applyPaymentEvent(db, {
    id: `test:${placed.payment.id}:succeeded`,
    provider: "test",
    type: "succeeded",
    paymentReference: reference,
    amountMinor: placed.payment.amountMinor,
    currency: placed.payment.currency,
  });
  expect(outcome).toBe("applied");
  return placed.orderId;
}

describe("consent at checkout", () => {
  it("records the versions of the terms and privacy notice in force, and when they were accepted", async () => {
    const before = Date.now();
    const orderId = await placeAndPay(checkoutInput());
    const [terms, privacy] = await Promise.all([currentLegalVersion(db, "TERMS"), currentLegalVersion(db, "PRIVACY")]);
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
    expect(order.termsVersionId).toBe(terms?.id);
    expect(order.privacyVersionId).toBe(privacy?.id);
    expect(order.termsAcceptedAt?.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(order.termsAcceptedAt?.getTime()).toBeLessThanOrEqual(Date.now());
    expect(order.buyerCompany).toBeNull();
    expect(order.billingAddress).toBeNull();
  });

  it("refuses a consent without versions or time at the database", async () => {
    const order = await db.order.findFirstOrThrow({ where: { termsVersionId: { not: null } } });
    await expect(
      db.$executeRaw`UPDATE orders SET "termsAcceptedAt" = NULL WHERE id = ${order.id}::uuid`,
    ).rejects.toThrow(/orders_terms_acceptance_check/);
  });
});

describe("business buyers", () => {
  it("prints the company name, registration number and VAT ID and the billing address on the invoice", async () => {
    const orderId = await placeAndPay(
      checkoutInput({
        company: { name: "Pražská Obchodní s.r.o.", registrationNumber: "27082440", vatId: "CZ27082440" },
        billingAddress: {
          name: "Účtárna",
          line1: "Václavské náměstí 1",
          city: "Praha",
          postalCode: "110 00",
          country: "CZ",
        },
      }),
    );
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
    expect(order.buyerCompany).toEqual({
      name: "Pražská Obchodní s.r.o.",
      registrationNumber: "27082440",
      vatId: "CZ27082440",
    });
    const invoice = await db.invoice.findUniqueOrThrow({ where: { orderId } });
    const text = await pdfText(invoice.pdf);
    expect(text).toContain("Pražská Obchodní s.r.o.");
    expect(text).toContain("Company ID: 27082440");
    expect(text).toContain("VAT ID: CZ27082440");
    expect(text).toContain("Václavské náměstí 1");
  });

  it("refuses a VAT ID an online check says is not registered, storing nothing (the VIES hook)", async () => {
    const { variant } = await createTestVariant(db, { stock: 3 });
    const ref = await guestCartWith(db, [{ variantId: variant.id, quantity: 1 }]);
    const checked: string[] = [];
    await expect(
      checkoutOrder(db, {
        ref,
        checkout: checkoutInput({ company: { name: "Firma GmbH", vatId: "DE123456789" } }),
        clientAddress: "203.0.113.77",
        vatIdVerifier: {
          verify: (vatId) => {
            checked.push(vatId);
            return Promise.resolve("invalid");
          },
        },
      }),
    ).rejects.toMatchObject({
      code: "invalid_input",
      details: { fields: { "company.vatId": expect.any(String) as string } },
    });
    expect(checked).toEqual(["DE123456789"]);
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 3, stockReserved: 0 });
    expect(await db.orderLine.count({ where: { variantId: variant.id } })).toBe(0);
  });

  it.each([
    ["CZ12345678", "CZ12345678"],
    ["cz 123 456 7890", "CZ1234567890"],
    ["DE123456789", "DE123456789"],
    ["ATU12345678", "ATU12345678"],
    ["BE0123456789", "BE0123456789"],
    ["EL123456789", "EL123456789"],
    ["ESX1234567R", "ESX1234567R"],
    ["FR4K123456789", "FR4K123456789"],
    ["IE1234567T", "IE1234567T"],
    ["IE1234567WA", "IE1234567WA"],
    ["NL123456789B01", "NL123456789B01"],
    ["SE123456789701", "SE123456789701"],
    ["SK1234567890", "SK1234567890"],
    ["XI123456789", "XI123456789"],
  ])("accepts the VAT ID %j as %j", (vatId, normalised) => {
    expect(buyerCompanySchema.parse({ name: "Co", vatId }).vatId).toBe(normalised);
  });

  it("has a format for each of the 27 member states and Northern Ireland", () => {
    expect(Object.keys(EU_VAT_FORMATS).sort()).toEqual(
      "AT BE BG CY CZ DE DK EE EL ES FI FR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK XI".split(" "),
    );
  });
});
