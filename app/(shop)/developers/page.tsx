import type { Metadata } from "next";
import { pageMetadata } from "@/app/_components/metadata";
import { env } from "@/lib/env";
import { fieldRows } from "@/lib/openapi/schema-rows";
import { FieldTable, Prose, apiDocumentView } from "./operation-docs";
import "./developers.css";
import { currentLanguage } from "@/lib/i18n/request-language";

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    language: await currentLanguage(),
    title: "API for developers",
    description: `The ${env.SHOP_NAME} HTTP API: catalog, cart, checkout, orders, accounts and the staff API, with every field and error.`,
    path: "/developers",
  });
}

// The overview: what the API is, one page per area (so no page grows with the whole API), and the error shape.
export default function DevelopersPage() {
  const { doc, components, areas } = apiDocumentView();
  const errorRows = fieldRows({ $ref: "#/components/schemas/Error" }, components);
  return (
    <div className="developers-page">
      <h1>API for developers</h1>
      <p>
        <Prose text={doc.info.description ?? ""} />
      </p>
      <p>
        Base URL: <code>{doc.servers?.[0]?.url ?? env.PUBLIC_BASE_URL}</code>. The machine-readable description is at{" "}
        <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1); load it into any OpenAPI tool to generate a
        client.
      </p>

      <nav aria-labelledby="api-contents" className="api-contents">
        <h2 id="api-contents">Contents</h2>
        <ul>
          {areas.map((area) => (
            <li key={area.slug}>
              <a href={`/developers/${area.slug}`}>{area.tag}</a>
              <ul>
                {area.operations.map(({ path, method, op }) => (
                  <li key={op.operationId}>
                    <a href={`/developers/${area.slug}#${op.operationId}`}>
                      {method.toUpperCase()} {path}
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
          <li>
            <a href="#errors">Errors</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="errors">
        <h2 id="errors">Errors</h2>
        <p>
          Every error answers with the same JSON shape and an HTTP status that matches its code. Quote the{" "}
          <code>requestId</code> when you report a problem: it is in the <code>x-request-id</code> header of every
          response and in the shop&apos;s logs.
        </p>
        <FieldTable caption="Error body" rows={errorRows} />
      </section>
    </div>
  );
}
