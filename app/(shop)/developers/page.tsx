import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { pageMetadata } from "@/app/_components/metadata";
import { env } from "@/lib/env";
import { fieldRows } from "@/lib/openapi/schema-rows";
import { FieldTable, Prose, apiDocumentView } from "./operation-docs";
import { currentLanguage } from "@/lib/i18n/request-language";
import "./developers.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("developers");
  return pageMetadata({
    language: await currentLanguage(),
    title: t("title"),
    description: t("metaDescription", { shop: env.SHOP_NAME }),
    path: "/developers",
  });
}

// The overview: what the API is, one page per area (so no page grows with the whole API), and the error shape.
// The API's own reference text (from the OpenAPI document) stays in English, the language of the API itself.
export default async function DevelopersPage() {
  const t = await getTranslations("developers");
  const { doc, components, areas } = apiDocumentView();
  const errorRows = fieldRows({ $ref: "#/components/schemas/Error" }, components);
  return (
    <div className="developers-page">
      <h1>{t("title")}</h1>
      <p>
        <Prose text={doc.info.description ?? ""} />
      </p>
      <p>
        {t.rich("baseUrl", {
          url: doc.servers?.[0]?.url ?? env.PUBLIC_BASE_URL,
          code: (chunks) => <code>{chunks}</code>,
          document: (chunks) => <a href="/api/openapi.json">{chunks}</a>,
        })}
      </p>

      <nav aria-labelledby="api-contents" className="api-contents">
        <h2 id="api-contents">{t("contents")}</h2>
        <ul>
          {areas.map((area) => (
            <li key={area.slug}>
              <Link prefetch={false} href={`/developers/${area.slug}`}>
                {area.tag}
              </Link>
              <ul>
                {area.operations.map(({ path, method, op }) => (
                  <li key={op.operationId}>
                    <Link prefetch={false} href={`/developers/${area.slug}#${op.operationId}`}>
                      {method.toUpperCase()} {path}
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
          <li>
            <a href="#errors">{t("errors")}</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="errors">
        <h2 id="errors">{t("errors")}</h2>
        <p>{t.rich("errorsText", { code: (chunks) => <code>{chunks}</code> })}</p>
        <FieldTable caption={t("errorBody")} rows={errorRows} />
      </section>
    </div>
  );
}
