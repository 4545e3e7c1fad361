import { createDb } from "@/lib/db/client";

/**
 * Guest carts ready to check out, written straight into the database. "mix": each cart holds 1–3 random items of
 * the demo catalog, as real shoppers' do. "hot": every cart holds the same two items, a flash sale where all
 * orders queue on the same stock rows. Stock is raised so the benchmark measures ordering, not selling out.
 */
export async function prepareCarts(url: string, kind: "mix" | "hot", count: number): Promise<string[]> {
  const db = createDb(url, 2);
  await db.$executeRaw`UPDATE product_variants SET "stockOnHand" = 1000000`;
  const rows =
    kind === "hot"
      ? await db.$queryRaw<{ id: string }[]>`
          WITH v AS (SELECT id FROM product_variants ORDER BY sku LIMIT 2),
          c AS (INSERT INTO carts (id, "updatedAt") SELECT gen_random_uuid(), now() FROM generate_series(1, ${count}) RETURNING id),
          l AS (INSERT INTO cart_lines (id, "cartId", "variantId", quantity)
                SELECT gen_random_uuid(), c.id, v.id, 1 FROM c CROSS JOIN v RETURNING "cartId")
          SELECT DISTINCT "cartId" AS id FROM l`
      : await db.$queryRaw<{ id: string }[]>`
          WITH v AS (SELECT id, row_number() OVER (ORDER BY random()) AS n FROM product_variants),
          c AS (INSERT INTO carts (id, "updatedAt") SELECT gen_random_uuid(), now() FROM generate_series(1, ${count}) RETURNING id),
          picks AS (SELECT c.id AS cart, 1 + floor(random() * (SELECT count(*) FROM v))::int AS n, k
                    FROM c CROSS JOIN generate_series(1, 3) k WHERE k = 1 OR random() < 0.5),
          l AS (INSERT INTO cart_lines (id, "cartId", "variantId", quantity)
                SELECT gen_random_uuid(), p.cart, v.id, 1 FROM picks p JOIN v ON v.n = p.n
                ON CONFLICT ("cartId", "variantId") DO NOTHING RETURNING "cartId")
          SELECT DISTINCT "cartId" AS id FROM l`;
  await db.$disconnect();
  return rows.map((r) => r.id);
}

/** Active products with their variant ids, for shoppers who pick something. */
export async function catalogPicks(url: string): Promise<{ slug: string; variantIds: string[] }[]> {
  const db = createDb(url, 2);
  const products = await db.product.findMany({
    where: { status: "ACTIVE" },
    select: { slug: true, variants: { where: { active: true }, select: { id: true } } },
  });
  await db.$disconnect();
  return products
    .map((p) => ({ slug: p.slug, variantIds: p.variants.map((v) => v.id) }))
    .filter((p) => p.variantIds.length > 0);
}
