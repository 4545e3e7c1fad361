import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/app/_components/locale-link";
import { db } from "@/lib/db";
import { legalDocuments } from "@/lib/legal/documents";
import { currentLegalVersions } from "@/lib/legal/get-legal-document";
import { staffGate } from "@/app/admin/_lib/gate";
import { adminFormat } from "@/app/admin/_lib/format";
import "../people.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.legal");
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

export default async function LegalPagesAdmin() {
  await staffGate("/admin/legal");
  const [current, t, tLegal, format] = await Promise.all([
    currentLegalVersions(db),
    getTranslations("admin.legal"),
    getTranslations("legal"),
    adminFormat(),
  ]);
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("page")}</th>
              <th scope="col">{t("address")}</th>
              <th scope="col" className="num">
                {t("version")}
              </th>
              <th scope="col">{t("published")}</th>
            </tr>
          </thead>
          <tbody>
            {legalDocuments.map((d) => {
              const version = current.get(d.kind);
              return (
                <tr key={d.kind}>
                  <td>
                    <LocaleLink href={`/admin/legal${d.path}`}>{tLegal(`documents.${d.kind}`)}</LocaleLink>
                  </td>
                  <td>
                    <LocaleLink href={d.path}>{d.path}</LocaleLink>
                  </td>
                  <td className="num">{version?.version ?? "—"}</td>
                  <td>{version ? format.when(version.publishedAt) : t("notPublished")}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </main>
  );
}
