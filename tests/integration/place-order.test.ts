import { randomUUID } from "node:crypto";
import type { Pool } from "pg";
import { afterAll, describe, expect, inject, it, vi } from "vitest";
import { placeOrder } from "@/lib/checkout/place-order";
import { createDb, poolOf } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { expireUnpaidOrders } from "@/lib/orders/expire-unpaid-orders";
import { testPaymentProvider } from "@/lib/payments/test-provider";
import { DEMO_DELIVERY } from "@/prisma/seed/delivery-data";
import { checkoutInput, createTestVariant, guestCartWith, stockOf } from "../support/fixtures";
import { outcome } from "../support/outcome";

// A pool as large as a busy app instance's, so the database, not the pool, decides who wins.
const db = createDb(inject("databaseUrl"), 40);
afterAll(() => db.$disconnect());
const provider = { paymentProvider: "test" };

/**
 * Runs `change` in a transaction that holds `lockSql`'s row locks while placeOrder, started meanwhile, waits on them
 * inside shop_place_order; commits, then returns what placeOrder gave. Makes a race between pricing and writing
 * happen every time.
 */
async function racePlaceOrder(
  lockSql: string,
  lockValues: unknown[],
  change: (sql: (text: string, values: unknown[]) => Promise<unknown>) => Promise<unknown>,
  place: () => Promise<unknown>,
): Promise<string> {
  const pool = poolOf(db);
  if (!pool) throw new Error("no pool");
  const holder = await pool.connect();
  try {
    await holder.query("BEGIN");
    await holder.query(lockSql, lockValues);
    const placing = outcome(place());
    // Wait until the order's statement is blocked on the held rows.
    for (let i = 0; i < 200; i++) {
      const { rows } = await pool.query<{ n: string }>(
        `SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%shop_place_order%'`,
      );
      if (rows[0]?.n !== "0") break;
      await new Promise((r) => setTimeout(r, 25));
    }
    await change((text, values) => holder.query(text, values));
    await holder.query("COMMIT");
    return await placing;
  } finally {
    holder.release();
  }
}

const LOCK_VARIANT = `SELECT 1 FROM product_variants WHERE id = $1 FOR UPDATE`;

/** racePlaceOrder with the variant's row held while `updateSql` ($1 = the variant id) changes it. */
function raceOnVariant(variantId: string, updateSql: string, place: () => Promise<unknown>): Promise<string> {
  return racePlaceOrder(LOCK_VARIANT, [variantId], (sql) => sql(updateSql, [variantId]), place);
}

/** Runs `fn` while another connection holds the variant's row lock, then lets it go. */
async function whileVariantLocked<T>(variantId: string, fn: (pool: Pool) => Promise<T>): Promise<T> {
  const pool = poolOf(db);
  if (!pool) throw new Error("no pool");
  const holder = await pool.connect();
  try {
    await holder.query("BEGIN");
    await holder.query(LOCK_VARIANT, [variantId]);
    return await fn(pool);
  } finally {
    await holder.query("ROLLBACK");
    holder.release();
  }
}

