import { z } from "zod";
import { schemaMessage, serverMessage } from "@/lib/i18n/server-message";
import type { PaymentMethod } from "@/lib/generated/prisma/client";
import { buyerCompanySchema } from "@/lib/buyers/schemas";
import { safeString } from "@/lib/validation";

// One line of text: no control characters (so nothing can break an e-mail header or an invoice line). The message
// for a missing value is a fixed sentence, so that it can be translated (lib/i18n/server-text.ts).
const line = (required: string, label: string, max: number) =>
  safeString({ error: required })
    .trim()
    .min(1, required)
    .max(
      max,
      schemaMessage("{label} has at most {max, plural, one {# character} other {# characters}}.", {
        label: serverMessage(label),
        max,
      }),
    )
    .regex(/^[^\p{Cc}]*$/u, schemaMessage("{label} must be a single line of text.", { label: serverMessage(label) }));

const optionalLine = (label: string, max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    line(schemaMessage("{label} is required.", { label: serverMessage(label) }), label, max).optional(),
  );

/** ISO 3166-1 alpha-2; whether the shop delivers there is decided by the delivery zones. */
export const countryCodeSchema = safeString({ error: "Choose a country we deliver to." })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "Choose a country we deliver to.");

export const paymentMethodIds = [
  "card",
  "bank_transfer",
  "cash_on_delivery",
  "test",
] as const satisfies readonly PaymentMethod[];
export const paymentMethodSchema = z.enum(paymentMethodIds, { error: "Choose a payment method." });

/** Click & collect: who collects the order (no address needed). */
export const recipientSchema = z.strictObject({
  name: line("Name is required.", "Name", 100),
  phone: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    safeString()
      .trim()
      .regex(/^\+?[0-9 ()-]{6,20}$/, "Enter a phone number with digits only, e.g. +420 601 234 567.")
      .optional(),
  ),
});

export const shippingAddressSchema = z.strictObject({
  name: line("Name is required.", "Name", 100),
  line1: line("Address is required.", "Address", 120),
  line2: optionalLine("Address line 2", 120),
  city: line("City is required.", "City", 80),
  postalCode: safeString({ error: "Postal code is required." })
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9 -]{1,9}$/, "Enter a valid postal code."),
  country: countryCodeSchema,
  phone: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    safeString()
      .trim()
      .regex(/^\+?[0-9 ()-]{6,20}$/, "Enter a phone number with digits only, e.g. +353 1 234 5678.")
      .optional(),
  ),
});

export const discountCodeSchema = safeString()
  .trim()
  .max(40, "That code is too long.")
  .regex(/^[A-Za-z0-9_-]*$/, "A code has only letters, digits, - and _.")
  .transform((v) => (v === "" ? undefined : v.toUpperCase()));

/** Where the invoice is addressed when it is not the delivery address (any country). */
export const billingAddressSchema = shippingAddressSchema.omit({ phone: true });
export type BillingAddress = z.infer<typeof billingAddressSchema>;

export const TERMS_NOT_ACCEPTED = "Accept the terms and conditions and the privacy notice to place the order.";

/** Everything the shopper fills in; what the review step prices. */
export const checkoutDetailsSchema = z.strictObject({
  email: safeString({ error: "E-mail is required." })
    .trim()
    .max(254, "That e-mail address is too long.")
    .pipe(z.email("Enter a valid e-mail address."))
    .transform((v) => v.toLowerCase()),
  /** Required for home delivery; click & collect needs none (give `recipient` instead). */
  shippingAddress: shippingAddressSchema.optional(),
  /** Click & collect without an address: who collects. */
  recipient: recipientSchema.optional(),
  shippingMethodId: z.uuid("Choose a delivery option."),
  /** Click & collect only: where the order is picked up. */
  pickupLocationId: z.uuid("Choose a pickup location.").optional(),
  paymentMethod: paymentMethodSchema,
  discountCode: z.preprocess((v) => (v === undefined || v === null ? "" : v), discountCodeSchema),
  /** Generated when the checkout form is shown; the same key always yields the same order. */
  idempotencyKey: z.uuid("The checkout form is out of date; reload the page."),
  /** Buying for a company: printed on the invoice. */
  company: buyerCompanySchema.optional(),
  /** The invoice's address when it differs from the delivery address. */
  billingAddress: billingAddressSchema.optional(),
});
export type CheckoutDetails = z.infer<typeof checkoutDetailsSchema>;

/** Placing the order: the details, and the shopper's explicit acceptance of the terms (never assumed). */
export const checkoutSchema = checkoutDetailsSchema.extend({
  termsAccepted: z.literal(true, { error: TERMS_NOT_ACCEPTED }),
});

export type CheckoutInput = z.infer<typeof checkoutSchema>;

export const checkoutOptionsQuerySchema = z.object({ country: countryCodeSchema });
export type ShippingAddress = z.infer<typeof shippingAddressSchema>;
export type Recipient = z.infer<typeof recipientSchema>;

/**
 * Flat form fields (name, line1, …) → the nested checkout shape. `needsAddress` is what the chosen delivery method
 * needs (known on the server from the settings), so home delivery shows every missing address field at once; when it
 * is not known, a form without any address line is taken as click & collect.
 */
export function checkoutFromForm(form: FormData, needsAddress?: boolean): unknown {
  const get = (key: string) => {
    const value = form.get(key);
    return typeof value === "string" ? value : undefined;
  };
  const blank = (key: string) => (get(key) ?? "").trim() === "";
  // Click & collect needs no address: a form without one sends only who collects.
  const noAddress = needsAddress === undefined ? blank("line1") && blank("city") && blank("postalCode") : !needsAddress;
  const pickupLocationId = get("pickupLocationId");
  return {
    email: get("email"),
    ...(noAddress
      ? { recipient: { name: get("name"), phone: get("phone") } }
      : {
          shippingAddress: {
            name: get("name"),
            line1: get("line1"),
            line2: get("line2"),
            city: get("city"),
            postalCode: get("postalCode"),
            country: get("country"),
            phone: get("phone"),
          },
        }),
    shippingMethodId: get("shippingMethodId"),
    ...(pickupLocationId ? { pickupLocationId } : {}),
    paymentMethod: get("paymentMethod"),
    discountCode: get("discountCode"),
    idempotencyKey: get("idempotencyKey"),
    // Ticked boxes only: the fields stay on the page without JavaScript, and count only with their box.
    ...(get("asCompany") === "on"
      ? {
          company: {
            name: get("companyName"),
            registrationNumber: get("companyRegistrationNumber"),
            vatId: get("companyVatId"),
          },
        }
      : {}),
    ...(get("separateBilling") === "on"
      ? {
          billingAddress: {
            name: get("billingName"),
            line1: get("billingLine1"),
            line2: get("billingLine2"),
            city: get("billingCity"),
            postalCode: get("billingPostalCode"),
            country: get("billingCountry"),
          },
        }
      : {}),
    ...(get("termsAccepted") === "on" ? { termsAccepted: true } : {}),
  };
}
