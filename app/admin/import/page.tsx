import type { Metadata } from "next";
import Link from "next/link";
import { staffGate } from "@/app/admin/_lib/gate";
import { MAX_IMPORT_BYTES, csvColumns, translationColumns } from "@/lib/catalog-admin/csv-format";
import { env } from "@/lib/env";
import { ImportPanel } from "./_components/import-panel";
import "../catalog.css";

export const metadata: Metadata = { title: "Import products", robots: { index: false } };
export const dynamic = "force-dynamic";

const columnHelp: Record<(typeof csvColumns)[number], string> = {
  sku: "required; finds the variant (in capitals)",
  product_slug: "the product; required for a new SKU",
  product_name: "required for a new product",
  category_slug: "required for a new product",
  status: "DRAFT, ACTIVE or ARCHIVED (new products: DRAFT)",
  featured: "true or false",
  vat_rate: "percent, e.g. 21",
  description: "plain text",
  option1_name: "e.g. Size (option2_…, option3_… alike)",
  option1_value: "e.g. M",
  option2_name: "",
  option2_value: "",
  option3_name: "",
  option3_value: "",
  price: `in ${env.SHOP_CURRENCY}, e.g. 19.99`,
  currency: `must be ${env.SHOP_CURRENCY}`,
  stock_on_hand: "units on hand; the change is recorded",
  stock_reserved: "exported for information, ignored",
  variant_active: "true or false",
  variant_position: "order among the variants",
  weight_grams: "whole grams, 0–1000000 (new variants: 0)",
};

const translationHelp =
  "the product's name and description in that language; an empty cell clears it (the shop shows its own text), a file without the column leaves it as it is";

export default async function ImportPage() {
  await staffGate("/admin/import");
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <div className="page-head">
        <h1>Import products</h1>
        <a className="button button-secondary" href="/api/admin/products/export.csv" download>
          Export all products
        </a>
      </div>
      <p>
        One row per variant, matched by SKU. Only <code>sku</code> is required: leave out a column (or a cell) and that
        value stays as it is. An export edited in a spreadsheet imports back as it is. Products are never deleted by an
        import; set their status to ARCHIVED instead. See the <Link href="/admin/products">product list</Link> for what
        is in the shop now.
      </p>
      <details className="panel">
        <summary>The columns</summary>
        <ul className="column-list">
          {csvColumns
            .filter((column) => columnHelp[column])
            .map((column) => (
              <li key={column}>
                <code>{column}</code>: {columnHelp[column]}
              </li>
            ))}
          {translationColumns.map(({ name, description }) => (
            <li key={name}>
              <code>{name}</code>, <code>{description}</code>: {translationHelp}
            </li>
          ))}
        </ul>
      </details>
      <ImportPanel maxMegabytes={MAX_IMPORT_BYTES / 1_048_576} />
    </main>
  );
}
