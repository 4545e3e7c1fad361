import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pageMetadata } from "@/app/_components/metadata";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { LegalDocumentKind } from "@/lib/generated/prisma/client";
import { allowPageCache, onlyQueryKeys } from "@/lib/http/page-render-record";
import { legalDocument, legalVersionPath } from "@/lib/legal/documents";
import { currentLegalVersion, legalVersion, listLegalVersions } from "@/lib/legal/get-legal-document";
import { LegalMarkdown } from "@/lib/legal/render-markdown";
import { legalVersionNumberSchema } from "@/lib/legal/schemas";
import { type ShopIdentity, loadShopIdentity } from "@/lib/shop/shop-identity";
import { ShopOperator } from "./shop-operator";
import { currentLanguage } from "@/lib/i18n/request-language";

// The public pages of the legal texts: the version in force at the page's address, any version at
// `{path}/versions/{n}`. They read no session, so the page cache may keep them (publishing drops them).

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
type VersionParams = Promise<{ version: string }>;

const dateFormat = new Intl.DateTimeFormat(env.SHOP_LOCALE, {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: env.SHOP_TIME_ZONE,
});

function LegalArticle(props: {
  kind: LegalDocumentKind;
  title: string;
  body: string;
  version: number;
  publishedAt: Date;
  inForce: boolean;
  history: { version: number; publishedAt: Date }[];
  /** The imprint in force shows who runs the shop, as staff set it today. */
  operator?: ShopIdentity;
}) {
  const info = legalDocument(props.kind);
  return (
    <article className="legal-page">
      <h1>{props.title}</h1>
      <p className="muted" data-testid="legal-version">
        Version {props.version}, published {dateFormat.format(props.publishedAt)}.{" "}
        {props.inForce ? null : (
          <>
            <strong>This version is no longer in force.</strong> <Link href={info.path}>Read the current version</Link>.
          </>
        )}
      </p>
      {props.operator ? <ShopOperator shop={props.operator} /> : null}
      <div className="legal-text">
        <LegalMarkdown text={props.body} />
      </div>
      {props.history.length > 1 ? (
        <nav aria-label="Versions" className="legal-versions">
          <h2>All versions</h2>
          <ul>
            {props.history.map((v) => (
              <li key={v.version}>
                {v.version === props.version ? (
                  <span aria-current="page">
                    Version {v.version} ({dateFormat.format(v.publishedAt)})
                  </span>
                ) : (
                  <Link prefetch={false} href={legalVersionPath(props.kind, v.version)}>
                    Version {v.version} ({dateFormat.format(v.publishedAt)})
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </article>
  );
}

/** The page of the version in force; 404 while the shop has published none. */
export function legalPage(kind: LegalDocumentKind) {
  return async function CurrentLegalPage({ searchParams }: { searchParams: SearchParams }) {
    if (onlyQueryKeys(await searchParams)) allowPageCache();
    const [current, history, operator] = await Promise.all([
      currentLegalVersion(db, kind),
      listLegalVersions(db, kind),
      kind === "IMPRINT" ? loadShopIdentity(db) : undefined,
    ]);
    if (!current) notFound();
    return <LegalArticle {...current} inForce history={history} operator={operator} />;
  };
}

export function legalMetadata(kind: LegalDocumentKind) {
  return async function generateMetadata(): Promise<Metadata> {
    const info = legalDocument(kind);
    const current = await currentLegalVersion(db, kind);
    return pageMetadata({
      language: await currentLanguage(),
      title: current?.title ?? info.defaultTitle,
      description: `${info.defaultTitle} of ${env.SHOP_NAME}.`,
      path: info.path,
    });
  };
}

/** An earlier (or the current) version at its own address; 404 for versions that do not exist. */
export function legalVersionPage(kind: LegalDocumentKind) {
  return async function LegalVersionPage({
    params,
    searchParams,
  }: {
    params: VersionParams;
    searchParams: SearchParams;
  }) {
    const number = legalVersionNumberSchema.safeParse((await params).version);
    if (!number.success || String(number.data) !== (await params).version) notFound();
    const [found, history] = await Promise.all([legalVersion(db, kind, number.data), listLegalVersions(db, kind)]);
    if (!found) notFound();
    if (onlyQueryKeys(await searchParams)) allowPageCache();
    const inForce = history[0]?.version === found.version;
    return <LegalArticle {...found} inForce={inForce} history={history} />;
  };
}

export function legalVersionMetadata(kind: LegalDocumentKind) {
  return async function generateMetadata({ params }: { params: VersionParams }): Promise<Metadata> {
    const info = legalDocument(kind);
    const { version } = await params;
    return pageMetadata({
      language: await currentLanguage(),
      title: `${info.defaultTitle}, version ${version}`,
      description: `Version ${version} of the ${info.defaultTitle.toLowerCase()} of ${env.SHOP_NAME}.`,
      path: `${info.path}/versions/${version}`,
      noIndex: true,
    });
  };
}
