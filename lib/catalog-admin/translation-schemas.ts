import { z } from "zod";
import { schemaMessage, serverMessage } from "@/lib/i18n/server-message";
import { defaultLanguage, enabledLanguages } from "@/lib/i18n/languages";
import { safeString } from "@/lib/validation";
import { idSchema } from "./schemas";

// Staff-written translations of catalog text into every enabled language other than the shop's own (whose text
// stays on the product, category and picture). A field left out is left as it is; an empty one is cleared (null),
// so the shop falls back to its own text for it. Limits are the shop-language fields' limits.

/** The languages a product or category can be translated into: every enabled one but the shop's own. */
export const translatedLanguages: readonly string[] = enabledLanguages.filter(
  (language) => language !== defaultLanguage,
);

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Optional one-line text: trimmed, bounded, no control characters; "" → null. */
export const translatedLine = (label: string, max: number) =>
  safeString({ error: schemaMessage("{label} must be text.", { label: serverMessage(label) }) })
    .trim()
    .max(
      max,
      schemaMessage("{label} has at most {max, plural, one {# character} other {# characters}}.", {
        label: serverMessage(label),
        max,
      }),
    )
    .refine(
      (text) => !CONTROL.test(text) && !/[\r\n]/.test(text),
      schemaMessage("{label} must be one line of plain text.", { label: serverMessage(label) }),
    )
    .transform((text) => (text === "" ? null : text))
    .optional();

/** Optional multi-line text; "" → null. */
export const translatedText = (label: string, max: number) =>
  safeString({ error: schemaMessage("{label} must be text.", { label: serverMessage(label) }) })
    .trim()
    .max(
      max,
      schemaMessage("{label} has at most {max, plural, one {# character} other {# characters}}.", {
        label: serverMessage(label),
        max,
      }),
    )
    .refine(
      (text) => !CONTROL.test(text),
      schemaMessage("{label} must be plain text.", { label: serverMessage(label) }),
    )
    .transform((text) => (text === "" ? null : text))
    .optional();

/** { cs: {...}, de: {...} }: only the translated languages, each optional; an unknown language is refused by name. */
export function perLanguage<T extends z.ZodType>(fields: T) {
  return z.strictObject(Object.fromEntries(translatedLanguages.map((language) => [language, fields.optional()])), {
    error: schemaMessage("Translations are an object keyed by language ({languages}).", {
      languages: translatedLanguages.join(", ") || "–",
    }),
  }) as unknown as z.ZodType<Partial<Record<string, z.output<T>>>, Partial<Record<string, z.input<T>>>>;
}

export const productTextSchema = z.strictObject({
  name: translatedLine("The name", 200),
  description: translatedText("The description", 5000),
});
export const categoryTextSchema = z.strictObject({
  name: translatedLine("The name", 100),
  description: translatedText("The description", 2000),
});
export const imageTextSchema = z.strictObject({ alt: translatedLine("The description of the picture", 200) });

export type TranslatedProductText = z.output<typeof productTextSchema>;
export type TranslatedCategoryText = z.output<typeof categoryTextSchema>;

/** A product's translations, and optionally its pictures' ({ imageId: { cs: { alt } } }). */
export const productTranslationsSchema = z.strictObject({
  translations: perLanguage(productTextSchema).default({}),
  images: z
    .record(idSchema, perLanguage(imageTextSchema), { error: "Picture translations are keyed by picture id." })
    .optional(),
});
export type ProductTranslationsInput = z.output<typeof productTranslationsSchema>;

export const categoryTranslationsSchema = z.strictObject({
  translations: perLanguage(categoryTextSchema).default({}),
});
export type CategoryTranslationsInput = z.output<typeof categoryTranslationsSchema>;
