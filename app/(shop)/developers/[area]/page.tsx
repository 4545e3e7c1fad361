import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pageMetadata } from "@/app/_components/metadata";
import { env } from "@/lib/env";
import { OperationDocs, apiDocumentView } from "../operation-docs";
import "../developers.css";
import { currentLanguage } from "@/lib/i18n/request-language";

type Props = { params: Promise<{ area: string }> };

function findArea(slug: string) {
  const view = apiDocumentView();
  const area = view.areas.find((a) => a.slug === slug);
  return area ? { ...view, area } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = findArea((await params).area);
  if (!found) return {};
  return pageMetadata({
    language: await currentLanguage(),
    title: `${found.area.tag} — API for developers`,
    description: `The ${env.SHOP_NAME} HTTP API, ${found.area.tag}: every operation with its fields and errors.`,
    path: `/developers/${found.area.slug}`,
  });
}

// One area of the API (one OpenAPI tag): its operations in full, rendered from the same document as the overview.
export default async function ApiAreaPage({ params }: Props) {
  const found = findArea((await params).area);
  if (!found) notFound();
  const { area, components } = found;
  return (
    <div className="developers-page">
      <p>
        <Link href="/developers">API for developers</Link>
      </p>
      <h1>{area.tag}</h1>
      <nav aria-labelledby="area-contents" className="api-contents">
        <h2 id="area-contents">Operations</h2>
        <ul>
          {area.operations.map(({ path, method, op }) => (
            <li key={op.operationId}>
              <a href={`#${op.operationId}`}>
                {method.toUpperCase()} {path}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {area.operations.map(({ path, method, op }) => (
        <OperationDocs key={op.operationId} method={method} path={path} op={op} components={components} />
      ))}
    </div>
  );
}