describe("placeOrder", () => {
  it("writes a locally started checkout (the built-in provider) with the order, and none for a remote provider", async () => {
    const { variant } = await createTestVariant(db, { stock: 5 });
    const local = await placeOrder(
      db,
      await guestCartWith(db, [{ variantId: variant.id, quantity: 1 }]),
      checkoutInput(),
      {
        paymentProvider: "test",
        prepareCheckout: (id) => testPaymentProvider.prepareCheckout?.(id) ?? { reference: "", redirectUrl: "" },
      },
    );
    const started = local.payment?.started;
    expect(started?.redirectUrl).toMatch(/^\/pay\/test\/[0-9a-f-]{36}\?token=/);
    expect(await db.payment.findUniqueOrThrow({ where: { id: local.payment?.id ?? "" } })).toMatchObject({
      reference: started?.reference,
      redirectUrl: started?.redirectUrl,
      status: "PENDING",
    });

    const remote = await placeOrder(
      db,
      await guestCartWith(db, [{ variantId: variant.id, quantity: 1 }]),
      checkoutInput(),
      provider,
    );
    expect(remote.payment?.started).toBeNull();
    expect(await db.payment.findUniqueOrThrow({ where: { id: remote.payment?.id ?? "" } })).toMatchObject({
      reference: null,
      redirectUrl: null,
    });
  });

  it("prices on the server, snapshots the lines, reserves stock and empties the cart", async () => {
    const { variant, product } = await createTestVariant(db, { stock: 5, priceMinor: 2599, vatRateBps: 2100 });
    const ref = await guestCartWith(db, [{ variantId: variant.id, quantity: 2 }]);
    const placed = await placeOrder(db, ref, checkoutInput(), provider);
    expect(placed.created).toBe(true);

    const order = await db.order.findUniqueOrThrow({
      where: { id: placed.orderId },
      include: { lines: true, events: true },
    });
    expect(order.status).toBe("PENDING_PAYMENT");
    expect(order.itemsTotalMinor).toBe(5198);
    expect(order.shippingMinor).toBe(495); // CZ standard, under its free-from value
    expect(order.totalMinor).toBe(5198 + 495);
    expect(order).toMatchObject({
      shippingMethod: "Standard delivery",
      shippingMethodId: DEMO_DELIVERY.methods.domesticStandard,
      deliveryKind: "HOME_DELIVERY",
      paymentMethod: "test",
      surchargeMinor: 0,
      pickupSnapshot: null,
      paymentDueAt: null,
    });
    expect(order.lines).toMatchObject([
      {
        productName: product.name,
        sku: variant.sku,
        unitPriceMinor: 2599,
        quantity: 2,
        vatRateBps: 2100,
        vatMinor: 902,
      },
    ]);
    expect(order.events).toMatchObject([{ toStatus: "PENDING_PAYMENT" }]);
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 5, stockReserved: 2 });
    expect(await db.cartLine.count({ where: { cartId: ref.cartId ?? "" } })).toBe(0);
  });

  it("returns the same order for the same idempotency key, also when the retries race", async () => {
    const { variant } = await createTestVariant(db, { stock: 5 });
    const ref = await guestCartWith(db, [{ variantId: variant.id, quantity: 1 }]);
    const input = checkoutInput();
    const results = await Promise.all(Array.from({ length: 8 }, () => placeOrder(db, ref, input, provider)));
    expect(new Set(results.map((r) => r.orderId)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 5, stockReserved: 1 });
    await expect(placeOrder(db, ref, { ...input, email: "someone-else@example.com" }, provider)).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("never oversells: 200 concurrent orders for 10 in stock → exactly 10 orders", async () => {
    const { variant } = await createTestVariant(db, { stock: 10 });
    const refs = await Promise.all(
      Array.from({ length: 200 }, () => guestCartWith(db, [{ variantId: variant.id, quantity: 1 }])),
    );
    const results = await Promise.all(refs.map((ref) => outcome(placeOrder(db, ref, checkoutInput(), provider))));
    expect(results.filter((r) => r === "ok")).toHaveLength(10);
    expect(results.filter((r) => r === "out_of_stock")).toHaveLength(190);
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 10, stockReserved: 10 });
    expect(await db.orderLine.count({ where: { variantId: variant.id } })).toBe(10);
  });

  it("sums quantities of one variant and reserves all lines or none", async () => {
    const a = await createTestVariant(db, { stock: 3 });
    const b = await createTestVariant(db, { stock: 1 });
    const ref = await guestCartWith(db, [
      { variantId: a.variant.id, quantity: 2 },
      { variantId: b.variant.id, quantity: 2 },
    ]);
    expect(await outcome(placeOrder(db, ref, checkoutInput(), provider))).toBe("out_of_stock");
    expect(await stockOf(db, a.variant.id)).toEqual({ stockOnHand: 3, stockReserved: 0 });
    expect(await stockOf(db, b.variant.id)).toEqual({ stockOnHand: 1, stockReserved: 0 });
    expect(await db.cartLine.count({ where: { cartId: ref.cartId ?? "" } })).toBe(2);
  });

  it("refuses an order whose price changed after it was priced, and writes nothing", async () => {
    const { variant } = await createTestVariant(db, { stock: 5, priceMinor: 1000 });
    const ref = await guestCartWith(db, [{ variantId: variant.id, quantity: 1 }]);
    const result = await raceOnVariant(
      variant.id,
      `UPDATE product_variants SET "priceMinor" = 1200 WHERE id = $1`,
      () => placeOrder(db, ref, checkoutInput(), provider),
    );
    expect(result).toBe("conflict");
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 5, stockReserved: 0 });
    expect(await db.orderLine.count({ where: { variantId: variant.id } })).toBe(0);
    expect(await db.cartLine.count({ where: { cartId: ref.cartId ?? "" } })).toBe(1);
    // Placed again, it is priced at the new price.
    const placed = await placeOrder(db, ref, checkoutInput(), provider);
    expect(placed.payment?.amountMinor).toBeGreaterThanOrEqual(1200);
    expect(await db.orderLine.findFirstOrThrow({ where: { orderId: placed.orderId } })).toMatchObject({
      unitPriceMinor: 1200,
    });
  });

  it("refuses under the row lock when the stock was taken after the cart was read, and writes nothing", async () => {
    const { variant } = await createTestVariant(db, { stock: 2 });
    const ref = await guestCartWith(db, [{ variantId: variant.id, quantity: 2 }]);
    const result = await raceOnVariant(
      variant.id,
      `UPDATE product_variants SET "stockReserved" = 1 WHERE id = $1`,
      () => placeOrder(db, ref, checkoutInput(), provider),
    );
    expect(result).toBe("out_of_stock");
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 2, stockReserved: 1 });
    expect(await db.orderLine.count({ where: { variantId: variant.id } })).toBe(0);
    expect(await db.cartLine.count({ where: { cartId: ref.cartId ?? "" } })).toBe(1);
  });

  it("refuses a sold-out item without waiting for the variant's row lock", async () => {
    const { variant } = await createTestVariant(db, { stock: 1 });
    await db.productVariant.update({ where: { id: variant.id }, data: { stockReserved: 1 } });
    const ref = await guestCartWith(db, [{ variantId: variant.id, quantity: 1 }]);
    // Answered while the row stays locked; waiting on the lock would hang here until the test times out.
    const result = await whileVariantLocked(variant.id, () => outcome(placeOrder(db, ref, checkoutInput(), provider)));
    expect(result).toBe("out_of_stock");
    expect(await db.cartLine.count({ where: { cartId: ref.cartId ?? "" } })).toBe(1);
  });

  it("has shop_place_order refuse a sold-out line before locking or writing anything", async () => {
    const { variant } = await createTestVariant(db, { stock: 1 });
    await db.productVariant.update({ where: { id: variant.id }, data: { stockReserved: 1 } });
    // Only the lines are read before the refusal; waiting on the held lock would time the test out.
    await whileVariantLocked(variant.id, async (pool) => {
      const call = pool.query(`SELECT * FROM shop_place_order($1::jsonb)`, [
        JSON.stringify({ lines: [{ variantId: variant.id, quantity: 1 }] }),
      ]);
      await expect(call).rejects.toMatchObject({ code: "P0001", message: "shop:out_of_stock", detail: variant.id });
    });
  });

  it("refuses an order whose cart changed after it was priced, and writes nothing", async () => {
    const { variant } = await createTestVariant(db, { stock: 5 });
    const ref = await guestCartWith(db, [{ variantId: variant.id, quantity: 1 }]);
    const result = await racePlaceOrder(
      `SELECT 1 FROM cart_lines WHERE "cartId" = $1 FOR UPDATE`,
      [ref.cartId],
      (sql) => sql(`UPDATE cart_lines SET quantity = 3 WHERE "cartId" = $1`, [ref.cartId]),
      () => placeOrder(db, ref, checkoutInput(), provider),
    );
    expect(result).toBe("conflict");
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 5, stockReserved: 0 });
    expect(await db.cartLine.findFirstOrThrow({ where: { cartId: ref.cartId ?? "" } })).toMatchObject({ quantity: 3 });
    expect(await db.orderLine.count({ where: { variantId: variant.id } })).toBe(0);
  });

  it("places one order when the same cart is checked out twice at once with different keys", async () => {
    const { variant } = await createTestVariant(db, { stock: 5 });
    const ref = await guestCartWith(db, [{ variantId: variant.id, quantity: 2 }]);
    const results = await Promise.all(
      Array.from({ length: 6 }, () => outcome(placeOrder(db, ref, checkoutInput(), provider))),
    );
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(results.filter((r) => r === "conflict")).toHaveLength(5);
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 5, stockReserved: 2 });
    expect(await db.orderLine.count({ where: { variantId: variant.id } })).toBe(1);
  });

  it("redeems a single-use code once among 20 concurrent checkouts", async () => {
    const code = `ONCE${randomUUID().slice(0, 6).toUpperCase()}`;
    await db.discountCode.create({ data: { code, kind: "PERCENT", value: 1000, usageLimit: 1 } });
    const { variant } = await createTestVariant(db, { stock: 100, priceMinor: 5000 });
    const refs = await Promise.all(
      Array.from({ length: 20 }, () => guestCartWith(db, [{ variantId: variant.id, quantity: 1 }])),
    );
    const results = await Promise.all(
      refs.map((ref) => outcome(placeOrder(db, ref, checkoutInput({ discountCode: code }), provider))),
    );
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(results.filter((r) => r === "conflict" || r === "invalid_input")).toHaveLength(19);
    const stored = await db.discountCode.findUniqueOrThrow({ where: { code }, include: { redemptions: true } });
    expect(stored.timesUsed).toBe(1);
    expect(stored.redemptions).toHaveLength(1);
    // The refused checkouts released what they had reserved.
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 100, stockReserved: 1 });
  });

  it("applies a per-customer limit by e-mail, and refuses codes outside their window or minimum", async () => {
    const code = `PERCUST${randomUUID().slice(0, 6).toUpperCase()}`;
    await db.discountCode.create({ data: { code, kind: "FIXED", value: 500, currency: "EUR", perCustomerLimit: 1 } });
    const { variant } = await createTestVariant(db, { stock: 10, priceMinor: 3000 });
    const email = `loyal-${randomUUID().slice(0, 6)}@example.com`;
    const first = await placeOrder(
      db,
      await guestCartWith(db, [{ variantId: variant.id, quantity: 1 }]),
      checkoutInput({ email, discountCode: code }),
      provider,
    );
    const order = await db.order.findUniqueOrThrow({ where: { id: first.orderId } });
    expect(order.discountMinor).toBe(500);
    expect(order.itemsTotalMinor).toBe(2500);
    const again = placeOrder(
      db,
      await guestCartWith(db, [{ variantId: variant.id, quantity: 1 }]),
      checkoutInput({ email, discountCode: code }),
      provider,
    );
    await expect(again).rejects.toMatchObject({ code: "conflict" });

    const expired = `OLD${randomUUID().slice(0, 6).toUpperCase()}`;
    await db.discountCode.create({
      data: { code: expired, kind: "PERCENT", value: 500, endsAt: new Date(Date.now() - 1000) },
    });
    const future = `SOON${randomUUID().slice(0, 6).toUpperCase()}`;
    await db.discountCode.create({
      data: { code: future, kind: "PERCENT", value: 500, startsAt: new Date(Date.now() + 3600_000) },
    });
    const big = `BIG${randomUUID().slice(0, 6).toUpperCase()}`;
    await db.discountCode.create({ data: { code: big, kind: "PERCENT", value: 500, minOrderMinor: 100_000 } });
    for (const c of [expired, future, big, "NOSUCHCODE"]) {
      const ref = await guestCartWith(db, [{ variantId: variant.id, quantity: 1 }]);
      const error = await placeOrder(db, ref, checkoutInput({ discountCode: c }), provider).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("invalid_input");
      expect((error as AppError).details.fields?.discountCode).toBeTruthy();
    }
  });

  it("refuses a product whose category was archived after it went into the cart", async () => {
    const { variant, product } = await createTestVariant(db, { stock: 5 });
    const ref = await guestCartWith(db, [{ variantId: variant.id, quantity: 1 }]);
    const category = await db.category.create({
      data: { slug: `archived-${randomUUID().slice(0, 8)}`, name: "Retired", archived: true },
    });
    const { categoryId } = await db.product.update({
      where: { id: product.id },
      data: { categoryId: category.id },
      select: { categoryId: true },
    });
    expect(categoryId).toBe(category.id);
    await expect(placeOrder(db, ref, checkoutInput(), provider)).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("No longer sold") as unknown,
    });
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 5, stockReserved: 0 });
    await db.product.update({ where: { id: product.id }, data: { status: "ARCHIVED" } });
  });

  it("refuses an empty cart and another shopper's cart", async () => {
    const empty = await db.cart.create({ data: {} });
    await expect(placeOrder(db, { cartId: empty.id, userId: null }, checkoutInput(), provider)).rejects.toMatchObject({
      code: "conflict",
    });
    const user = await db.user.findUniqueOrThrow({ where: { email: "customer@example.com" } });
    const { variant } = await createTestVariant(db, { stock: 5 });
    const theirs = await db.cart.upsert({ where: { userId: user.id }, update: {}, create: { userId: user.id } });
    await db.cartLine.create({ data: { cartId: theirs.id, variantId: variant.id, quantity: 1 } });
    // A guest presenting the shopper's cart id does not get their cart.
    await expect(placeOrder(db, { cartId: theirs.id, userId: null }, checkoutInput(), provider)).rejects.toMatchObject({
      code: "conflict",
    });
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 5, stockReserved: 0 });
  });

  it("releases the stock of unpaid orders once they expire, exactly once", async () => {
    const { variant } = await createTestVariant(db, { stock: 4 });
    const placed = await placeOrder(
      db,
      await guestCartWith(db, [{ variantId: variant.id, quantity: 3 }]),
      checkoutInput(),
      provider,
    );
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 4, stockReserved: 3 });
    const later = new Date(Date.now() + 31 * 60_000);
    const counts = await Promise.all([
      expireUnpaidOrders(db, later),
      expireUnpaidOrders(db, later),
      expireUnpaidOrders(db, later),
    ]);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 4, stockReserved: 0 });
    const order = await db.order.findUniqueOrThrow({ where: { id: placed.orderId }, include: { events: true } });
    expect(order.status).toBe("EXPIRED");
    expect(order.events.filter((e) => e.toStatus === "EXPIRED")).toHaveLength(1);
  });
});

