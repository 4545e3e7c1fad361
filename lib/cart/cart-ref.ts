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
