import type { Db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { type CartRef, ensureCartId } from "./cart-ref";
import { type AddCartLine, MAX_CART_LINES, MAX_LINE_QUANTITY } from "./schemas";

export interface AddToCartResult {
  cartId: string;
  quantity: number;
  /** True when fewer were added than asked, because of stock or the per-line maximum. */
  capped: boolean;
}

export async function addToCart(db: Db, ref: CartRef, input: AddCartLine): Promise<AddToCartResult> {
  return db.$transaction(async (tx) => {
    const variant = await tx.productVariant.findUnique({
      where: { id: input.variantId },
      select: {
        id: true,
        active: true,
        stockOnHand: true,
        stockReserved: true,
        product: { select: { status: true, category: { select: { archived: true } } } },
      },
    });
    // What the storefront does not show cannot be bought: an archived category hides its products too.
    if (!variant || !variant.active || variant.product.status !== "ACTIVE" || variant.product.category.archived) {
      throw notFound("That product option");
    }
    const available = variant.stockOnHand - variant.stockReserved;
    if (available <= 0) throw new AppError("out_of_stock", "Sorry, that item is out of stock.");

    const cartId = await ensureCartId(tx, ref);
    const existing = await tx.cartLine.findUnique({
      where: { cartId_variantId: { cartId, variantId: variant.id } },
      select: { quantity: true },
    });
    if (!existing && (await tx.cartLine.count({ where: { cartId } })) >= MAX_CART_LINES) {
      throw new AppError("conflict", `A cart holds at most ${MAX_CART_LINES} different items.`);
    }
    const wanted = (existing?.quantity ?? 0) + input.quantity;
    const quantity = Math.min(wanted, MAX_LINE_QUANTITY, available);
    await tx.cartLine.upsert({
      where: { cartId_variantId: { cartId, variantId: variant.id } },
      update: { quantity },
      create: { cartId, variantId: variant.id, quantity },
    });
    await tx.cart.update({ where: { id: cartId }, data: { updatedAt: new Date() } });
    return { cartId, quantity, capped: quantity < wanted };
  });
}
