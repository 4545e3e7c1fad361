import countries from "i18n-iso-countries";
import { schemaMessage, serverMessage, serverMessageIssue } from "@/lib/i18n/server-message";
import { z } from "zod";
import { env } from "@/lib/env";
import type { PaymentMethod } from "@/lib/generated/prisma/client";
import { formatDecimal, parsePrice } from "@/lib/catalog-admin/amounts";
import { safeString } from "@/lib/validation";

// What staff enter in the admin "Delivery" area, as the admin forms post it (flat fields, checkboxes present or
// absent, amounts as decimals in the shop's currency). Each rule is here once; the database CHECKs behind it are a
// backstop, never the message a person sees.

/** Heaviest weight band: 1 000 kg. */
export const MAX_BAND_GRAMS = 1_000_000;
export const MAX_WEIGHT_BANDS = 20;

/** The payment methods staff may allow with a delivery method (the test provider goes with any, see offered…). */
export const staffPaymentMethods = [
  "card",
  "bank_transfer",
  "cash_on_delivery",
] as const satisfies readonly PaymentMethod[];
export type StaffPaymentMethod = (typeof staffPaymentMethods)[number];

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const text = (label: string, max: number) =>
  safeString({ error: schemaMessage("{label} is required.", { label: serverMessage(label) }) })
    .trim()
    .min(1, schemaMessage("{label} is required.", { label: serverMessage(label) }))
    .max(
      max,
      schemaMessage("{label} has at most {max, plural, one {# character} other {# characters}}.", {
        label: serverMessage(label),
        max,
      }),
    );

const optionalText = (label: string, max: number) =>
  z.preprocess(
    (v) => (v === undefined || v === null ? "" : v),
    safeString({ error: schemaMessage("{label} must be text.", { label: serverMessage(label) }) })
      .trim()
      .max(
        max,
        schemaMessage("{label} has at most {max, plural, one {# character} other {# characters}}.", {
          label: serverMessage(label),
          max,
        }),
      ),
  );

const singleLine = (label: string, max: number) =>
  text(label, max).regex(
    /^[^\r\n]*$/,
    schemaMessage("{label} must be a single line of text.", { label: serverMessage(label) }),
  );

/** A checkbox: present (any of the values a browser or a script sends for "checked") means true. */
export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

const position = z.preprocess(
  (v) => blankToUndefined(v) ?? "0",
  z.coerce
    .number({ error: "The position must be a whole number." })
    .int("The position must be a whole number.")
    .min(0, "The position is 0 or more.")
    .max(10_000, "The position is at most 10 000."),
);

/** Blank = a new item; otherwise the id of the one edited. */
const optionalId = z.preprocess(blankToUndefined, z.uuid({ error: "Unknown item." }).optional());

/** "CZ" → "CZ" if ISO 3166-1 assigns it, else null (one rule for zones and pickup locations). */
export function isoCountry(code: string): string | null {
  const upper = code.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(upper) && countries.isValid(upper) ? upper : null;
}

const countryField = safeString({ error: "Choose a country." }).transform((value, ctx) => {
  const code = isoCountry(value);
  if (!code) {
    ctx.addIssue({ code: "custom", message: "Enter an ISO 3166-1 country code such as CZ or DE." });
    return z.NEVER;
  }
  return code;
});

/** "cz, sk de" → ["CZ", "DE", "SK"]: codes separated by commas or spaces, each assigned by ISO 3166-1, no repeats. */
const countryList = safeString({ error: "Enter at least one country code." })
  .max(2_000, "That is too long for a list of country codes.")
  .transform((value, ctx) => {
    const parts = value
      .split(/[\s,;]+/)
      .map((p) => p.trim())
      .filter(Boolean);
    const unknown = parts.filter((p) => isoCountry(p) === null);
    if (unknown.length > 0) {
      const shown = unknown.slice(0, 5).join(", ");
      ctx.addIssue(
        serverMessageIssue("Not ISO 3166-1 country codes: {codes}. Use codes such as CZ, DE.", { codes: shown }),
      );
      return z.NEVER;
    }
    if (parts.length === 0) {
      ctx.addIssue({ code: "custom", message: "Enter at least one country code, such as CZ." });
      return z.NEVER;
    }
    return [...new Set(parts.map((p) => p.toUpperCase()))].sort();
  });

/** A decimal amount in the shop's currency → minor units, exactly and within the catalog's price range. */
export function amountInShopCurrency(label: string, example: string) {
  const message = schemaMessage("{label}: enter an amount in {currency} such as {example}.", {
    label: serverMessage(label),
    currency: env.SHOP_CURRENCY,
    example,
  });
  return safeString({ error: message }).transform((value, ctx) => {
    const minor = parsePrice(value, env.SHOP_CURRENCY);
    if (minor === null) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return minor;
  });
}
const amount = amountInShopCurrency;

