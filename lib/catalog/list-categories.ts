import type { Db } from "@/lib/db/client";
import { translationLanguage } from "./translation-language";
import type { ImageRef } from "./types";

export interface CategorySummary {
  slug: string;
  name: string;
  description: string;
  /** Active products with at least one active variant: what the category page can show. */
  productCount: number;
  /** A picture for the category: the first image of its featured (else newest) product. */
  image: ImageRef | null;
}

interface Row {
  slug: string;
  name: string;
  description: string;
  productCount: number;
  imageUrl: string | null;
  imageAlt: string | null;
  imageWidth: number | null;
  imageHeight: number | null;
}

/**
 * Every category not archived, in display order, with its product count and a picture, in one statement; names,
 * descriptions and alt texts in `language`, each falling back to the shop's own.
 */
export async function listCategories(db: Db, language: string): Promise<CategorySummary[]> {
  const translation = translationLanguage(language);
  const rows = await db.$queryRaw<Row[]>`
    SELECT c.slug, COALESCE(NULLIF(ct.name, ''), c.name) AS name,
           COALESCE(NULLIF(ct.description, ''), c.description) AS description,
           count(p.id)::int AS "productCount",
           img.url AS "imageUrl", img.alt AS "imageAlt", img.width AS "imageWidth", img.height AS "imageHeight"
    FROM categories c
    LEFT JOIN category_translations ct ON ct."categoryId" = c.id AND ct.language = ${translation}
    LEFT JOIN products p ON p."categoryId" = c.id AND p.status = 'ACTIVE'
         AND EXISTS (SELECT 1 FROM product_variants v WHERE v."productId" = p.id AND v.active)
    LEFT JOIN LATERAL (
      SELECT i.url, COALESCE(NULLIF(it.alt, ''), i.alt) AS alt, i.width, i.height
      FROM products fp JOIN product_images i ON i."productId" = fp.id
      LEFT JOIN product_image_translations it ON it."imageId" = i.id AND it.language = ${translation}
      WHERE fp."categoryId" = c.id AND fp.status = 'ACTIVE'
      ORDER BY fp.featured DESC, fp."createdAt" DESC, fp.id, i.position
      LIMIT 1
    ) img ON true
    WHERE NOT c.archived
    GROUP BY c.id, ct.id, img.url, img.alt, img.width, img.height
    ORDER BY c.position ASC, c.name ASC`;
  return rows.map((r) => ({
    slug: r.slug,
    name: r.name,
    description: r.description,
    productCount: r.productCount,
    image:
      r.imageUrl && r.imageWidth && r.imageHeight
        ? { url: r.imageUrl, alt: r.imageAlt ?? "", width: r.imageWidth, height: r.imageHeight }
        : null,
  }));
}
