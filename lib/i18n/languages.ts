import { env } from "@/lib/env";

// Which languages the shop speaks. A language is enabled by naming it in SHOP_LANGUAGES and shipping its catalog
// (lib/i18n/messages/<language>.json); the shop's own language (from SHOP_LOCALE) is always enabled and is served
// without a prefix, every other one under /<language>/….

/** "en-IE" → "en". */
export function languageOf(locale: string): string {
  return (locale.split("-")[0] ?? locale).toLowerCase();
}

export const defaultLanguage: string = languageOf(env.SHOP_LOCALE);

export const enabledLanguages: readonly string[] = [
  defaultLanguage,
  ...env.SHOP_LANGUAGES.split(",")
    .map((language) => language.trim().toLowerCase())
    .filter(
      (language, index, all) => language !== "" && language !== defaultLanguage && all.indexOf(language) === index,
    ),
];

export function isEnabledLanguage(value: string | null | undefined): value is string {
  return value !== null && value !== undefined && enabledLanguages.includes(value);
}

/** The BCP 47 locale used for numbers, money and dates: the shop's own locale for its language ("en-IE"). */
export function formattingLocale(language: string): string {
  return language === defaultLanguage ? env.SHOP_LOCALE : language;
}

/**
 * The enabled language a client prefers, from an Accept-Language header ("cs-CZ,cs;q=0.9,en;q=0.8"), or the
 * shop's own language when it names none of them.
 */
export function languageFromAcceptLanguage(header: string | null | undefined): string {
  const ranked = (header ?? "")
    .split(",")
    .slice(0, 20)
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      // A malformed weight ("q=abc") counts as 0: the entry is ignored rather than taken as most preferred.
      const weight = params.find((p) => /^\s*q=/i.test(p));
      const q =
        weight === undefined
          ? 1
          : /^\s*q=(0(\.\d{0,3})?|1(\.0{0,3})?)\s*$/i.test(weight)
            ? Number(weight.split("=")[1])
            : 0;
      return { language: languageOf(tag.trim()), q, index };
    })
    .filter((entry) => entry.language !== "" && entry.language !== "*" && entry.q > 0 && Number.isFinite(entry.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.find((entry) => isEnabledLanguage(entry.language))?.language ?? defaultLanguage;
}
