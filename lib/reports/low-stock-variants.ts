import type { Db } from "@/lib/db";
import { variantTitle } from "@/lib/cart/variant-title";
import { LOW_STOCK_THRESHOLD } from "@/lib/catalog/stock-state";

export interface LowStockVariant {
  variantId: string;
  productId: string;
  productName: string;
  variantTitle: string;
  sku: string;
  stockOnHand: number;
  stockReserved: number;
  available: number;
}

interface Row {
  variantId: string;
  productId: string;
  productName: string;
  optionNames: string[];
  optionValues: unknown;
  sku: string;
  stockOnHand: number;
  stockReserved: number;
}

/**
 * Variants on sale whose available units (on hand less reserved) are at or below the storefront's "only a few
 * left" threshold, fewest first.
 */
export async function lowStockVariants(db: Db, limit = 10): Promise<LowStockVariant[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT v.id AS "variantId", p.id AS "productId", p.name AS "productName", p."optionNames", v."optionValues",
           v.sku, v."stockOnHand", v."stockReserved"
    FROM product_variants v
    JOIN products p ON p.id = v."productId"
    WHERE v.active AND p.status = 'ACTIVE' AND v."stockOnHand" - v."stockReserved" <= ${LOW_STOCK_THRESHOLD}
    ORDER BY v."stockOnHand" - v."stockReserved", p.name, v.sku
    LIMIT ${limit}`;
  return rows.map((row) => ({
    variantId: row.variantId,
    productId: row.productId,
    productName: row.productName,
    variantTitle: variantTitle(row.optionNames, row.optionValues),
    sku: row.sku,
    stockOnHand: row.stockOnHand,
    stockReserved: row.stockReserved,
    available: row.stockOnHand - row.stockReserved,
  }));
}
