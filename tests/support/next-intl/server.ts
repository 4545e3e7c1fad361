import { createTranslator } from "next-intl";
import { catalog } from "@/lib/i18n/catalog";
import { currentLanguage } from "@/lib/i18n/request-language";

// Vitest runs pages and server components outside Next.js, where next-intl/server's functions refuse to work (they
// need the React Server Components build and the request config). This stand-in gives the same answers from the
// same catalogs and language (lib/i18n/request.ts): the page's language, or the shop's own outside a request.

export async function getTranslations(namespace?: string | { namespace?: string; locale?: string }) {
  const options = typeof namespace === "string" || namespace === undefined ? { namespace } : namespace;
  const locale = options.locale ?? (await currentLanguage());
  return createTranslator({ locale, messages: catalog(locale), namespace: options.namespace as never });
}

export async function getLocale(): Promise<string> {
  return currentLanguage();
}

export async function getMessages() {
  return catalog(await currentLanguage());
}

export function getRequestConfig<T>(create: T): T {
  return create;
}
