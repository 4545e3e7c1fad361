import { z } from "zod";
import { safeString } from "@/lib/validation";
import { normalizeVatId, vatIdFormatError } from "./vat-id";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** A business buyer, printed on the invoice and credit notes. Only the company name is required. */
export const buyerCompanySchema = z.strictObject({
  name: safeString({ error: "Company name is required." })
    .trim()
    .min(1, "Company name is required.")
    .max(120, "Company name has at most 120 characters.")
    .regex(/^[^\p{Cc}]*$/u, "Company name must be a single line of text."),
  registrationNumber: z.preprocess(
    blankToUndefined,
    safeString()
      .trim()
      .max(30, "The registration number has at most 30 characters.")
      .regex(/^[A-Za-z0-9][A-Za-z0-9 ./-]*$/, "Enter the registration number with letters and digits only.")
      .optional(),
  ),
  vatId: z.preprocess(
    blankToUndefined,
    safeString()
      .max(30, "Enter a VAT ID like CZ12345678.")
      .transform(normalizeVatId)
      .superRefine((vatId, ctx) => {
        const problem = vatIdFormatError(vatId);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      })
      .optional(),
  ),
});
export type BuyerCompany = z.infer<typeof buyerCompanySchema>;
