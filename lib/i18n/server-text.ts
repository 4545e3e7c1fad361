import { z } from "zod";
import { catalog, type Messages } from "./catalog";

// Messages the server's domain code writes in English (AppError messages, zod schema messages) are translated at
// the edge where they reach a person: the JSON error mapper and the form-state mapper. The catalog's "serverText"
// namespace holds them under a key derived from the English text (serverTextKey), so the English sentence in the
// code stays the one source and a missing translation falls back to it rather than to a key.

/** "Enter a valid e-mail address." → "enterAValidEMailAddress" (at most 12 words). */
export function serverTextKey(text: string): string {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== "")
    .slice(0, 12);
  return words
    .map((word, index) =>
      index === 0 ? word.charAt(0).toLowerCase() + word.slice(1) : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join("");
}

function serverTexts(language: string): Messages {
  return catalog(language).serverText;
}

/** The text in `language`, or the English text itself when the catalog has no translation for it. */
export function translateServerText(text: string, language: string): string {
  const translated = serverTexts(language)[serverTextKey(text)];
  return typeof translated === "string" ? translated : text;
}

type LocaleErrorMap = () => { localeError: z.core.$ZodErrorMap };
const zodLocales: Record<string, LocaleErrorMap | undefined> = z.locales;
const englishZod = z.locales.en().localeError;

/**
 * A zod issue's message in `language`: a message the schema wrote (custom) through the catalog; zod's own generic
 * message ("Invalid input…") through zod's translation for the language.
 */
export function translateZodIssue(issue: z.core.$ZodIssue, language: string): string {
  const generic = englishZod(issue as never);
  const genericText = typeof generic === "string" ? generic : generic?.message;
  if (genericText !== undefined && genericText === issue.message) {
    const local = zodLocales[language]?.().localeError(issue as never);
    const localText = typeof local === "string" ? local : local?.message;
    if (localText) return localText;
  }
  return translateServerText(issue.message, language);
}
