import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/app/_components/locale-link";

// The shop's page for an address it cannot read (a broken percent-encoding, a NUL byte): the server
// (lib/runtime/server.ts) shows it with status 400 in place of the page that was asked for.

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("errors");
  return { title: t("badRequestTitle"), robots: { index: false } };
}

export default async function BadRequestPage() {
  const t = await getTranslations("errors");
  return (
    <div className="not-found">
      <p className="eyebrow">{t("badRequestCode")}</p>
      <h1 className="page-title">{t("badRequestTitle")}</h1>
      <p className="page-lead">{t("badRequestLead")}</p>
      <p className="error-actions">
        <Link prefetch={false} className="button button-secondary" href="/search">
          {t("seeAllProducts")}
        </Link>
        <Link prefetch={false} className="button button-secondary" href="/">
          {t("backHome")}
        </Link>
      </p>
    </div>
  );
}
