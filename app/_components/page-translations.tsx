import type { ReactNode } from "react";
import { catalog, pickNamespaces } from "@/lib/i18n/catalog";
import type { PageClientNamespace } from "@/lib/i18n/client-namespaces";
import { compileMessages } from "@/lib/i18n/compile-messages";
import { currentLanguage } from "@/lib/i18n/request-language";
import { MoreTranslations } from "./translations";

/**
 * The words of one page's client components, added to those of the root layout for the components inside it only:
 * the checkout's words travel with the checkout page, not with every product page.
 */
export async function PageTranslations({
  namespaces,
  children,
}: {
  namespaces: readonly PageClientNamespace[];
  children: ReactNode;
}) {
  const language = await currentLanguage();
  return (
    <MoreTranslations messages={compileMessages(pickNamespaces(catalog(language), namespaces))}>
      {children}
    </MoreTranslations>
  );
}
