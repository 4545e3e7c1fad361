import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LocaleLink } from "@/app/_components/locale-link";
import { db } from "@/lib/db";
import { legalDocument, legalKindForPath, legalVersionPath } from "@/lib/legal/documents";
import { currentLegalVersion, listLegalVersions } from "@/lib/legal/get-legal-document";
import { staffGate } from "@/app/admin/_lib/gate";
import { adminFormat } from "@/app/admin/_lib/format";
import { type RawSearchParams, firstParam } from "@/app/admin/_lib/search-params";
import { LegalDocumentForm } from "./legal-document-form";
import "../../people.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.legal");
  return { title: t("editTitle"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

export default async function EditLegalPage({
  params,
  searchParams,
}: {
  params: Promise<{ page: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const { page } = await params;
  await staffGate(`/admin/legal/${encodeURIComponent(page)}`);
  const kind = legalKindForPath(`/${page}`);
  if (!kind) notFound();
  const info = legalDocument(kind);
  const [current, versions, query, t, tLegal, format] = await Promise.all([
    currentLegalVersion(db, kind),
    listLegalVersions(db, kind),
    searchParams,
    getTranslations("admin.legal"),
    getTranslations("legal"),
    adminFormat(),
  ]);
  // The page's name in the admin's language; the title the shop shows is the merchant's text, edited below.
  const pageName = tLegal(`documents.${kind}`);
  const published = firstParam(query.notice) === "published" ? Number(firstParam(query.version)) : null;
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <LocaleLink href="/admin/legal">{t("back")}</LocaleLink>
      </p>
      <h1>{pageName}</h1>
      {published && current?.version === published ? (
        <p role="status" className="notice notice-ok">
          {t("publishedNotice", { version: published })}
        </p>
      ) : null}
      <p>{t(`purpose.${kind}`)}</p>
      <p>
        {current
          ? t.rich("inForce", {
              version: current.version,
              date: format.when(current.publishedAt),
              link: (chunks) => <LocaleLink href={info.path}>{chunks}</LocaleLink>,
            })
          : t("notYet")}
      </p>
      <LegalDocumentForm
        kind={kind}
        baseVersion={current?.version ?? 0}
        title={current?.title ?? pageName}
        body={current?.body ?? ""}
      />
      {versions.length > 0 ? (
        <section aria-labelledby="versions-heading">
          <h2 id="versions-heading">{t("versionsTitle")}</h2>
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t("versionsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t("version")}
                  </th>
                  <th scope="col">{t("titleColumn")}</th>
                  <th scope="col">{t("published")}</th>
                  <th scope="col">{t("by")}</th>
                </tr>
              </thead>
              <tbody>
                {versions.map((v) => (
                  <tr key={v.id}>
                    <td className="num">
                      <LocaleLink href={legalVersionPath(kind, v.version)}>{String(v.version)}</LocaleLink>
                    </td>
                    <td>{v.title}</td>
                    <td>{format.when(v.publishedAt)}</td>
                    <td>{v.publishedBy ?? t("demoTemplate")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </main>
  );
}
