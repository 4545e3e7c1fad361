import { getTranslations } from "next-intl/server";
import { type TranslationField, TranslationsForm } from "@/app/admin/_components/translations-form";
import { shopLanguageName, translationLanguages } from "@/app/admin/_lib/translation-languages";
import { getProductTranslations } from "@/lib/catalog-admin/get-translations";
import type { AdminProduct } from "@/lib/catalog-admin/types";
import { db } from "@/lib/db";
import { saveProductTranslationsAction } from "../translation-actions";

/** The product page's "Translations" panel: name, description and picture descriptions per language. */
export async function ProductTranslations({ product }: { product: AdminProduct }) {
  const languages = translationLanguages();
  if (languages.length === 0) return null;
  const [t, stored] = await Promise.all([getTranslations("adminTranslations"), getProductTranslations(db, product.id)]);
  const fields: TranslationField[] = [
    { key: "name", prefix: "translations", suffix: "name", label: t("name"), fallback: product.name, max: 200 },
    {
      key: "description",
      prefix: "translations",
      suffix: "description",
      label: t("description"),
      fallback: product.description,
      max: 5000,
      multiline: true,
    },
    ...product.images.map((image, index) => ({
      key: `image-${index}`,
      prefix: `images.${image.id}`,
      suffix: "alt",
      label: t("imageAlt", { number: index + 1 }),
      fallback: image.alt,
      max: 200,
    })),
  ];
  const values: Record<string, string> = {};
  for (const { code } of languages) {
    values[`translations.${code}.name`] = stored.translations[code]?.name ?? "";
    values[`translations.${code}.description`] = stored.translations[code]?.description ?? "";
    for (const image of product.images)
      values[`images.${image.id}.${code}.alt`] = stored.images[image.id]?.[code] ?? "";
  }
  return (
    <section className="panel" aria-labelledby="translations-title">
      <h2 id="translations-title">{t("title")}</h2>
      <TranslationsForm
        action={saveProductTranslationsAction}
        id={product.id}
        idPrefix="translation"
        languages={languages}
        fields={fields}
        values={values}
        shopLanguage={shopLanguageName()}
      />
    </section>
  );
}
