import { defaultLanguage, enabledLanguages } from "./languages";
import { localizedPath } from "./locale-path";
import { currentLanguage } from "./request-language";

/** A shop path in the language of the page or action being handled (for redirect() and metadata). */
export async function localeHref(path: string): Promise<string> {
  return localizedPath(path, await currentLanguage(), defaultLanguage);
}

/** The same page in every enabled language, for hreflang alternates ("x-default" is the shop's own language). */
export function languageAlternates(path: string): Record<string, string> {
  return {
    ...Object.fromEntries(
      enabledLanguages.map((language) => [language, localizedPath(path, language, defaultLanguage)]),
    ),
    "x-default": path,
  };
}
