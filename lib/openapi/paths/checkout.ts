import { z } from "zod";
import { safeString } from "@/lib/validation";
import type { CheckoutResult } from "@/lib/checkout/checkout-order";
import type { CheckoutOptions } from "@/lib/checkout/checkout-options";
import { checkoutOptionsQuerySchema, checkoutSchema, paymentMethodIds } from "@/lib/checkout/schemas";
import type { ApiOperation } from "../registry";

const moneySchema = z.object({ amountMinor: z.number().int(), currency: safeString() });

const paymentInstructionsSchema = z
  .object({
    accountHolder: safeString().meta({ description: "The name the account is held in (the payee)." }),
    iban: safeString().meta({ description: "The shop's IBAN, without spaces.", example: "CZ6508000000192000145399" }),
    bic: safeString().nullable().meta({ description: "The bank's BIC (SWIFT code), when configured." }),
    amount: moneySchema.meta({
      description: "What to transfer, in minor units: the order total, less any transfer already received.",
    }),
    reference: safeString().meta({
      description:
        "The payment reference to quote: a numeric variable symbol (1-10 digits) derived from the order number. Czech banks carry it as the variable symbol, SEPA banks in the remittance text.",
      example: "100042",
    }),
    dueDate: safeString().meta({
      description:
        "The last day the money may arrive (YYYY-MM-DD, the shop's time zone). The stock stays reserved until that day ends; then the unpaid order expires.",
      example: "2026-12-12",
    }),
    qrPayload: safeString().nullable().meta({
      description:
        'The exact text encoded in the payment QR code: EPC QR (EPC069-12 "GiroCode", BCD/002) for EUR, SPAYD ("QR Platba", SPD*1.0*…) for CZK. Null for other currencies.',
    }),
  })
  .meta({ id: "PaymentInstructions" });

const checkoutResultSchema: z.ZodType<CheckoutResult> = z
  .object({
    orderId: z.uuid(),
    number: safeString().meta({ description: "The order number shown to the shopper." }),
    orderUrl: safeString().meta({ description: "The order's page; it also offers to retry a failed payment." }),
    paymentUrl: safeString().nullable().meta({
      description:
        "Where the shopper pays online. Null for bank transfer and cash on delivery, and when the payment service could not be reached (then paymentError says why).",
    }),
    paymentError: safeString()
      .nullable()
      .meta({ description: "Why there is no paymentUrl; the order is kept and can be paid later." }),
    paymentInstructions: paymentInstructionsSchema.nullable().meta({
      description:
        "Bank transfer: how to pay. Also on the order page and in the e-mail sent with the order. Null for other payment methods.",
    }),
  })
  .meta({ id: "CheckoutResult" });

const checkoutOptionsSchema: z.ZodType<CheckoutOptions> = z
  .object({
    country: safeString(),
    countryName: safeString(),
    shippingMethods: z.array(
      z.object({
        id: z.uuid(),
        name: safeString(),
        description: safeString(),
        kind: z.enum(["HOME_DELIVERY", "CLICK_AND_COLLECT"]),
        price: moneySchema.meta({ description: "For the caller's cart (weight band, free-from), VAT included." }),
        paymentMethods: z.array(z.enum(paymentMethodIds)),
        pickupLocations: z.array(
          z.object({ id: z.uuid(), name: safeString(), address: safeString(), openingHours: safeString() }),
        ),
      }),
    ),
    paymentMethods: z.array(
      z.object({
        id: z.enum(paymentMethodIds),
        name: safeString(),
        instructions: safeString(),
        surcharge: moneySchema.nullable(),
      }),
    ),
  })
  .meta({ id: "CheckoutOptions" });

export const checkoutOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/checkout/options",
    tag: "Checkout",
    summary: "Delivery options for a country and the caller's cart, with the payment methods each allows",
    description:
      "Delivery methods of the zone the country belongs to that can take the caller's cart (weight bands, currency), each priced for it (free-from thresholds compare the goods before any discount code), with the payment methods it allows and, for click & collect, the pickup locations. Card appears only when Stripe is configured, test only in test mode, bank transfer only with a bank account in the cart's currency. A country outside every zone is refused with 400. Names, descriptions, opening hours, payment instructions and the country's name are in the language Accept-Language asks for (staff's translation of each text, else the shop's own), said by Content-Language.",
    query: checkoutOptionsQuerySchema,
    success: { status: 200, description: "The options.", schema: checkoutOptionsSchema },
  },
  {
    method: "post",
    path: "/api/checkout",
    tag: "Checkout",
    summary: "Places the cart as an order and starts the payment",
    description:
      "Re-prices the caller's cart from current prices and the delivery settings, checks that the delivery method serves the address's country (click & collect needs `pickupLocationId` and no address: send `recipient`) and allows the payment method, reserves the stock (all or nothing; cash on delivery takes it out at once and confirms the order; bank transfer holds it until the end of the due day, by default 7 days ahead) and writes the order, then hands off to the payment provider (card, test). A method not offered — card without Stripe keys, test outside test mode — is refused with 400 and nothing is stored. Send the same `idempotencyKey` again (a retry, a double click) and you get the same order, never a second one. If the payment service is down the order is still placed: `paymentUrl` is null and `paymentError` says why; pay later with POST /api/orders/{id}/payment. For bank transfer the answer carries `paymentInstructions` (account, amount, reference, due date and the QR code's exact text) and the same instructions are e-mailed. Rate-limited per client address. `termsAccepted: true` is required: it records that the shopper accepted the terms and conditions and the privacy notice in force (GET /terms, /privacy), stored with the order with their versions and the time; without it the answer is 400 with a field error on `termsAccepted` and nothing is stored. A business buyer sends `company` (name; optional registration number and VAT ID, whose format is checked per EU country prefix, e.g. CZ and 8–10 digits, DE and 9 digits: a malformed one is a 400 field error on `company.vatId`) and may send a `billingAddress` for the invoice; both are printed on the invoice and credit notes.",
    body: checkoutSchema,
    example: {
      email: "shopper@example.com",
      shippingAddress: {
        name: "Ada Shopper",
        line1: "1 Main Street",
        city: "Dublin",
        postalCode: "D01 F5P2",
        country: "IE",
      },
      shippingMethodId: "5d1b0000-0000-4000-8000-000000000004",
      paymentMethod: "bank_transfer",
      idempotencyKey: "6f1c2b0a-3d4e-4f5a-8b9c-0d1e2f3a4b5c",
      company: { name: "Shopper Trading Ltd", registrationNumber: "IE123456", vatId: "IE1234567T" },
      billingAddress: {
        name: "Accounts Payable",
        line1: "2 Dock Road",
        city: "Dublin",
        postalCode: "D02 X285",
        country: "IE",
      },
      termsAccepted: true,
    },
    success: {
      status: 201,
      description: "The order placed (or found again by its key).",
      schema: checkoutResultSchema,
    },
    errors: ["conflict", "out_of_stock", "rate_limited"],
  },
];
