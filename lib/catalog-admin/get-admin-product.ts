import { storedOptionValues } from "@/lib/catalog/stored-option-values";
import type { Db, Tx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { AdminProduct, AdminVariant } from "./types";

const STOCK_HISTORY = 20;

interface VariantRow {
  id: string;
  sku: string;
  optionValues: unknown;
  priceMinor: number;
  currency: string;
  stockOnHand: number;
  stockReserved: number;
  active: boolean;
  position: number;
  weightGrams: number;
}

export function toAdminVariant(v: VariantRow): AdminVariant {
  return {
    id: v.id,
    sku: v.sku,
    optionValues: storedOptionValues(v.optionValues),
    price: { amountMinor: v.priceMinor, currency: v.currency.trim() },
    stockOnHand: v.stockOnHand,
    stockReserved: v.stockReserved,
    available: Math.max(0, v.stockOnHand - v.stockReserved),
    active: v.active,
    position: v.position,
    weightGrams: v.weightGrams,
  };
}

/** A product as staff see it: every variant and picture whatever their state, and its recent stock history. */
export async function getAdminProduct(db: Db | Tx, id: string): Promise<AdminProduct> {
  const product = await db.product.findUnique({
    where: { id },
    include: {
      category: { select: { id: true, slug: true, name: true, archived: true } },
      variants: { orderBy: [{ position: "asc" }, { sku: "asc" }] },
      images: { orderBy: [{ position: "asc" }, { id: "asc" }] },
    },
  });
  if (!product) throw notFound("The product was not found.");
  const variantIds = product.variants.map((v) => v.id);
  const [adjustments, orderLines] = await Promise.all([
    db.stockAdjustment.findMany({
      where: { variantId: { in: variantIds } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: STOCK_HISTORY,
      include: { variant: { select: { sku: true } } },
    }),
    variantIds.length > 0 ? db.orderLine.count({ where: { variantId: { in: variantIds } } }) : Promise.resolve(0),
  ]);
  return {
    id: product.id,
    slug: product.slug,
    name: product.name,
    description: product.description,
    category: product.category,
    status: product.status,
    featured: product.featured,
    vatRateBps: product.vatRateBps,
    optionNames: product.optionNames,
    variants: product.variants.map(toAdminVariant),
    images: product.images.map(({ id: imageId, url, alt, width, height, position }) => ({
      id: imageId,
      url,
      alt,
      width,
      height,
      position,
    })),
    stockAdjustments: adjustments.map((a) => ({
      id: a.id,
      variantId: a.variantId,
      sku: a.variant.sku,
      delta: a.delta,
      stockAfter: a.stockAfter,
      reason: a.reason,
      actor: a.actor,
      createdAt: a.createdAt.toISOString(),
    })),
    hasOrders: orderLines > 0,
    createdAt: product.createdAt.toISOString(),
    updatedAt: product.updatedAt.toISOString(),
  };
}
