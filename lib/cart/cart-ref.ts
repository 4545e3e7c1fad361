import type { Pool, QueryResultRow } from "pg";
import type { Db, Tx } from "@/lib/db";

/** Who is asking: a signed-in shopper's cart is theirs; a guest's is the one named by their cookie. */
export interface CartRef {
  userId: string | null;
  cartId: string | null;
}

/** The cart this caller may use, or null. A guest cookie never opens a shopper's cart. */
export async function findCartId(db: Db | Tx, ref: CartRef): Promise<string | null> {
  if (ref.userId) {
    const cart = await db.cart.findUnique({ where: { userId: ref.userId }, select: { id: true } });
    return cart?.id ?? null;
  }
  if (!ref.cartId) return null;
  const cart = await db.cart.findFirst({ where: { id: ref.cartId, userId: null }, select: { id: true } });
  return cart?.id ?? null;
}

export interface CallerCartStatement {
  name: string;
  /** Reads from `carts c`; the caller's cart is added as its WHERE, as $1. */
  select: string;
  orderBy?: string;
  /** $2, $3… of `select`. */
  values?: readonly unknown[];
}

/**
 * The prepared statement over the caller's cart: `select` with the caller's cart as its WHERE (the same rule as
 * findCartId). A guest without a cart gets one that finds nothing.
 */
export function callerCartStatement(
  ref: CartRef,
  statement: CallerCartStatement,
): { name: string; text: string; values: unknown[] } {
  const order = statement.orderBy ? ` ORDER BY ${statement.orderBy}` : "";
  const more = statement.values ?? [];
  if (ref.userId) {
    const text = `${statement.select} WHERE c."userId" = $1::uuid${order}`;
    return { name: `${statement.name}.user`, text, values: [ref.userId, ...more] };
  }
  const text = `${statement.select} WHERE c.id = $1::uuid AND c."userId" IS NULL${order}`;
  return { name: `${statement.name}.guest`, text, values: [ref.cartId, ...more] };
}

/** Runs one prepared statement over the caller's cart (callerCartStatement). No rows when the caller has no cart. */
export async function queryCallerCart<R extends QueryResultRow>(
  pool: Pool,
  ref: CartRef,
  statement: CallerCartStatement,
): Promise<R[]> {
  if (!ref.userId && !ref.cartId) return [];
  return (await pool.query<R>(callerCartStatement(ref, statement))).rows;
}
