import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { listCachedCategories } from "@/lib/catalog/cache";
import { db } from "@/lib/db";
import { currentLanguage } from "@/lib/i18n/request-language";
import { loadShopIdentity } from "@/lib/shop/shop-identity";
import { paymentTestMode } from "@/lib/payments/payment-mode";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import "./storefront.css";

/** The shop's frame: skip link, header with search and categories, main landmark, footer. */
export async function ShopChrome({ children, mainClassName }: { children: ReactNode; mainClassName?: string }) {
  const [categories, shop, t] = await Promise.all([
    currentLanguage().then(listCachedCategories),
    loadShopIdentity(db),
    getTranslations("header"),
  ]);
  return (
    <>
      <a href="#main" className="skip-link">
        {t("skipToContent")}
      </a>
      {paymentTestMode() ? (
        // Every storefront page says it while the built-in test provider takes "payments" (see lib/env.ts).
        <aside className="test-mode-banner" aria-label={t("testModeLabel")} data-testid="test-mode-notice">
          <p>
            <strong>{t("testModeTitle")}</strong> {t("testModeText")}
          </p>
        </aside>
      ) : null}
      <SiteHeader categories={categories} />
      <main id="main" className={mainClassName ?? "container"} tabIndex={-1}>
        {children}
      </main>
      <SiteFooter categories={categories} shop={shop} />
    </>
  );
}
