import { createTranslator } from "next-intl";
import { catalog } from "./catalog";

/**
 * A translator for code outside a page render (e-mails, PDFs, API errors, background jobs), where the language
 * comes from the order or the request rather than from the URL.
 */
export function translator(language: string) {
  return createTranslator({ locale: language, messages: catalog(language) });
}

export type Translator = ReturnType<typeof translator>;
