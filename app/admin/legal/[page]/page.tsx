import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { legalDocument, legalKindForPath, legalVersionPath } from "@/lib/legal/documents";
import { currentLegalVersion, listLegalVersions } from "@/lib/legal/get-legal-document";
import { staffGate } from "@/app/admin/_lib/gate";
import { formatWhen } from "@/app/admin/_lib/format";
import { type RawSearchParams, firstParam } from "@/app/admin/_lib/search-params";
import { LegalDocumentForm } from "./legal-document-form";
import "../../people.css";

export const metadata: Metadata = { title: "Edit legal page", robots: { index: false } };
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
  const [current, versions] = await Promise.all([currentLegalVersion(db, kind), listLegalVersions(db, kind)]);
  const query = await searchParams;
  const published = firstParam(query.notice) === "published" ? Number(firstParam(query.version)) : null;
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <Link href="/admin/legal">← Legal pages</Link>
      </p>
      <h1>{current?.title ?? info.defaultTitle}</h1>
      {published && current?.version === published ? (
        <p role="status" className="notice notice-ok">
          Version {published} is published and in force.
        </p>
      ) : null}
      <p>{info.purpose}</p>
      <p>
        {current ? (
          <>
            In force: version {current.version}, published {formatWhen(current.publishedAt)} —{" "}
            <a href={info.path}>view it in the shop</a>.
          </>
        ) : (
          "Not published yet: the shop answers 404 at its address until you publish a version."
        )}
      </p>
      <LegalDocumentForm
        kind={kind}
        baseVersion={current?.version ?? 0}
        title={current?.title ?? info.defaultTitle}
        body={current?.body ?? ""}
      />
      {versions.length > 0 ? (
        <section aria-labelledby="versions-heading">
          <h2 id="versions-heading">Versions</h2>
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">Published versions, newest first</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    Version
                  </th>
                  <th scope="col">Title</th>
                  <th scope="col">Published</th>
                  <th scope="col">By</th>
                </tr>
              </thead>
              <tbody>
                {versions.map((v) => (
                  <tr key={v.id}>
                    <td className="num">
                      <a href={legalVersionPath(kind, v.version)}>{v.version}</a>
                    </td>
                    <td>{v.title}</td>
                    <td>{formatWhen(v.publishedAt)}</td>
                    <td>{v.publishedBy ?? "Demo template"}</td>
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
