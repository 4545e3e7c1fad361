import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, inject, it, vi } from "vitest";
import { checkoutOrder } from "@/lib/checkout/checkout-order";
import { placeOrder } from "@/lib/checkout/place-order";
import { createDb, poolOf } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { hashRateLimitKey } from "@/lib/rate-limit/consume-rate-limit";
import { checkoutInput, createTestVariant, guestCartWith, stockOf } from "../support/fixtures";
import { outcome } from "../support/outcome";

// The checkout's rate limit is counted in the statement that reads the cart (one round trip less per order): it must
// still count every attempt, empty carts included, refuse past the limit before anything is written, and hold under
// concurrent attempts.
const db = createDb(inject("databaseUrl"), 20);
afterAll(() => db.$disconnect());

const limited = (key: string, limit: number) => ({
  paymentProvider: "test",
  rateLimit: { key, limit, windowSeconds: 60 },
});

const countOf = async (key: string) =>
  (await db.rateLimitBucket.findUnique({ where: { key: hashRateLimitKey(key) } }))?.count ?? 0;

describe("checkout rate limit counted with the cart read", () => {
  it("counts every attempt, an empty cart and a guest without a cart too, and refuses past the limit with nothing written", async () => {
    const key = `checkout:address:test-${randomUUID()}`;
    const { variant } = await createTestVariant(db, { stock: 10, priceMinor: 1500 });
    const placed = await placeOrder(
      db,
      await guestCartWith(db, [{ variantId: variant.id, quantity: 1 }]),
      checkoutInput(),
      limited(key, 3),
    );
    expect(placed.created).toBe(true);
    expect(await outcome(placeOrder(db, await guestCartWith(db, []), checkoutInput(), limited(key, 3)))).toBe(
      "conflict",
    );
    expect(await outcome(placeOrder(db, { cartId: null, userId: null }, checkoutInput(), limited(key, 3)))).toBe(
      "conflict",
    );
    expect(await countOf(key)).toBe(3);

    const ref = await guestCartWith(db, [{ variantId: variant.id, quantity: 2 }]);
    const refused = await placeOrder(db, ref, checkoutInput(), limited(key, 3)).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("rate_limited");
    expect((refused as AppError).details.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect((refused as AppError).details.retryAfterSeconds).toBeLessThanOrEqual(60);
    // Nothing written: the cart keeps its line, no stock reserved beyond the first order, no order for it.
    expect(await db.cartLine.count({ where: { cartId: ref.cartId ?? "" } })).toBe(1);
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 10, stockReserved: 1 });
    expect(await countOf(key)).toBe(4);
  });

  it("refuses a repeated idempotency key past the limit instead of looking up its order", async () => {
    const key = `checkout:address:test-${randomUUID()}`;
    const { variant } = await createTestVariant(db, { stock: 5, priceMinor: 900 });
    const input = checkoutInput();
    const ref = await guestCartWith(db, [{ variantId: variant.id, quantity: 1 }]);
    await placeOrder(db, ref, input, limited(key, 1));
    const pool = poolOf(db);
    if (!pool) throw new Error("no pool");
    const spy = vi.spyOn(pool, "query");
    try {
      expect(await outcome(placeOrder(db, ref, input, limited(key, 1)))).toBe("rate_limited");
      expect(spy.mock.calls).toHaveLength(1);
    } finally {
      spy.mockRestore();
    }
  });

  it("lets exactly the limit through when attempts race", async () => {
    const key = `checkout:address:test-${randomUUID()}`;
    const { variant } = await createTestVariant(db, { stock: 100, priceMinor: 700 });
    const refs = await Promise.all(
      Array.from({ length: 12 }, () => guestCartWith(db, [{ variantId: variant.id, quantity: 1 }])),
    );
    const outcomes = await Promise.all(
      refs.map((ref) => outcome(placeOrder(db, ref, checkoutInput(), limited(key, 5)))),
    );
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(5);
    expect(outcomes.filter((o) => o === "rate_limited")).toHaveLength(7);
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 100, stockReserved: 5 });
  });

  it("keeps the cart's line order in the order, counted or not", async () => {
    const key = `checkout:address:test-${randomUUID()}`;
    const variants = await Promise.all([1, 2, 3].map(() => createTestVariant(db, { stock: 5, priceMinor: 1000 })));
    const cart = await db.cart.create({ data: {} });
    for (const [i, { variant }] of variants.entries()) {
      await db.cartLine.create({
        data: { cartId: cart.id, variantId: variant.id, quantity: 1, createdAt: new Date(Date.UTC(2026, 0, 3 - i)) },
      });
    }
    const placed = await placeOrder(db, { cartId: cart.id, userId: null }, checkoutInput(), limited(key, 5));
    const lines = await db.orderLine.findMany({ where: { orderId: placed.orderId }, orderBy: { position: "asc" } });
    expect(lines.map((l) => l.variantId)).toEqual(variants.map((v) => v.variant.id).reverse());
  });

  it("checkoutOrder places an order in two statements with its rate limit", async () => {
    const pool = poolOf(db);
    if (!pool) throw new Error("no pool");
    const { variant } = await createTestVariant(db, { stock: 10, priceMinor: 2000 });
    const ref = await guestCartWith(db, [{ variantId: variant.id, quantity: 1 }]);
    const clientAddress = `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
    const spy = vi.spyOn(pool, "query");
    try {
      const result = await checkoutOrder(db, {
        ref,
        checkout: checkoutInput(),
        clientAddress,
      });
      expect(result.orderId).toBeTruthy();
      // The cart read with the count, then shop_place_order; the payment's hand-off comes after.
      const texts = spy.mock.calls.map(([query]) =>
        typeof query === "string" ? query : (query as { text: string }).text,
      );
      expect(texts[0]).toMatch(/rate_limit_buckets[\s\S]*cart_lines/);
      expect(texts[1]).toMatch(/shop_place_order/);
    } finally {
      spy.mockRestore();
    }
    expect(await countOf(`checkout:address:${clientAddress}`)).toBe(1);
  });
});
