import {
  createTranslator,
  useLocale as intlUseLocale,
  useTranslations as intlUseTranslations,
} from "next-intl-original";
import { catalog } from "@/lib/i18n/catalog";
import { defaultLanguage } from "@/lib/i18n/languages";

// Vitest renders pages without the root layout, so client components find no NextIntlClientProvider. Their
// useTranslations and useLocale then answer from the shop's own language, as a page outside a request would.

export * from "next-intl-original";

const noProvider = (error: unknown) =>
  error instanceof Error && /NextIntlClientProvider|No intl context/.test(error.message);

export function useLocale(): string {
  try {
    return intlUseLocale();
  } catch (error) {
    if (!noProvider(error)) throw error;
    return defaultLanguage;
  }
}

export function useTranslations(namespace?: string) {
  try {
    return intlUseTranslations(namespace as never);
  } catch (error) {
    if (!noProvider(error)) throw error;
    return createTranslator({
      locale: defaultLanguage,
      messages: catalog(defaultLanguage),
      namespace: namespace as never,
    });
  }
}
