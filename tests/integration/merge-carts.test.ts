import { afterAll, describe, expect, inject, it } from "vitest";
import { mergeGuestCart } from "@/lib/cart/merge-carts";
import { createDb } from "@/lib/db/client";
import { createTestVariant, guestCartWith } from "../support/fixtures";

const db = createDb(inject("databaseUrl"), 2);
afterAll(() => db.$disconnect());

describe("mergeGuestCart", () => {
  it("adds quantities, caps them at stock, reports what did not fit, and removes the guest cart", async () => {
    const user = await db.user.create({
      data: { email: `merge-${Date.now()}@example.com`, name: "M", passwordHash: "x" },
    });
    const plenty = await createTestVariant(db, { stock: 50 });
    const scarce = await createTestVariant(db, { stock: 3, name: "Scarce Thing" });
    const own = await db.cart.create({
      data: { userId: user.id, lines: { create: { variantId: scarce.variant.id, quantity: 2 } } },
    });
    const guest = await guestCartWith(db, [
      { variantId: plenty.variant.id, quantity: 4 },
      { variantId: scarce.variant.id, quantity: 2 },
    ]);

    const changes = await mergeGuestCart(db, guest.cartId ?? "", user.id);
    expect(changes).toEqual([{ productName: "Scarce Thing", requested: 2, added: 1 }]);
    const lines = await db.cartLine.findMany({ where: { cartId: own.id }, orderBy: { quantity: "asc" } });
    expect(lines.map((l) => [l.variantId, l.quantity])).toEqual([
      [scarce.variant.id, 3],
      [plenty.variant.id, 4],
    ]);
    expect(await db.cart.findUnique({ where: { id: guest.cartId ?? "" } })).toBeNull();
  });

  it("never takes another shopper's cart as a guest cart", async () => {
    const owner = await db.user.create({
      data: { email: `owner-${Date.now()}@example.com`, name: "O", passwordHash: "x" },
    });
    const thief = await db.user.create({
      data: { email: `thief-${Date.now()}@example.com`, name: "T", passwordHash: "x" },
    });
    const { variant } = await createTestVariant(db, { stock: 5 });
    const ownersCart = await db.cart.create({
      data: { userId: owner.id, lines: { create: { variantId: variant.id, quantity: 1 } } },
    });
    expect(await mergeGuestCart(db, ownersCart.id, thief.id)).toEqual([]);
    expect(await db.cartLine.count({ where: { cartId: ownersCart.id } })).toBe(1);
  });
});
