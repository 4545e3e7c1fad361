import { env } from "@/lib/env";
import { catalog } from "@/lib/i18n/catalog";
import { compileMessages } from "@/lib/i18n/compile-messages";
import { defaultLanguage } from "@/lib/i18n/languages";
import { formatters, translatorFor, useTranslations as providedTranslations } from "translations-original";

// Vitest renders pages without the root layout, so client components find no TranslationsProvider. Their
// useTranslations then answers from the shop's own language's catalog, as tests/support/next-intl does for
// next-intl's hooks.

export * from "translations-original";

export function useTranslations(namespace: Parameters<typeof providedTranslations>[0]) {
  try {
    return providedTranslations(namespace);
  } catch (error) {
    if (!(error instanceof Error) || !error.message.includes("TranslationsProvider")) throw error;
    const messages = compileMessages(catalog(defaultLanguage));
    const options = { formatters, timeZone: env.SHOP_TIME_ZONE };
    return translatorFor({ language: defaultLanguage, messages, options }, namespace);
  }
}
