import { z } from "zod";
import { catalog, type Messages } from "./catalog";
import { formattingLocale } from "./languages";
import { CountryNames, type MessageText, ServerMessage, formatTemplate, zodIssueMessage } from "./server-message";

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

/** A language's server texts; none for a language without a catalog (its readers get English). */
function serverTexts(language: string): Messages {
  try {
    return catalog(language).serverText;
  } catch {
    return {};
  }
}

/**
 * The translation of an English text or template, or undefined. The English catalog must hold the same text under
 * the key, so two texts that happen to share a key (a CSV column "stock_on_hand" and the label "Stock on hand")
 * never borrow each other's translation.
 */
function translationOf(english: string, language: string): string | undefined {
  const key = serverTextKey(english);
  if (serverTexts("en")[key] !== english) return undefined;
  const translated = serverTexts(language)[key];
  return typeof translated === "string" ? translated : undefined;
}

/** The text in `language`, or the English text itself when the catalog has no translation for it. */
export function translateServerText(text: string, language: string): string {
  return translationOf(text, language) ?? text;
}

/** A templated message in `language` (plural forms and numbers as the language has them), else in English. */
export function translateServerMessage(message: ServerMessage, language: string): string {
  const translated = translationOf(message.template, language);
  // A fixed text (no arguments) is shown as written, like translateServerText's, not read as ICU syntax.
  if (Object.keys(message.values).length === 0) return translated ?? message.template;
  // Without a translation the whole sentence is English, numbers and country names included.
  const locale = translated === undefined ? "en" : formattingLocale(language);
  const values = Object.fromEntries(
    Object.entries(message.values).map(([name, value]) => [
      name,
      value instanceof ServerMessage
        ? translateServerMessage(value, language)
        : value instanceof CountryNames
          ? value.in(locale)
          : value,
    ]),
  );
  return formatTemplate(translated ?? message.template, locale, values);
}

/** Either kind of message in `language`. */
export function translateMessageText(text: MessageText, language: string): string {
  return text instanceof ServerMessage ? translateServerMessage(text, language) : translateServerText(text, language);
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
  return translateMessageText(zodIssueMessage(issue), language);
}
