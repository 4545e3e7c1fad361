import { z } from "zod";
import { safeString } from "@/lib/validation";
import { normalizeVatId, vatIdFormatError } from "./vat-id";

// The rules for a business buyer's details, in one place: checkout (lib/checkout/schemas.ts) and saved addresses
// (lib/accounts/schemas.ts) both build on these.

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const COMPANY_NAME_REQUIRED = "Company name is required.";

export const companyNameSchema = safeString({ error: COMPANY_NAME_REQUIRED })
  .trim()
  .min(1, COMPANY_NAME_REQUIRED)
  .max(120, "Company name has at most 120 characters.")
  .regex(/^[^\p{Cc}]*$/u, "Company name must be a single line of text.");

/** Optional: blank means none. */
export const companyRegistrationNumberSchema = z.preprocess(
  blankToUndefined,
  safeString()
    .trim()
    .max(30, "The registration number has at most 30 characters.")
    .regex(/^[A-Za-z0-9][A-Za-z0-9 ./-]*$/, "Enter the registration number with letters and digits only.")
    .optional(),
);

/** Optional: blank means none; otherwise normalised ("cz 123 456 78" → "CZ12345678") and checked per EU prefix. */
export const companyVatIdSchema = z.preprocess(
  blankToUndefined,
  safeString()
    .max(30, "Enter a VAT ID like CZ12345678.")
    .transform(normalizeVatId)
    .superRefine((vatId, ctx) => {
      const problem = vatIdFormatError(vatId);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    })
    .optional(),
);

/** A business buyer, printed on the invoice and credit notes. Only the company name is required. */
export const buyerCompanySchema = z.strictObject({
  name: companyNameSchema,
  registrationNumber: companyRegistrationNumberSchema,
  vatId: companyVatIdSchema,
});
export type BuyerCompany = z.infer<typeof buyerCompanySchema>;
