import { z } from "zod";
import type { Db } from "@/lib/db";
import { integer } from "./schemas";
import { translatedLanguages } from "./translation-schemas";

// What is still to translate into one language: products and categories the shop shows (not archived) whose
// translation lacks a name, or a description where the shop's own text has one. An empty field falls back to the
// shop's own text on the storefront, so nothing breaks; this list is the staff's to-do list.

export const untranslatedQuerySchema = z.object({
  language: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.enum(translatedLanguages as [string, ...string[]], { error: "Unknown language." }).optional(),
  ),
  page: z.preprocess((v) => (v === "" ? undefined : v), integer("The page", 1, 100_000).default(1)),
});

export type MissingField = "name" | "description";

export interface UntranslatedItem {
  id: string;
  name: string;
  slug: string;
  missing: MissingField[];
}

export interface UntranslatedReport {
  language: string;
  products: { items: UntranslatedItem[]; missing: number; total: number; page: number; pageCount: number };
  categories: { items: UntranslatedItem[]; missing: number; total: number };
}

interface Row {
  id: string;
  name: string;
  slug: string;
  missingName: boolean;
  missingDescription: boolean;
}

const missingOf = (row: Row): MissingField[] => [
  ...(row.missingName ? (["name"] as const) : []),
  ...(row.missingDescription ? (["description"] as const) : []),
];

export const UNTRANSLATED_PAGE_SIZE = 50;

export async function listUntranslated(
  db: Db,
  language: string,
  page = 1,
  pageSize = UNTRANSLATED_PAGE_SIZE,
): Promise<UntranslatedReport> {
  const offset = (page - 1) * pageSize;
  const [products, productCounts, categories, categoryTotal] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT p.id, p.name, p.slug,
             coalesce(t.name, '') = '' AS "missingName",
             (p.description <> '' AND coalesce(t.description, '') = '') AS "missingDescription"
      FROM products p
      LEFT JOIN product_translations t ON t."productId" = p.id AND t.language = ${language}
      WHERE p.status <> 'ARCHIVED'
        AND (coalesce(t.name, '') = '' OR (p.description <> '' AND coalesce(t.description, '') = ''))
      ORDER BY p.name, p.id
      LIMIT ${pageSize} OFFSET ${offset}`,
    db.$queryRaw<{ total: bigint; missing: bigint }[]>`
      SELECT count(*) AS total,
             count(*) FILTER (WHERE coalesce(t.name, '') = ''
                              OR (p.description <> '' AND coalesce(t.description, '') = '')) AS missing
      FROM products p
      LEFT JOIN product_translations t ON t."productId" = p.id AND t.language = ${language}
      WHERE p.status <> 'ARCHIVED'`,
    db.$queryRaw<Row[]>`
      SELECT c.id, c.name, c.slug,
             coalesce(t.name, '') = '' AS "missingName",
             (c.description <> '' AND coalesce(t.description, '') = '') AS "missingDescription"
      FROM categories c
      LEFT JOIN category_translations t ON t."categoryId" = c.id AND t.language = ${language}
      WHERE NOT c.archived
        AND (coalesce(t.name, '') = '' OR (c.description <> '' AND coalesce(t.description, '') = ''))
      ORDER BY c.position, c.name, c.id`,
    db.category.count({ where: { archived: false } }),
  ]);
  const missing = Number(productCounts[0]?.missing ?? 0);
  return {
    language,
    products: {
      items: products.map((row) => ({ id: row.id, name: row.name, slug: row.slug, missing: missingOf(row) })),
      missing,
      total: Number(productCounts[0]?.total ?? 0),
      page,
      pageCount: Math.max(1, Math.ceil(missing / pageSize)),
    },
    categories: {
      items: categories.map((row) => ({ id: row.id, name: row.name, slug: row.slug, missing: missingOf(row) })),
      missing: categories.length,
      total: categoryTotal,
    },
  };
}
