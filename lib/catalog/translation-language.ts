import { defaultLanguage } from "@/lib/i18n/languages";

// The shop's own language lives in the catalog tables' columns; every other language in *_translations rows, whose
// null or empty fields fall back to the columns field by field (NULLIF(t.x, '') in SQL, `||` in TypeScript).

/** The language whose translation rows a read joins: null for the shop's own language, which needs none. */
export function translationLanguage(language: string): string | null {
  return language === defaultLanguage ? null : language;
}

/** A translated field, or the shop's own text when the translation leaves it out. */
export function translated(translation: string | null | undefined, own: string): string {
  return translation || own;
}
