import { afterAll, describe, expect, inject, it, vi } from "vitest";
import { addToCartAndRead } from "@/lib/cart/add-to-cart";
import { getCart } from "@/lib/cart/get-cart";
import { createDb, poolOf } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createTestVariant } from "../support/fixtures";

// Add to cart answers with the cart read in the same statement (shop_add_to_cart, then shop_cart_lines): the cart it
// returns must hold the line just written, in the cart's order, exactly as getCart shows it afterwards.
const db = createDb(inject("databaseUrl"), 20);
afterAll(() => db.$disconnect());

describe("add to cart with the cart read in the same statement", () => {
  it("returns the cart with the new line, in the cart's order, in one statement, as getCart reads it", async () => {
    const variants = await Promise.all([1, 2, 3].map(() => createTestVariant(db, { stock: 5, priceMinor: 1250 })));
    const pool = poolOf(db);
    if (!pool) throw new Error("no pool");
    let ref = { userId: null, cartId: null as string | null };
    const spy = vi.spyOn(pool, "query");
    try {
      for (const { variant } of variants) {
        spy.mockClear();
        const { added, cart } = await addToCartAndRead(db, ref, { variantId: variant.id, quantity: 2 }, "EUR");
        expect(spy.mock.calls).toHaveLength(1);
        expect(added).toMatchObject({ quantity: 2, capped: false });
        expect(cart.id).toBe(added.cartId);
        expect(cart.lines.at(-1)).toMatchObject({ variantId: variant.id, quantity: 2 });
        ref = { userId: null, cartId: added.cartId };
      }
    } finally {
      spy.mockRestore();
    }
    const { added, cart } = await addToCartAndRead(
      db,
      ref,
      { variantId: variants[0]?.variant.id ?? "", quantity: 9 },
      "EUR",
    );
    expect(added).toMatchObject({ quantity: 5, capped: true });
    expect(cart.lines.map((l) => [l.variantId, l.quantity])).toEqual([
      [variants[0]?.variant.id, 5],
      [variants[1]?.variant.id, 2],
      [variants[2]?.variant.id, 2],
    ]);
    expect(cart.itemCount).toBe(9);
    expect(cart.subtotal).toEqual({ amountMinor: 9 * 1250, currency: "EUR" });
    expect(await getCart(db, ref, "EUR")).toEqual(cart);
  });

  it("shows each concurrent add its own line: quantities add up and every answer counts its own units", async () => {
    const { variant } = await createTestVariant(db, { stock: 50, priceMinor: 300 });
    const first = await addToCartAndRead(
      db,
      { userId: null, cartId: null },
      { variantId: variant.id, quantity: 1 },
      "EUR",
    );
    const ref = { userId: null, cartId: first.added.cartId };
    const results = await Promise.all(
      Array.from({ length: 10 }, () => addToCartAndRead(db, ref, { variantId: variant.id, quantity: 1 }, "EUR")),
    );
    const seen = results.map((r) => r.cart.lines[0]?.quantity ?? 0).sort((a, b) => a - b);
    expect(seen).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect((await getCart(db, ref, "EUR")).lines[0]?.quantity).toBe(11);
  });

  it("refuses what is not sold and writes nothing", async () => {
    const { variant } = await createTestVariant(db, { stock: 0, priceMinor: 300 });
    const refused = await addToCartAndRead(
      db,
      { userId: null, cartId: null },
      { variantId: variant.id, quantity: 1 },
      "EUR",
    ).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("out_of_stock");
    expect(await db.cartLine.count({ where: { variantId: variant.id } })).toBe(0);
  });
});
