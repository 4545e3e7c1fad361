import { z } from "zod";
import { schemaMessage, serverMessage } from "@/lib/i18n/server-message";
import { safeString } from "@/lib/validation";
import { pageNumberSchema } from "@/lib/admin/list-page";
import { wallTimeToDate } from "@/lib/admin/zoned-time";
import { env } from "@/lib/env";
import { parseMajorUnits } from "@/lib/money/money";

// Creating and managing discount codes. The rules match checkout (lib/discounts/check-discount.ts): codes are
// upper-case letters, digits, - and _ (what the checkout form accepts); PERCENT values are basis points; FIXED
// values are minor units in the shop's currency, the only currency checkout will apply them to.

export const discountKinds = ["PERCENT", "FIXED"] as const;
/** Largest fixed discount or minimum order: 1 000 000.00 in a two-digit currency. */
export const MAX_AMOUNT_MINOR = 100_000_000;

const blankToUndefined = (value: unknown) =>
  typeof value === "number" ? String(value) : typeof value === "string" && value.trim() === "" ? undefined : value;

const decimalText = (message: string) =>
  safeString({ error: message })
    .trim()
    .max(20, message)
    .regex(/^-?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,]\d+)?$/u, message);

const limit = (label: string, max: number) =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: schemaMessage("{label} must be a whole number.", { label: serverMessage(label) }) })
      .int(schemaMessage("{label} must be a whole number.", { label: serverMessage(label) }))
      .min(
        1,
        schemaMessage("{label} must be at least 1 (leave it empty for no limit).", { label: serverMessage(label) }),
      )
      .max(max, schemaMessage("{label} is at most {max}.", { label: serverMessage(label), max }))
      .optional(),
  );

/** A moment typed into a datetime-local field (the shop's clock) or sent as ISO 8601 with an offset. */
const when = (label: string) =>
  z.preprocess(
    blankToUndefined,
    safeString({ error: schemaMessage("{label}: enter a date and time.", { label: serverMessage(label) }) })
      .max(40, schemaMessage("{label}: enter a date and time.", { label: serverMessage(label) }))
      .transform((text, ctx) => {
        const date = z.iso.datetime({ offset: true }).safeParse(text).success
          ? new Date(text)
          : wallTimeToDate(text, env.SHOP_TIME_ZONE);
        if (!date || Number.isNaN(date.getTime())) {
          ctx.addIssue({
            code: "custom",
            message: schemaMessage("{label}: enter a real date and time.", { label: serverMessage(label) }),
          });
          return z.NEVER;
        }
        return date;
      })
      .optional(),
  );

/** "12.5" or "12,5" → 1250 basis points; null when it is not a number with at most two decimals. */
export function percentToBasisPoints(text: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const [, whole = "0", fraction = ""] = match;
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

export const createDiscountSchema = z
  .object({
    code: safeString({ error: "Enter a code." })
      .trim()
      .toUpperCase()
      .min(1, "Enter a code.")
      .min(3, "A code has at least 3 characters.")
      .max(40, "A code has at most 40 characters.")
      .regex(/^[A-Z0-9_-]+$/, "Use only letters, digits, - and _."),
    kind: z.enum(discountKinds, { error: "Choose a percentage or a fixed amount." }),
    value: z.preprocess(blankToUndefined, decimalText("Enter the discount as a number, like 10 or 4.99.")),
    minOrder: z.preprocess(
      blankToUndefined,
      decimalText("Enter the minimum order as an amount, like 50 or 49.90.").optional(),
    ),
    startsAt: when("Starts"),
    endsAt: when("Ends"),
    usageLimit: limit("The usage limit", 1_000_000),
    perCustomerLimit: limit("The per-customer limit", 1_000),
  })
  .transform((raw, ctx) => {
    const currency = env.SHOP_CURRENCY;
    let failed = false;
    const fail = (path: string, message: string) => {
      failed = true;
      ctx.addIssue({ code: "custom", message, path: [path] });
    };
    let value: number | null;
    if (raw.kind === "PERCENT") {
      value = percentToBasisPoints(raw.value);
      if (value === null) fail("value", "Enter a percentage like 10 or 12.5 (at most two decimals).");
      else if (value <= 0) fail("value", "The percentage must be more than 0.");
      else if (value > 10_000) fail("value", "A percentage is at most 100.");
    } else {
      value = raw.value.startsWith("-") ? null : parseMajorUnits(raw.value, currency);
      if (raw.value.startsWith("-")) fail("value", "The amount must be more than zero.");
      else if (value === null)
        fail("value", schemaMessage("Enter an amount in {currency}, like 5 or 4.99.", { currency }));
      else if (value <= 0) fail("value", "The amount must be more than zero.");
      else if (value > MAX_AMOUNT_MINOR) fail("value", "That amount is too large.");
    }
    let minOrderMinor: number | null = 0;
    if (raw.minOrder !== undefined) {
      minOrderMinor = raw.minOrder.startsWith("-") ? null : parseMajorUnits(raw.minOrder, currency);
      if (minOrderMinor === null)
        fail("minOrder", schemaMessage("Enter the minimum order in {currency}, like 50 or 49.90.", { currency }));
      else if (minOrderMinor > MAX_AMOUNT_MINOR) fail("minOrder", "That amount is too large.");
    }
    if (raw.startsAt && raw.endsAt && raw.endsAt <= raw.startsAt) fail("endsAt", "The end must be after the start.");
    if (raw.endsAt && raw.endsAt <= new Date()) fail("endsAt", "The end is in the past.");
    if (failed || value === null || minOrderMinor === null) return z.NEVER;
    return {
      code: raw.code,
      kind: raw.kind,
      value,
      currency: raw.kind === "FIXED" ? currency : null,
      minOrderMinor,
      startsAt: raw.startsAt ?? null,
      endsAt: raw.endsAt ?? null,
      usageLimit: raw.usageLimit ?? null,
      perCustomerLimit: raw.perCustomerLimit ?? null,
    };
  });
export type CreateDiscountInput = z.output<typeof createDiscountSchema>;

export const setDiscountActiveSchema = z.object({
  id: z.uuid("Unknown discount code."),
  active: z.enum(["true", "false"], { error: "Choose enable or disable." }).transform((v) => v === "true"),
});
export type SetDiscountActiveInput = z.output<typeof setDiscountActiveSchema>;

export const discountParamsSchema = z.object({ id: z.uuid("Unknown discount code.") });

export const discountListQuerySchema = z.object({ page: pageNumberSchema });
export type DiscountListQuery = z.infer<typeof discountListQuerySchema>;
