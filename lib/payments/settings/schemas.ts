import { z } from "zod";
import { amountInShopCurrency, checkbox } from "@/lib/delivery/admin-schemas";
import { normalizeBic, normalizeIban } from "@/lib/payments/bank-transfer/bank-account";
import { safeString } from "@/lib/validation";

// What staff enter in the admin "Payments" area. Card and test are possible only where the deployment allows them
// (payment-mode.ts); staff switch each method on or off and word its instructions. The surcharge is for cash on
// delivery only; the reservation days for bank transfer only.

export const configurablePaymentMethods = ["card", "bank_transfer", "cash_on_delivery"] as const;

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const DEFAULT_RESERVATION_DAYS = 7;

export const paymentMethodSettingFormSchema = z
  .object({
    method: z.enum(configurablePaymentMethods, { error: "Unknown payment method." }),
    enabled: checkbox,
    instructions: z.preprocess(
      (v) => v ?? "",
      safeString({ error: "The instructions must be text." })
        .trim()
        .max(1_000, "The instructions have at most 1 000 characters."),
    ),
    surcharge: z.preprocess(blankToUndefined, amountInShopCurrency("The surcharge", "1.50 or 0").optional()),
    reservationDays: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: "Enter a number of days from 1 to 60." })
        .int("Enter a whole number of days.")
        .min(1, "Stock is reserved for at least 1 day.")
        .max(60, "Stock is reserved for at most 60 days.")
        .optional(),
    ),
  })
  .transform((raw) => ({
    method: raw.method,
    enabled: raw.enabled,
    instructions: raw.instructions,
    surchargeMinor: raw.method === "cash_on_delivery" ? (raw.surcharge ?? 0) : 0,
    reservationDays: raw.method === "bank_transfer" ? (raw.reservationDays ?? DEFAULT_RESERVATION_DAYS) : null,
  }));
export type PaymentMethodSettingInput = z.output<typeof paymentMethodSettingFormSchema>;

const currencies = new Set(Intl.supportedValuesOf("currency"));

export const bankAccountFormSchema = z.object({
  id: z.preprocess(blankToUndefined, z.uuid({ error: "Unknown bank account." }).optional()),
  currency: safeString({ error: "Enter a currency code such as EUR." })
    .trim()
    .toUpperCase()
    .refine((c) => /^[A-Z]{3}$/.test(c) && currencies.has(c), "Enter an ISO 4217 currency code such as EUR or CZK."),
  accountHolder: safeString({ error: "The account holder is required." })
    .trim()
    .min(1, "The account holder is required.")
    // EPC069-12 allows 70 characters for the beneficiary's name.
    .max(70, "The account holder has at most 70 characters.")
    .regex(/^[^\r\n]*$/, "The account holder must be a single line of text."),
  iban: safeString({ error: "Enter the IBAN." })
    .max(50, "An IBAN has at most 34 characters.")
    .transform((value, ctx) => {
      const iban = normalizeIban(value);
      if (!iban) {
        ctx.addIssue({ code: "custom", message: "This is not a valid IBAN (check the length and check digits)." });
        return z.NEVER;
      }
      return iban;
    }),
  bic: z.preprocess(
    blankToUndefined,
    safeString()
      .max(20, "A BIC has 8 or 11 characters.")
      .transform((value, ctx) => {
        const bic = normalizeBic(value);
        if (!bic) {
          ctx.addIssue({ code: "custom", message: "This is not a valid BIC (8 or 11 letters and digits)." });
          return z.NEVER;
        }
        return bic;
      })
      .optional(),
  ),
});
export type BankAccountInput = z.output<typeof bankAccountFormSchema>;
