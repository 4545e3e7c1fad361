import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { pageMetadata } from "@/app/_components/metadata";
import { env } from "@/lib/env";
import { OperationDocs, apiDocumentView } from "../operation-docs";
import { currentLanguage } from "@/lib/i18n/request-language";
import "../developers.css";

type Props = { params: Promise<{ area: string }> };

function findArea(slug: string) {
  const view = apiDocumentView();
  const area = view.areas.find((a) => a.slug === slug);
  return area ? { ...view, area } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = findArea((await params).area);
  if (!found) return {};
  const t = await getTranslations("developers");
  return pageMetadata({
    language: await currentLanguage(),
    title: t("areaTitle", { area: found.area.tag }),
    description: t("areaDescription", { shop: env.SHOP_NAME, area: found.area.tag }),
    path: `/developers/${found.area.slug}`,
  });
}

// One area of the API (one OpenAPI tag): its operations in full, rendered from the same document as the overview.
export default async function ApiAreaPage({ params }: Props) {
  const found = findArea((await params).area);
  if (!found) notFound();
  const { area, components } = found;
  const t = await getTranslations("developers");
  return (
    <div className="developers-page">
      <p>
        <Link href="/developers">{t("title")}</Link>
      </p>
      <h1>{area.tag}</h1>
      <nav aria-labelledby="area-contents" className="api-contents">
        <h2 id="area-contents">{t("operations")}</h2>
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
