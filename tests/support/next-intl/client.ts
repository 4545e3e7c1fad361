import { createTranslator, useTranslations as intlUseTranslations } from "next-intl-original";
import { catalog } from "@/lib/i18n/catalog";
import { defaultLanguage } from "@/lib/i18n/languages";

// Vitest renders pages without the root layout, so client components find no NextIntlClientProvider. Their
// useTranslations then answers from the shop's own language's catalog, as a page outside a request would.

export * from "next-intl-original";

export function useTranslations(namespace?: string) {
  try {
    return intlUseTranslations(namespace as never);
  } catch (error) {
    if (!(error instanceof Error) || !/NextIntlClientProvider|No intl context/.test(error.message)) throw error;
    return createTranslator({
      locale: defaultLanguage,
      messages: catalog(defaultLanguage),
      namespace: namespace as never,
    });
  }
}
