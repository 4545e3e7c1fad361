import { type TranslationField, TranslationsForm } from "@/app/admin/_components/translations-form";
import { shopLanguageName, translationLanguages } from "@/app/admin/_lib/translation-languages";
import type { Translations } from "@/lib/delivery/shop-settings";
import type { FormState } from "@/lib/http/form-state";

interface Props<Field extends string> {
  /** The disclosure's summary, e.g. "Translate Standard delivery". */
  summary: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  id: string;
  idPrefix: string;
  fields: readonly (Omit<TranslationField, "prefix" | "suffix" | "key"> & { key: Field })[];
  stored: Translations<Field>;
}

/**
 * A delivery or payment setting's shopper-facing texts in the shop's other languages, under its own form. Synchronous:
 * the page hands it its words, so it renders inside any page without suspending.
 */
export function SettingsTranslations<Field extends string>({
  summary,
  action,
  id,
  idPrefix,
  fields,
  stored,
}: Props<Field>) {
  const languages = translationLanguages();
  if (languages.length === 0) return null;
  const values: Record<string, string> = {};
  for (const { code } of languages) {
    for (const field of fields) values[`translations.${code}.${field.key}`] = stored[code]?.[field.key] ?? "";
  }
  return (
    <details className="section settings-translations">
      <summary>{summary}</summary>
      <TranslationsForm
        action={action}
        id={id}
        idPrefix={idPrefix}
        languages={languages}
        fields={fields.map((field) => ({ ...field, prefix: "translations", suffix: field.key }))}
        values={values}
        shopLanguage={shopLanguageName()}
      />
    </details>
  );
}
