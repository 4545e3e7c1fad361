import type { Db } from "@/lib/db";
import { MAX_CART_LINES, MAX_LINE_QUANTITY } from "./schemas";

export interface MergeChange {
  productName: string;
  requested: number;
  added: number;
}

/**
 * On sign-in, moves a guest cart's lines into the shopper's cart: quantities add up, capped at the stock
 * available and the per-line maximum. Returns the lines that could not be taken in full, to tell the shopper.
 */
export async function mergeGuestCart(db: Db, guestCartId: string, userId: string): Promise<MergeChange[]> {
  return db.$transaction(async (tx) => {
    const guest = await tx.cart.findFirst({
      where: { id: guestCartId, userId: null },
      include: {
        lines: {
          include: {
            variant: { select: { stockOnHand: true, stockReserved: true, product: { select: { name: true } } } },
          },
        },
      },
    });
    if (!guest) return [];
    const target = await tx.cart.upsert({ where: { userId }, update: {}, create: { userId }, select: { id: true } });
    const changes: MergeChange[] = [];
    let lineCount = await tx.cartLine.count({ where: { cartId: target.id } });
    for (const line of guest.lines) {
      const existing = await tx.cartLine.findUnique({
        where: { cartId_variantId: { cartId: target.id, variantId: line.variantId } },
        select: { quantity: true },
      });
      const available = Math.max(0, line.variant.stockOnHand - line.variant.stockReserved);
      const current = existing?.quantity ?? 0;
      const canHold = existing || lineCount < MAX_CART_LINES;
      const total = canHold
        ? Math.min(current + line.quantity, MAX_LINE_QUANTITY, Math.max(available, current))
        : current;
      const added = Math.max(0, total - current);
      if (added < line.quantity)
        changes.push({ productName: line.variant.product.name, requested: line.quantity, added });
      if (added > 0) {
        await tx.cartLine.upsert({
          where: { cartId_variantId: { cartId: target.id, variantId: line.variantId } },
          update: { quantity: total },
          create: { cartId: target.id, variantId: line.variantId, quantity: total },
        });
        if (!existing) lineCount++;
      }
    }
    await tx.cart.delete({ where: { id: guest.id } });
    return changes;
  });
}
