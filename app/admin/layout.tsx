import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { logOutAction } from "@/app/(account)/actions";
import { LocaleLink } from "@/app/_components/locale-link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { env } from "@/lib/env";
import { catalog, pickNamespaces } from "@/lib/i18n/catalog";
import { CLIENT_NAMESPACES } from "@/lib/i18n/client-namespaces";
import { currentLanguage } from "@/lib/i18n/request-language";
import { AdminNav } from "./_components/admin-nav";
import { sectionsFor } from "./_lib/sections";
import "./admin.css";

/** The staff pages' client components also need the admin words; the storefront's pages never ship them. */
const ADMIN_CLIENT_NAMESPACES: readonly string[] = [
  ...CLIENT_NAMESPACES,
  "admin",
  "adminSettings",
  "adminTranslations",
];

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.common");
  return {
    title: { default: t("admin"), template: `%s · ${t("admin")} · ${env.SHOP_NAME}` },
    robots: { index: false, follow: false },
  };
}

// The frame only: each page checks the role itself (a layout is not re-run on every navigation, so it cannot be
// the guard). Visitors without a staff role see no navigation while their page redirects or 404s.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  const staff = user && (user.role === "STAFF" || user.role === "ADMIN") ? user : null;
  const language = await currentLanguage();
  const t = await getTranslations("admin");
  return (
    <NextIntlClientProvider messages={pickNamespaces(catalog(language), ADMIN_CLIENT_NAMESPACES)}>
      <a href="#main" className="skip-link">
        {t("common.skipToContent")}
      </a>
      <header className="admin-header">
        <div className="admin-header-inner">
          <LocaleLink href="/admin" className="admin-brand">
            {env.SHOP_NAME} <span>{t("common.brandSuffix")}</span>
          </LocaleLink>
          {staff ? (
            <div className="admin-user">
              <span>
                {staff.name} ({staff.role === "ADMIN" ? t("common.roleAdmin") : t("common.roleStaff")})
              </span>
              <LocaleLink href="/">{t("common.viewShop")}</LocaleLink>
              <form action={logOutAction}>
                <button type="submit" className="link-button">
                  {t("common.logOut")}
                </button>
              </form>
            </div>
          ) : null}
        </div>
      </header>
      <div className="admin-shell">
        {staff ? (
          <AdminNav
            label={t("nav.label")}
            sections={sectionsFor(staff.role).map((section) => ({
              href: section.href,
              label: t(`nav.${section.key}`),
            }))}
          />
        ) : null}
        <div className="admin-content">{children}</div>
      </div>
    </NextIntlClientProvider>
  );
}
