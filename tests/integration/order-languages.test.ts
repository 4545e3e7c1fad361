import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { POST as addLine } from "@/app/api/cart/lines/route";
import { POST as checkout } from "@/app/api/checkout/route";
import type { CheckoutResult } from "@/lib/checkout/checkout-order";
import { createDb } from "@/lib/db/client";
import { applyPaymentEvent } from "@/lib/payments/apply-payment-event";
import { DEMO_DELIVERY } from "@/prisma/seed/delivery-data";
import { createTestVariant } from "../support/fixtures";
import { call } from "../support/route";

// An order remembers the language it was placed in; its e-mails and invoice speak it, with that language's number,
// money and date formats. An English shopper's order stays English.

const db = createDb(inject("databaseUrl"), 4);
afterAll(() => db.$disconnect());

const CZECH = `cesky-${randomUUID().slice(0, 8)}@example.cz`;
const ENGLISH = `english-${randomUUID().slice(0, 8)}@example.com`;

/** Through the JSON API, as a client whose Accept-Language is given: cart, checkout, then the test payment. */
async function placeAndPay(email: string, acceptLanguage: string) {
  const { variant } = await createTestVariant(db, { stock: 5, priceMinor: 123_450, name: "Košile Žluťoučká" });
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
  it("remembers the language of the request that placed it", async () => {
    const czech = await placeAndPay(CZECH, "cs-CZ,cs;q=0.9,en;q=0.8");
    expect(czech.locale).toBe("cs");
    const english = await placeAndPay(ENGLISH, "en-GB,en;q=0.9");
    expect(english.locale).toBe("en");
  });
});
