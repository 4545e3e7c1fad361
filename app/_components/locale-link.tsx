"use client";

import Link from "next/link";
import { type ComponentProps, type ReactNode, createContext, useContext } from "react";
import { localizedPath } from "@/lib/i18n/locale-path";

// Links stay in the language of the page: "/cart" on a Czech page goes to "/cs/cart".

const LanguageContext = createContext<{ language: string; defaultLanguage: string }>({
  language: "en",
  defaultLanguage: "en",
});

export function LanguageProvider({
  language,
  defaultLanguage,
  children,
}: {
  language: string;
  defaultLanguage: string;
  children: ReactNode;
}) {
  return <LanguageContext.Provider value={{ language, defaultLanguage }}>{children}</LanguageContext.Provider>;
}

/** A path in the page's language, for client components that build URLs themselves. */
export function useLocalizedPath(): (path: string) => string {
  const { language, defaultLanguage } = useContext(LanguageContext);
  return (path) => localizedPath(path, language, defaultLanguage);
}

/** next/link for a path inside the shop, kept in the page's language. */
export function LocaleLink({ href, ...props }: Omit<ComponentProps<typeof Link>, "href"> & { href: string }) {
  const localize = useLocalizedPath();
  return <Link href={localize(href)} {...props} />;
}
