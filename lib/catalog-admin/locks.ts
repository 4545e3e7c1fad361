import type { Tx } from "@/lib/db";
import { notFound } from "@/lib/errors";

// Row locks taken before reading the "before" of an audit record, so two staff saving at once are recorded in
// the order they happened and each record's before is the other's after.

export async function lockProduct(tx: Tx, id: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM products WHERE id = ${id}::uuid FOR UPDATE`;
  if (rows.length === 0) throw notFound("The product was not found.");
}

export async function lockVariant(tx: Tx, id: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM product_variants WHERE id = ${id}::uuid FOR UPDATE`;
  if (rows.length === 0) throw notFound("The variant was not found.");
}

export async function lockCategory(tx: Tx, id: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM categories WHERE id = ${id}::uuid FOR UPDATE`;
  if (rows.length === 0) throw notFound("The category was not found.");
}

/** Every category, in one order so two renumberings queue instead of deadlocking. */
export async function lockAllCategories(tx: Tx): Promise<void> {
  await tx.$queryRaw`SELECT id FROM categories ORDER BY id FOR UPDATE`;
}
