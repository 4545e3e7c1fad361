import type { TranslationLanguage } from "@/app/admin/_components/translations-form";
import { translatedLanguages } from "@/lib/catalog-admin/translation-schemas";
import { defaultLanguage } from "@/lib/i18n/languages";
import { translator } from "@/lib/i18n/translator";

/** Each language the catalog can be translated into, by its own name ("Čeština (cs)"). */
export function translationLanguages(): TranslationLanguage[] {
  return translatedLanguages.map((code) => ({ code, label: `${translator(code)("language.name")} (${code})` }));
}

/** The shop's own language, by its own name ("English"). */
export const shopLanguageName = () => translator(defaultLanguage)("language.name");
