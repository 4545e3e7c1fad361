import { stringify } from "csv-stringify/sync";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { formatDecimal, formatVatPercent } from "./amounts";
import { type CsvColumn, allCsvColumns, optionColumns, translationColumns, yesNo } from "./csv-format";
import { type ProductFilter, productFilterSql } from "./list-admin-products";

const BATCH = 500;

interface Row {
  sku: string;
  optionValues: unknown;
  priceMinor: number;
  currency: string;
  stockOnHand: number;
  stockReserved: number;
  active: boolean;
  position: number;
  weightGrams: number;
  slug: string;
  name: string;
  description: string;
  status: string;
  featured: boolean;
  vatRateBps: number;
  optionNames: string[];
  categorySlug: string;
  /** language → the product's translation, from product_translations. */
  translations: Record<string, { name: string | null; description: string | null }> | null;
}

function record(row: Row): Record<CsvColumn, string> {
  const values = (row.optionValues ?? {}) as Record<string, unknown>;
  const currency = row.currency.trim();
  const out: Record<CsvColumn, string> = {
    sku: row.sku,
    product_slug: row.slug,
    product_name: row.name,
    category_slug: row.categorySlug,
    status: row.status,
    featured: yesNo(row.featured),
    vat_rate: formatVatPercent(row.vatRateBps),
    description: row.description,
    option1_name: "",
    option1_value: "",
    option2_name: "",
    option2_value: "",
    option3_name: "",
    option3_value: "",
    price: formatDecimal(row.priceMinor, currency),
    currency,
    stock_on_hand: String(row.stockOnHand),
    stock_reserved: String(row.stockReserved),
    variant_active: yesNo(row.active),
    variant_position: String(row.position),
    weight_grams: String(row.weightGrams),
  };
  optionColumns.forEach(([nameColumn, valueColumn], index) => {
    const name = row.optionNames[index];
    if (name === undefined) return;
    out[nameColumn] = name;
    const value = values[name];
    out[valueColumn] = typeof value === "string" ? value : "";
  });
  for (const { language, name, description } of translationColumns) {
    out[name] = row.translations?.[language]?.name ?? "";
    out[description] = row.translations?.[language]?.description ?? "";
  }
  return out;
}

const toCsv = (records: Record<CsvColumn, string>[]) =>
  stringify(records, {
    columns: [...allCsvColumns],
    escape_formulas: true,
    record_delimiter: "windows",
    // Line breaks inside a description are quoted too, not only the \r\n between records.
    quoted_match: /[\r\n]/,
  });

/**
 * Every variant of the products the filter selects, as CSV, read from the database 500 rows at a time as the
 * client takes them: memory stays flat however large the catalog, and a slow download holds no transaction.
 * Keyset pagination (slug, position, sku) keeps each batch one index-friendly query.
 */
export function exportProductsCsv(db: Db, filter: ProductFilter): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor: { slug: string; position: number; sku: string } | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          started = true;
          // A byte-order mark so spreadsheet programs read the file as UTF-8.
          controller.enqueue(
            encoder.encode(`\uFEFF${stringify([[...allCsvColumns]], { record_delimiter: "windows" })}`),
          );
          return;
        }
        const after = cursor
          ? Prisma.sql`AND (p.slug, v.position, v.sku) > (${cursor.slug}, ${cursor.position}::int, ${cursor.sku})`
          : Prisma.empty;
        const rows = await db.$queryRaw<Row[]>`
          SELECT v.sku, v."optionValues", v."priceMinor", v.currency, v."stockOnHand", v."stockReserved", v.active,
                 v.position, v."weightGrams", p.slug, p.name, p.description, p.status::text AS status, p.featured, p."vatRateBps",
                 p."optionNames", c.slug AS "categorySlug",
                 (SELECT json_object_agg(t.language, json_build_object('name', t.name, 'description', t.description))
                  FROM product_translations t WHERE t."productId" = p.id) AS translations
          FROM product_variants v
          JOIN products p ON p.id = v."productId"
          JOIN categories c ON c.id = p."categoryId"
          WHERE ${productFilterSql(filter)} ${after}
          ORDER BY p.slug, v.position, v.sku
          LIMIT ${BATCH}`;
        const last = rows.at(-1);
        if (last) {
          controller.enqueue(encoder.encode(toCsv(rows.map(record))));
          cursor = { slug: last.slug, position: last.position, sku: last.sku };
        }
        if (rows.length < BATCH) controller.close();
      },
    },
    { highWaterMark: 1 },
  );
}
