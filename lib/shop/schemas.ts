import { z } from "zod";
import { schemaMessage } from "@/lib/i18n/server-message";
import { companyRegistrationNumberSchema, companyVatIdSchema } from "@/lib/buyers/schemas";
import { safeString } from "@/lib/validation";

// What staff may set as the shop's identity. The registration number and VAT ID follow the same rules as a
// business buyer's (lib/buyers/schemas.ts): one definition of a valid EU VAT ID.

const ADDRESS_LINES_MAX = 6;

export const shopIdentityInputSchema = z.object({
  legalName: safeString({ error: "Enter the legal name." })
    .trim()
    .min(1, "Enter the legal name.")
    .max(120, "The legal name has at most 120 characters.")
    .regex(/^[^\p{Cc}]*$/u, "The legal name is one line of text."),
  /** One line per line of the postal address. */
  address: safeString({ error: "Enter the address." })
    .transform((text) =>
      text
        .replace(/\r\n?/g, "\n")
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean)
        .join("\n"),
    )
    .pipe(
      safeString()
        .min(1, "Enter the address.")
        .max(300, "The address has at most 300 characters.")
        .regex(/^[^\p{Cc}]*(\n[^\p{Cc}]*)*$/u, "The address has letters, digits and punctuation only.")
        .refine((text) => text.split("\n").length <= ADDRESS_LINES_MAX, {
          error: schemaMessage("The address has at most {count, plural, one {# line} other {# lines}}.", {
            count: ADDRESS_LINES_MAX,
          }),
        }),
    ),
  companyId: companyRegistrationNumberSchema.transform((v) => v ?? ""),
  vatId: companyVatIdSchema.transform((v) => v ?? ""),
  email: safeString({ error: "Enter the contact e-mail address." })
    .trim()
    .toLowerCase()
    .max(254, "E-mail addresses are at most 254 characters.")
    .pipe(z.email("Enter a valid e-mail address, like shop@example.com.")),
});
export type ShopIdentityInput = z.infer<typeof shopIdentityInputSchema>;
