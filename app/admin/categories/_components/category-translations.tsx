import { getTranslations } from "next-intl/server";
import { TranslationsForm } from "@/app/admin/_components/translations-form";
import { shopLanguageName, translationLanguages } from "@/app/admin/_lib/translation-languages";
import type { TranslatedText } from "@/lib/catalog-admin/get-translations";
import type { AdminCategory } from "@/lib/catalog-admin/types";
import { saveCategoryTranslationsAction } from "../translation-actions";

/** One category's translations (name and description per language), under its edit form. */
export async function CategoryTranslations({ category, stored }: { category: AdminCategory; stored: TranslatedText }) {
  const languages = translationLanguages();
  if (languages.length === 0) return null;
  const t = await getTranslations("adminTranslations");
  const values: Record<string, string> = {};
  for (const { code } of languages) {
    values[`translations.${code}.name`] = stored[code]?.name ?? "";
    values[`translations.${code}.description`] = stored[code]?.description ?? "";
  }
  return (
    <details>
      <summary>{t("categorySummary", { name: category.name })}</summary>
      <TranslationsForm
        action={saveCategoryTranslationsAction}
        id={category.id}
        idPrefix={`category-${category.id}-translation`}
        languages={languages}
        fields={[
          { key: "name", prefix: "translations", suffix: "name", label: t("name"), fallback: category.name, max: 100 },
          {
            key: "description",
            prefix: "translations",
            suffix: "description",
            label: t("description"),
            fallback: category.description,
            max: 2000,
            multiline: true,
          },
        ]}
        values={values}
        shopLanguage={shopLanguageName()}
      />
    </details>
  );
}
