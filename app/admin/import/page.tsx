import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { adminLocale } from "@/app/admin/_lib/format";
import { staffGate } from "@/app/admin/_lib/gate";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, type csvColumns, translationColumns } from "@/lib/catalog-admin/csv-format";
import { env } from "@/lib/env";
import { ImportPanel } from "./_components/import-panel";
import "../catalog.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.import");
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

/** The columns the list explains, in the file's order; option2_… and option3_… are explained with option1_…. */
const describedColumns = [
  "sku",
  "product_slug",
  "product_name",
  "category_slug",
  "status",
  "featured",
  "vat_rate",
  "description",
  "option1_name",
  "option1_value",
  "price",
  "currency",
  "stock_on_hand",
  "stock_reserved",
  "variant_active",
  "variant_position",
  "weight_grams",
] as const satisfies readonly (typeof csvColumns)[number][];

export default async function ImportPage() {
  await staffGate("/admin/import");
  const t = await getTranslations("admin.import");
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <div className="page-head">
        <h1>{t("title")}</h1>
        <a className="button button-secondary" href="/api/admin/products/export.csv" download>
          {t("exportAll")}
        </a>
      </div>
      <p>
        {t.rich("intro", {
          code: (text) => <code>{text}</code>,
          link: (text) => <Link href="/admin/products">{text}</Link>,
        })}
      </p>
      <details className="panel">
        <summary>{t("columnsTitle")}</summary>
        <ul className="column-list">
          {describedColumns.map((column) => (
            <li key={column}>
              <code>{column}</code>: {t(`columns.${column}`, { currency: env.SHOP_CURRENCY })}
            </li>
          ))}
          {translationColumns.map(({ name, description }) => (
            <li key={name}>
              <code>{name}</code>, <code>{description}</code>: {t("translationHelp")}
            </li>
          ))}
        </ul>
      </details>
      <ImportPanel maxMegabytes={MAX_IMPORT_BYTES / 1_048_576} maxRows={MAX_IMPORT_ROWS} locale={await adminLocale()} />
    </main>
  );
}
