import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ListPager } from "@/app/admin/_components/list-pager";
import { staffGate } from "@/app/admin/_lib/gate";
import { type RawSearchParams, flatParams, queryString } from "@/app/admin/_lib/search-params";
import { translationLanguages } from "@/app/admin/_lib/translation-languages";
import {
  type UntranslatedItem,
  listUntranslated,
  untranslatedQuerySchema,
} from "@/lib/catalog-admin/list-untranslated";
import { db } from "@/lib/db";
import "../catalog.css";

export const metadata: Metadata = { title: "Translations", robots: { index: false } };
export const dynamic = "force-dynamic";

/** What is left to translate, per language: products and categories lacking a name or a description. */
export default async function TranslationsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await staffGate("/admin/translations");
  const t = await getTranslations("adminTranslations");
  const languages = translationLanguages();
  const parsed = untranslatedQuerySchema.safeParse(flatParams(await searchParams));
  const query = parsed.success ? parsed.data : { language: undefined, page: 1 };
  const current = languages.find((l) => l.code === query.language) ?? languages[0];

  if (!current) {
    return (
      <main id="main" className="admin-page" tabIndex={-1}>
        <h1>{t("title")}</h1>
        <p>{t("noLanguages")}</p>
      </main>
    );
  }
  const report = await listUntranslated(db, current.code, query.page);
  const missingText = (item: UntranslatedItem) =>
    item.missing.map((field) => (field === "name" ? t("missingName") : t("missingDescription"))).join(", ");
  const hrefFor = (page: number) =>
    `/admin/translations${queryString({ language: current.code, page: page > 1 ? page : undefined })}`;

  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <div className="page-head">
        <h1>{t("title")}</h1>
      </div>
      <p className="muted">{t("intro")}</p>
      <p>
        <Link href="/admin/translations/options">{t("optionsLink")}</Link>
      </p>
      {!parsed.success ? (
        <p role="alert" className="notice notice-error">
          {t("badQuery")}
        </p>
      ) : null}

      {languages.length > 1 ? (
        <nav aria-label={t("languages")} className="page-actions">
          {languages.map((language) => (
            <Link
              key={language.code}
              href={`/admin/translations?language=${language.code}`}
              aria-current={language.code === current.code ? "page" : undefined}
            >
              {language.label}
            </Link>
          ))}
        </nav>
      ) : null}

      <p role="status" className="result-count" data-testid="untranslated-summary">
        {t("summary", {
          language: current.label,
          products: report.products.missing,
          productTotal: report.products.total,
          categories: report.categories.missing,
          categoryTotal: report.categories.total,
        })}
      </p>

      <section aria-labelledby="untranslated-products" className="section">
        <h2 id="untranslated-products">{t("productsHeading", { language: current.label })}</h2>
        {report.products.items.length === 0 ? (
          <p>{t("allProductsDone")}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("product")}</th>
                  <th scope="col">{t("missing")}</th>
                </tr>
              </thead>
              <tbody>
                {report.products.items.map((item) => (
                  <tr key={item.id}>
                    <td>
                      <Link href={`/admin/products/${item.id}#translations-title`}>{item.name}</Link>
                      <div className="muted">{item.slug}</div>
                    </td>
                    <td>{missingText(item)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {report.products.pageCount > 1 ? (
          <ListPager
            page={report.products.page}
            pageCount={report.products.pageCount}
            total={report.products.missing}
            noun={t("productsCounted", { count: report.products.missing })}
            hrefFor={hrefFor}
          />
        ) : null}
      </section>

      <section aria-labelledby="untranslated-categories" className="section">
        <h2 id="untranslated-categories">{t("categoriesHeading", { language: current.label })}</h2>
        {report.categories.items.length === 0 ? (
          <p>{t("allCategoriesDone")}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("category")}</th>
                  <th scope="col">{t("missing")}</th>
                </tr>
              </thead>
              <tbody>
                {report.categories.items.map((item) => (
                  <tr key={item.id}>
                    <td>
                      <Link href="/admin/categories">{item.name}</Link>
                      <div className="muted">{item.slug}</div>
                    </td>
                    <td>{missingText(item)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </main>
  );
}
