import { z } from "zod";
import { safeString } from "@/lib/validation";
import { shippingCountryCodes, shippingMethodIds } from "./shipping";

// One line of text: no control characters (so nothing can break an e-mail header or an invoice line).
const line = (label: string, max: number) =>
  safeString({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} has at most ${max} characters.`)
    .regex(/^[^\p{Cc}]*$/u, `${label} must be a single line of text.`);

const optionalLine = (label: string, max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), line(label, max).optional());

export const shippingAddressSchema = z.strictObject({
  name: line("Name", 100),
  line1: line("Address", 120),
  line2: optionalLine("Address line 2", 120),
  city: line("City", 80),
  postalCode: safeString({ error: "Postal code is required." })
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9 -]{1,9}$/, "Enter a valid postal code."),
  country: z.enum(shippingCountryCodes, { error: "Choose a country we deliver to." }),
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

export const checkoutSchema = z.strictObject({
  email: safeString({ error: "E-mail is required." })
    .trim()
    .max(254, "That e-mail address is too long.")
    .pipe(z.email("Enter a valid e-mail address."))
    .transform((v) => v.toLowerCase()),
  shippingAddress: shippingAddressSchema,
  shippingMethod: z.enum(shippingMethodIds, { error: "Choose a delivery option." }),
  discountCode: z.preprocess((v) => (v === undefined || v === null ? "" : v), discountCodeSchema),
  /** Generated when the checkout form is shown; the same key always yields the same order. */
  idempotencyKey: z.uuid("The checkout form is out of date; reload the page."),
});

export type CheckoutInput = z.infer<typeof checkoutSchema>;
export type ShippingAddress = z.infer<typeof shippingAddressSchema>;

/** Flat form fields (name, line1, …) → the nested checkout shape. */
export function checkoutFromForm(form: FormData): unknown {
  const get = (key: string) => {
    const value = form.get(key);
    return typeof value === "string" ? value : undefined;
  };
  return {
    email: get("email"),
    shippingAddress: {
      name: get("name"),
      line1: get("line1"),
      line2: get("line2"),
      city: get("city"),
      postalCode: get("postalCode"),
      country: get("country"),
      phone: get("phone"),
    },
    shippingMethod: get("shippingMethod"),
    discountCode: get("discountCode"),
    idempotencyKey: get("idempotencyKey"),
  };
}
