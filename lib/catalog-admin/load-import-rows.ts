import { storedOptionValues } from "@/lib/catalog/stored-option-values";
import type { Db, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ExistingProduct, ExistingVariant } from "./import-plan";

// The variants and products a file names, read in chunks; the apply locks them (FOR UPDATE, in id order).

const CHUNK = 1000;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

export async function loadVariants(
  client: Db | Tx,
  skus: string[],
  lock: boolean,
): Promise<Map<string, ExistingVariant>> {
  const found = new Map<string, ExistingVariant>();
  for (const part of chunks(skus)) {
    const rows = await client.$queryRaw<(Omit<ExistingVariant, "optionValues"> & { optionValues: unknown })[]>`
      SELECT id, sku, "productId", "optionValues", "priceMinor", currency, "stockOnHand", "stockReserved", active, position,
             "weightGrams"
      FROM product_variants WHERE upper(sku) = ANY(${part}::text[])
      ORDER BY id ${lock ? Prisma.sql`FOR UPDATE` : Prisma.empty}`;
    // Keyed in capitals, as the file's SKUs are: a SKU stored in other letters (by SQL, or before SKUs were
    // normalised) is still found, and keeps its spelling.
    for (const row of rows) {
      const variant = { ...row, optionValues: storedOptionValues(row.optionValues), currency: row.currency.trim() };
      found.set(row.sku.toUpperCase(), variant);
    }
  }
  return found;
}

export async function loadProducts(
  client: Db | Tx,
  ids: string[],
  slugs: string[],
  lock: boolean,
): Promise<{ byId: Map<string, ExistingProduct>; bySlug: Map<string, ExistingProduct> }> {
  const byId = new Map<string, ExistingProduct>();
  const bySlug = new Map<string, ExistingProduct>();
  const load = async (where: Prisma.Sql) => {
    const rows = await client.$queryRaw<ExistingProduct[]>`
      SELECT id, slug, name, description, "categoryId", status::text AS status, featured, "vatRateBps", "optionNames",
             (SELECT count(*)::int FROM product_variants v WHERE v."productId" = products.id) AS "variantCount"
      FROM products WHERE ${where}
      ORDER BY id ${lock ? Prisma.sql`FOR UPDATE` : Prisma.empty}`;
    for (const row of rows) {
      byId.set(row.id, row);
      bySlug.set(row.slug, row);
    }
  };
  for (const part of chunks(ids)) await load(Prisma.sql`id = ANY(${part}::uuid[])`);
  for (const part of chunks(slugs)) await load(Prisma.sql`slug = ANY(${part}::text[])`);
  return { byId, bySlug };
}
