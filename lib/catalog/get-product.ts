import { storedOptionValues } from "@/lib/catalog/stored-option-values";
import type { Db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { stockStateOf } from "./stock-state";
import type { ProductDetail } from "./types";

/** An active product of a category not archived, with its active variants and images, or a not_found error. */
export async function getProductBySlug(db: Db, slug: string): Promise<ProductDetail> {
  const product = await db.product.findUnique({
    where: { slug },
    include: {
      category: { select: { slug: true, name: true, archived: true } },
      variants: { where: { active: true }, orderBy: [{ position: "asc" }, { sku: "asc" }] },
      images: { orderBy: { position: "asc" } },
    },
  });
  if (!product || product.status !== "ACTIVE" || product.category.archived || product.variants.length === 0) {
    throw notFound("The product");
  }

  return {
    id: product.id,
    slug: product.slug,
    name: product.name,
    description: product.description,
    category: { slug: product.category.slug, name: product.category.name },
    vatRateBps: product.vatRateBps,
    optionNames: product.optionNames,
    variants: product.variants.map((v) => {
      const available = Math.max(0, v.stockOnHand - v.stockReserved);
      return {
        id: v.id,
        sku: v.sku,
        options: storedOptionValues(v.optionValues),
        price: { amountMinor: v.priceMinor, currency: v.currency },
        available,
        stockState: stockStateOf(available),
      };
    }),
    images: product.images.map(({ url, alt, width, height }) => ({ url, alt, width, height })),
    updatedAt: product.updatedAt.toISOString(),
  };
}