describe("statements per order", () => {
  // The hot path's cost: the cart read (with the legal versions in force) and shop_place_order, plus the discount
  // code when there is one. A new lookup here shows up in every checkout's latency.
  it("places an order in two statements, three with a discount code, and records the legal versions in force", async () => {
    const pool = poolOf(db);
    if (!pool) throw new Error("no pool");
    const { variant } = await createTestVariant(db, { stock: 10, priceMinor: 2000 });
    await placeOrder(db, await guestCartWith(db, [{ variantId: variant.id, quantity: 1 }]), checkoutInput(), provider);
    const code = `COUNT${randomUUID().slice(0, 6).toUpperCase()}`;
    await db.discountCode.create({ data: { code, kind: "PERCENT", value: 1000 } });
    const spy = vi.spyOn(pool, "query");
    try {
      const counted = async (input: ReturnType<typeof checkoutInput>) => {
        const ref = await guestCartWith(db, [{ variantId: variant.id, quantity: 1 }]);
        spy.mockClear();
        const placed = await placeOrder(db, ref, input, provider);
        return { statements: spy.mock.calls.length, orderId: placed.orderId };
      };
      const plain = await counted(checkoutInput());
      expect(plain.statements).toBe(2);
      expect((await counted(checkoutInput({ discountCode: code }))).statements).toBe(3);
      const [terms, privacy] = await Promise.all(
        (["TERMS", "PRIVACY"] as const).map((kind) =>
          db.legalDocumentVersion.findFirst({ where: { kind }, orderBy: { version: "desc" }, select: { id: true } }),
        ),
      );
      const order = await db.order.findUniqueOrThrow({ where: { id: plain.orderId } });
      expect(terms).not.toBeNull();
      expect(order.termsVersionId).toBe(terms?.id);
      expect(order.privacyVersionId).toBe(privacy?.id);
    } finally {
      spy.mockRestore();
    }
  });
});
