import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { env } from "@/lib/env";
import { catalog, pickNamespaces } from "@/lib/i18n/catalog";
import { SHARED_CLIENT_NAMESPACES } from "@/lib/i18n/client-namespaces";
import { compileMessages } from "@/lib/i18n/compile-messages";
import { defaultLanguage } from "@/lib/i18n/languages";
import { currentLanguage } from "@/lib/i18n/request-language";
import { LanguageProvider } from "./_components/locale-link";
import { TranslationsProvider } from "./_components/translations";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(env.PUBLIC_BASE_URL),
  title: { default: env.SHOP_NAME, template: `%s · ${env.SHOP_NAME}` },
  description: `${env.SHOP_NAME}: well-made everyday goods, shipped across the EU.`,
};

export const viewport: Viewport = { themeColor: "#1f5f4a", width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: the CSP nonce (proxy.ts) is different each time, and Next.js can only
  // put it on its scripts while rendering.
  await connection();
  const language = await currentLanguage();
  return (
    <html lang={language}>
      <body>
        <TranslationsProvider
          language={language}
          messages={compileMessages(pickNamespaces(catalog(language), SHARED_CLIENT_NAMESPACES))}
          timeZone={env.SHOP_TIME_ZONE}
        >
          <LanguageProvider language={language} defaultLanguage={defaultLanguage}>
            {children}
          </LanguageProvider>
        </TranslationsProvider>
      </body>
    </html>
  );
}