export interface WeightBandInput {
  maxGrams: number;
  priceMinor: number;
}

/**
 * Weight bands, one per line as "up to grams = price", e.g. "2000 = 4.95". Blank = a flat price. Bands are
 * returned ascending; two bands with the same limit are refused (the database allows only one).
 */
const weightBands = z.preprocess(
  (v) => (v === undefined || v === null ? "" : v),
  safeString({ error: "Enter the weight bands as text." })
    .max(2_000, "That is too long for a list of weight bands.")
    .transform((value, ctx): WeightBandInput[] => {
      const lines = value
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
      if (lines.length > MAX_WEIGHT_BANDS) {
        ctx.addIssue({
          code: "custom",
          message: schemaMessage("At most {count} weight bands.", { count: MAX_WEIGHT_BANDS }),
        });
        return z.NEVER;
      }
      const bands: WeightBandInput[] = [];
      for (const [index, line] of lines.entries()) {
        const match = /^(\d{1,7})\s*(?:g)?\s*[=:]\s*(\S+)$/i.exec(line);
        const maxGrams = match ? Number(match[1]) : NaN;
        const priceMinor = match?.[2] ? parsePrice(match[2], env.SHOP_CURRENCY) : null;
        const where = { number: index + 1, line: line.slice(0, 40) };
        if (!match || priceMinor === null) {
          ctx.addIssue(
            serverMessageIssue("Line {number} (“{line}”): write “up to grams = price”, e.g. 2000 = 4.95.", where),
          );
          return z.NEVER;
        }
        if (maxGrams < 1 || maxGrams > MAX_BAND_GRAMS) {
          ctx.addIssue(
            serverMessageIssue("Line {number} (“{line}”): the weight is 1 to {max} grams.", {
              ...where,
              max: MAX_BAND_GRAMS,
            }),
          );
          return z.NEVER;
        }
        if (bands.some((b) => b.maxGrams === maxGrams)) {
          ctx.addIssue(
            serverMessageIssue("Line {number} (“{line}”): there is already a band up to {grams} g.", {
              ...where,
              grams: maxGrams,
            }),
          );
          return z.NEVER;
        }
        bands.push({ maxGrams, priceMinor });
      }
      return bands.sort((a, b) => a.maxGrams - b.maxGrams);
    }),
);

/** Weight bands back as the text the form shows. */
export function weightBandsText(bands: readonly WeightBandInput[], currency: string): string {
  return bands.map((b) => `${b.maxGrams} = ${formatDecimal(b.priceMinor, currency)}`).join("\n");
}

export const zoneFormSchema = z.object({
  id: optionalId,
  name: singleLine("The name", 80),
  countries: countryList,
  position,
});
export type ZoneInput = z.output<typeof zoneFormSchema>;

export const deliveryMethodFormSchema = z
  .object({
    id: optionalId,
    zoneId: z.uuid({ error: "Choose a zone." }),
    name: singleLine("The name", 80),
    description: optionalText("The description", 200),
    kind: z.enum(["HOME_DELIVERY", "CLICK_AND_COLLECT"], { error: "Choose home delivery or click & collect." }),
    price: amount("The price", "4.95 or 0"),
    freeFrom: z.preprocess(blankToUndefined, amount("Free from", "75 or 99.90").optional()),
    weightBands,
    pay_card: checkbox,
    pay_bank_transfer: checkbox,
    pay_cash_on_delivery: checkbox,
    active: checkbox,
    position,
  })
  .transform((raw, ctx) => {
    const paymentMethods = staffPaymentMethods.filter((m) => raw[`pay_${m}`]);
    if (paymentMethods.length === 0) {
      ctx.addIssue({
        code: "custom",
        message: "Allow at least one payment method, or nobody can order with this delivery.",
        path: ["paymentMethods"],
      });
      return z.NEVER;
    }
    return {
      id: raw.id,
      zoneId: raw.zoneId,
      name: raw.name,
      description: raw.description,
      kind: raw.kind,
      priceMinor: raw.price,
      freeFromMinor: raw.freeFrom ?? null,
      weightBands: raw.weightBands,
      paymentMethods,
      active: raw.active,
      position: raw.position,
    };
  });
export type DeliveryMethodInput = z.output<typeof deliveryMethodFormSchema>;

export const pickupLocationFormSchema = z.object({
  id: optionalId,
  name: singleLine("The name", 100),
  line1: singleLine("The address", 100),
  line2: z.preprocess((v) => v ?? "", optionalText("The second address line", 100)),
  city: singleLine("The city", 60),
  postalCode: singleLine("The postal code", 20),
  country: countryField,
  openingHours: optionalText("The opening hours", 300),
  active: checkbox,
  position,
});
export type PickupLocationInput = z.output<typeof pickupLocationFormSchema>;

export const settingIdFormSchema = z.object({ id: z.uuid({ error: "Unknown item." }) });
