import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/app/_components/locale-link";
import { PageNotice } from "@/app/admin/_components/page-notice";
import { staffGate } from "@/app/admin/_lib/gate";
import { firstParam, type RawSearchParams } from "@/app/admin/_lib/search-params";
import { db } from "@/lib/db";
import { loadShopIdentity } from "@/lib/shop/shop-identity";
import { ShopIdentityForm } from "./shop-identity-form";
import "../people.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.shopIdentity");
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

export default async function ShopIdentityPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await staffGate("/admin/shop-identity");
  const [identity, saved, query, t] = await Promise.all([
    loadShopIdentity(db),
    db.shopIdentitySetting.findUnique({ where: { id: 1 }, select: { updatedAt: true } }),
    searchParams,
    getTranslations("admin.shopIdentity"),
  ]);
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <h1>{t("title")}</h1>
      <PageNotice notice={firstParam(query.notice)} messages={{ saved: t("saved") }} />
      <p>
        {t.rich("intro", {
          imprint: (chunks) => <LocaleLink href="/imprint">{chunks}</LocaleLink>,
          payments: (chunks) => <LocaleLink href="/admin/payments">{chunks}</LocaleLink>,
        })}
      </p>
      {saved ? null : (
        <p className="notice" role="note">
          {t("notSaved")}
        </p>
      )}
      <section className="panel section" aria-labelledby="identity-title">
        <h2 id="identity-title">{t("legalIdentity")}</h2>
        <ShopIdentityForm
          initial={{
            legalName: identity.legalName,
            address: identity.addressLines.join("\n"),
            companyId: identity.companyId ?? "",
            vatId: identity.vatId ?? "",
            email: identity.email,
          }}
        />
      </section>
    </main>
  );
}
