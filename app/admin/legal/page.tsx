import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db";
import { legalDocuments } from "@/lib/legal/documents";
import { currentLegalVersions } from "@/lib/legal/get-legal-document";
import { staffGate } from "@/app/admin/_lib/gate";
import { formatWhen } from "@/app/admin/_lib/format";
import "../people.css";

export const metadata: Metadata = { title: "Legal pages", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function LegalPagesAdmin() {
  await staffGate("/admin/legal");
  const current = await currentLegalVersions(db);
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <h1>Legal pages</h1>
      <p>
        Shoppers see these pages in every page&apos;s footer and at checkout, where they accept the terms and the
        privacy notice; each order records the versions accepted. Publishing a change adds a version: the earlier ones
        stay readable at their own addresses.
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">Legal pages and the version in force</caption>
          <thead>
            <tr>
              <th scope="col">Page</th>
              <th scope="col">Address</th>
              <th scope="col" className="num">
                Version
              </th>
              <th scope="col">Published</th>
            </tr>
          </thead>
          <tbody>
            {legalDocuments.map((d) => {
              const version = current.get(d.kind);
              return (
                <tr key={d.kind}>
                  <td>
                    <Link href={`/admin/legal${d.path}`}>{version?.title ?? d.defaultTitle}</Link>
                  </td>
                  <td>
                    <a href={d.path}>{d.path}</a>
                  </td>
                  <td className="num">{version?.version ?? "—"}</td>
                  <td>{version ? formatWhen(version.publishedAt) : "Not published"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </main>
  );
}
