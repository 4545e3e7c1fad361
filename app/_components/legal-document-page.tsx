import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageMetadata } from "@/app/_components/metadata";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { LegalDocumentKind } from "@/lib/generated/prisma/client";
import { allowPageCache, onlyQueryKeys } from "@/lib/http/page-render-record";
import { formattingLocale } from "@/lib/i18n/languages";
import { currentLanguage } from "@/lib/i18n/request-language";
import { type Translator, translator } from "@/lib/i18n/translator";
import { legalDocument, legalVersionPath } from "@/lib/legal/documents";
import { currentLegalVersion, legalVersion, listLegalVersions } from "@/lib/legal/get-legal-document";
import { LegalMarkdown } from "@/lib/legal/render-markdown";
import { legalVersionNumberSchema } from "@/lib/legal/schemas";
import { type ShopIdentity, loadShopIdentity } from "@/lib/shop/shop-identity";
import { LocaleLink as Link } from "./locale-link";
import { ShopOperator } from "./shop-operator";

// The public pages of the legal texts: the version in force at the page's address, any version at
// `{path}/versions/{n}`. They read no session, so the page cache may keep them (publishing drops them).

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
type VersionParams = Promise<{ version: string }>;

/** The page's words and dates in its language. translator() rather than getTranslations(): these pages are also
 * rendered outside a request (tests), and the article below must stay a plain (synchronous) component. */
async function pageLanguage(): Promise<{ t: Translator; formatDate: (date: Date) => string }> {
  const language = await currentLanguage();
  const format = new Intl.DateTimeFormat(formattingLocale(language), {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: env.SHOP_TIME_ZONE,
  });
  return { t: translator(language), formatDate: (date) => format.format(date) };
}

function LegalArticle({
  t,
  formatDate,
  ...props
}: {
  t: Translator;
  formatDate: (date: Date) => string;
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
        {t("legal.versionPublished", { version: props.version, date: formatDate(props.publishedAt) })}{" "}
        {props.inForce
          ? null
          : t.rich("legal.notInForce", {
              strong: (chunks) => <strong>{chunks}</strong>,
              current: (chunks) => <Link href={info.path}>{chunks}</Link>,
            })}
      </p>
      {props.operator ? <ShopOperator shop={props.operator} t={t} /> : null}
      <div className="legal-text">
        <LegalMarkdown text={props.body} />
      </div>
      {props.history.length > 1 ? (
        <nav aria-label={t("legal.versions")} className="legal-versions">
          <h2>{t("legal.allVersions")}</h2>
          <ul>
            {props.history.map((v) => (
              <li key={v.version}>
                {v.version === props.version ? (
                  <span aria-current="page">
                    {t("legal.versionEntry", { version: v.version, date: formatDate(v.publishedAt) })}
                  </span>
                ) : (
                  <Link prefetch={false} href={legalVersionPath(props.kind, v.version)}>
                    {t("legal.versionEntry", { version: v.version, date: formatDate(v.publishedAt) })}
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
    const [current, history, operator, language] = await Promise.all([
      currentLegalVersion(db, kind),
      listLegalVersions(db, kind),
      kind === "IMPRINT" ? loadShopIdentity(db) : undefined,
      pageLanguage(),
    ]);
    if (!current) notFound();
    return <LegalArticle {...language} {...current} inForce history={history} operator={operator} />;
  };
}

export function legalMetadata(kind: LegalDocumentKind) {
  return async function generateMetadata(): Promise<Metadata> {
    const info = legalDocument(kind);
    const [current, language] = await Promise.all([currentLegalVersion(db, kind), currentLanguage()]);
    const t = translator(language);
    const title = t(`legal.documents.${kind}`);
    return pageMetadata({
      language,
      title: current?.title ?? title,
      description: t("legal.metaDescription", { title, shop: env.SHOP_NAME }),
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
    const [found, history, language] = await Promise.all([
      legalVersion(db, kind, number.data),
      listLegalVersions(db, kind),
      pageLanguage(),
    ]);
    if (!found) notFound();
    if (onlyQueryKeys(await searchParams)) allowPageCache();
    const inForce = history[0]?.version === found.version;
    return <LegalArticle {...language} {...found} inForce={inForce} history={history} />;
  };
}

export function legalVersionMetadata(kind: LegalDocumentKind) {
  return async function generateMetadata({ params }: { params: VersionParams }): Promise<Metadata> {
    const info = legalDocument(kind);
    const [{ version }, language] = await Promise.all([params, currentLanguage()]);
    const t = translator(language);
    const title = t(`legal.documents.${kind}`);
    return pageMetadata({
      language,
      title: t("legal.versionTitle", { title, version }),
      description: t("legal.versionDescription", { title: title.toLowerCase(), version, shop: env.SHOP_NAME }),
      path: `${info.path}/versions/${version}`,
      noIndex: true,
    });
  };
}
