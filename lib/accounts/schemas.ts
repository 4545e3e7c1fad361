import { z } from "zod";
import { schemaMessage, serverMessage } from "@/lib/i18n/server-message";
import {
  COMPANY_NAME_REQUIRED,
  companyNameSchema,
  companyRegistrationNumberSchema,
  companyVatIdSchema,
} from "@/lib/buyers/schemas";
import { safeString } from "@/lib/validation";
import { isCommonPassword } from "./common-passwords";
import { MAX_PASSWORD_BYTES } from "./password";

// Shared by the forms (server actions), the JSON route handlers and the domain functions.

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 64;

export const emailSchema = safeString({ error: "Enter your e-mail address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your e-mail address.")
  .max(254, "E-mail addresses are at most 254 characters.")
  .pipe(z.email("Enter a valid e-mail address, like name@example.com."));

/** Rules for a new password. */
// Written out (10 and 64, the lengths above) so that they can be translated (lib/i18n/server-text.ts).
export const newPasswordSchema = safeString({ error: "Enter a password." })
  .min(MIN_PASSWORD_LENGTH, "Use at least 10 characters.")
  .max(MAX_PASSWORD_LENGTH, "Use at most 64 characters.")
  .refine((value) => Buffer.byteLength(value, "utf8") <= MAX_PASSWORD_BYTES, {
    error: schemaMessage(
      "This password is too long once encoded (at most {bytes} bytes); use fewer special characters.",
      { bytes: MAX_PASSWORD_BYTES },
    ),
  })
  .refine((value) => !isCommonPassword(value), {
    error: "This password is too common and easy to guess; choose another.",
  });

/** An existing password being checked: no rules beyond a sane size, so old passwords keep working. */
const givenPasswordSchema = safeString({ error: "Enter your password." })
  .min(1, "Enter your password.")
  .max(200, "Enter your password.");

export const personNameSchema = safeString({ error: "Enter your name." })
  .trim()
  .min(1, "Enter your name.")
  .max(100, "Names are at most 100 characters.");

// Unknown keys (such as `role`) are stripped: a customer can never choose their own rights.
export const registerSchema = z.object({
  name: personNameSchema,
  email: emailSchema,
  password: newPasswordSchema,
});

export const loginSchema = z.object({ email: emailSchema, password: givenPasswordSchema });

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({
  token: safeString({ error: "This reset link is not valid." }).regex(
    /^[\w-]{20,100}$/,
    "This reset link is not valid.",
  ),
  password: newPasswordSchema,
});

export const changePasswordSchema = z.object({
  currentPassword: givenPasswordSchema,
  newPassword: newPasswordSchema,
});

export const profileSchema = z.object({ name: personNameSchema, email: emailSchema });

export const deleteAccountSchema = z.object({ password: givenPasswordSchema });

const line = (required: string, label: string, max: number) =>
  safeString({ error: required })
    .trim()
    .min(1, required)
    .max(
      max,
      schemaMessage("The {label} is at most {max, plural, one {# character} other {# characters}}.", {
        label: serverMessage(label),
        max,
      }),
    );

/** "" when none: saved addresses store text, as for the second line and the phone. */
const noneAsEmpty = (value: string | undefined) => value ?? "";

/** The fields of a saved address; use addressSchema, which adds the rule across them. */
export const addressFieldsSchema = z.object({
  fullName: line("Enter the full name.", "full name", 100),
  line1: line("Enter the street address.", "street address", 200),
  line2: safeString().trim().max(200, "This line is at most 200 characters.").default(""),
  city: line("Enter the town or city.", "town or city", 100),
  postalCode: line("Enter the postal code.", "postal code", 20),
  country: safeString({ error: "Choose a country." })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "Choose a country."),
  phone: safeString()
    .trim()
    .max(30, "Phone numbers are at most 30 characters.")
    .regex(/^[+\d\s()-]*$/, "Use digits, spaces and + ( ) - only.")
    .default(""),
  /** Buying for a company from this address: the same rules as at checkout (lib/buyers/schemas.ts). */
  companyName: z
    .preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), companyNameSchema.optional())
    .transform(noneAsEmpty),
  companyRegistrationNumber: companyRegistrationNumberSchema.transform(noneAsEmpty),
  companyVatId: companyVatIdSchema.transform(noneAsEmpty),
});

/** A registration number or VAT ID belongs to a named company (the database checks it too). */
export function withCompanyRule<
  T extends z.ZodType<{ companyName: string; companyRegistrationNumber: string; companyVatId: string }>,
>(schema: T): T {
  return schema.superRefine((address, ctx) => {
    if (address.companyName === "" && (address.companyRegistrationNumber !== "" || address.companyVatId !== "")) {
      ctx.addIssue({ code: "custom", path: ["companyName"], message: COMPANY_NAME_REQUIRED });
    }
  });
}

export const addressSchema = withCompanyRule(addressFieldsSchema);

/** The JSON API's address: the same fields, and anything else is refused rather than silently dropped. */
export const addressBodySchema = withCompanyRule(z.strictObject(addressFieldsSchema.shape));

export const addressIdSchema = z.object({ id: z.uuid("Unknown address.") });

export type RegisterInput = z.infer<typeof registerSchema>;
export type LoginInput = z.infer<typeof loginSchema>;
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
export type ProfileInput = z.infer<typeof profileSchema>;
export type AddressInput = z.infer<typeof addressSchema>;
