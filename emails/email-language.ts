import { defaultLanguage, formattingLocale, isEnabledLanguage } from "@/lib/i18n/languages";
import { localizedPath } from "@/lib/i18n/locale-path";
import { translator } from "@/lib/i18n/translator";

// The language an e-mail is written in: its texts (the catalogs' "email" namespace), its number, money and date
// formats, and its links into the shop (/cs/… for Czech). Order e-mails speak the order's language, account and
// contact e-mails the language of the request that caused them (stored with the queued message).

export interface EmailLanguage {
  language: string;
  /** BCP 47 locale for Intl ("en-IE", "cs"). */
  locale: string;
  t: ReturnType<typeof translator>;
  /** A shop path in this language: "/account" → "/cs/account". */
  path: (path: string) => string;
}

/** An enabled language as given, else the shop's own (a message queued before languages, or one turned off since). */
export function emailLanguage(language?: string | null): EmailLanguage {
  const chosen = isEnabledLanguage(language) ? language : defaultLanguage;
  return {
    language: chosen,
    locale: formattingLocale(chosen),
    t: translator(chosen),
    path: (path) => localizedPath(path, chosen, defaultLanguage),
  };
}
