import { randomUUID } from "node:crypto";
import type { Db, Tx } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { variantTitle } from "@/lib/cart/variant-title";
import type { CartRef } from "@/lib/cart/cart-ref";
import { checkDiscount } from "@/lib/discounts/check-discount";
import { redeemDiscount } from "@/lib/discounts/redeem-discount";
import type { CheckoutStarted } from "@/lib/payments/provider";
import { priceOrder } from "./pricing";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CheckoutInput } from "./schemas";
import { shippingQuote } from "./shipping";

export interface PlacedOrder {
  orderId: string;
  number: string;
  /** False when this idempotency key had already placed the order (double click, retry). */
  created: boolean;
  /** The payment attempt opened with a new order, ready to hand to the provider. */
  payment: {
    id: string;
    amountMinor: number;
    currency: string;
    email: string;
    expiresAt: Date;
    /** Set when the provider could start the checkout locally, inside the order's transaction. */
    started: CheckoutStarted | null;
  } | null;
}

export interface PlaceOrderOptions {
  paymentProvider: string;
  /** The provider's local checkout start, if it has one (see PaymentProvider.prepareCheckout). */
  prepareCheckout?: (paymentId: string) => CheckoutStarted;
  now?: Date;
}

interface CartRow {
  variantId: string;
  quantity: number;
  sku: string;
  priceMinor: number;
  currency: string;
  active: boolean;
  optionValues: unknown;
  productName: string;
  productStatus: string;
  vatRateBps: number;
  optionNames: string[];
}

async function findExisting(db: Db | Tx, idempotencyKey: string, email: string): Promise<PlacedOrder | null> {
  const order = await db.order.findUnique({
    where: { idempotencyKey },
    select: { id: true, number: true, email: true },
  });
  if (!order) return null;
  // A key is only good for the checkout that generated it.
  if (order.email !== email) throw new AppError("conflict", "This checkout was already used; reload the page.");
  return { orderId: order.id, number: order.number, created: false, payment: null };
}

/**
 * One transaction: re-price the cart from current prices, redeem the discount under its row lock, write the order
 * with line snapshots and its first payment attempt, empty the cart, and reserve stock with a conditional update
 * (all or nothing). The common path is six statements (with a provider that starts checkouts locally, the whole checkout); a repeated idempotency key costs one more lookup.
 */
export async function placeOrder(
  db: Db,
  ref: CartRef,
  input: CheckoutInput,
  options: PlaceOrderOptions,
): Promise<PlacedOrder> {
  try {
    return await db.$transaction((tx) => placeInTransaction(tx, ref, input, options));
  } catch (error) {
    // A retry of an order already placed fails inside (cart emptied, or the unique key) and rolled back entirely;
    // answer with the order that key placed.
    if (isUniqueViolation(error, "idempotencyKey") || error instanceof AppError) {
      const earlier = await findExisting(db, input.idempotencyKey, input.email);
      if (earlier) return earlier;
    }
    throw error;
  }
}

async function placeInTransaction(
  tx: Tx,
  ref: CartRef,
  input: CheckoutInput,
  options: PlaceOrderOptions,
): Promise<PlacedOrder> {
  const now = options.now ?? new Date();
  const cartLines = await readCart(tx, ref);
  if (cartLines.length === 0) throw new AppError("conflict", "Your cart is empty.");
  const unavailable = cartLines.filter((l) => !l.active || l.productStatus !== "ACTIVE");
  if (unavailable.length > 0) {
    throw new AppError("conflict", `No longer sold: ${unavailable.map((l) => l.productName).join(", ")}.`);
  }
  const currency = cartLines[0]?.currency ?? env.SHOP_CURRENCY;
  if (cartLines.some((l) => l.currency !== currency)) throw new AppError("conflict", "Mixed currencies.");

  const pricingLines = cartLines.map((l) => ({
    variantId: l.variantId,
    unitPriceMinor: l.priceMinor,
    quantity: l.quantity,
    vatRateBps: l.vatRateBps,
  }));
  const subtotal = pricingLines.reduce((n, l) => n + l.unitPriceMinor * l.quantity, 0);
  const code = input.discountCode ? await tx.discountCode.findUnique({ where: { code: input.discountCode } }) : null;
  const rule = input.discountCode ? checkDiscount(code, subtotal, currency, now) : null;
  const goods = priceOrder({ lines: pricingLines, discount: rule, shipping: { grossMinor: 0, vatRateBps: 0 } });
  const shipping = shippingQuote(input.shippingMethod, input.shippingAddress.country, goods.itemsTotalMinor);
  const priced = priceOrder({ lines: pricingLines, discount: rule, shipping });

  const paymentId = randomUUID();
  const started = options.prepareCheckout?.(paymentId) ?? null;
  const expiresAt = new Date(now.getTime() + env.ORDER_PAYMENT_TIMEOUT_MINUTES * 60_000);
  const lines = priced.lines.map((line, position) => {
    const source = cartLines[position];
    return {
      variantId: line.variantId,
      productName: source?.productName ?? "",
      variantTitle: source ? variantTitle(source.optionNames, source.optionValues) : "",
      sku: source?.sku ?? "",
      unitPriceMinor: line.unitPriceMinor,
      quantity: line.quantity,
      vatRateBps: line.vatRateBps,
      grossMinor: line.grossMinor,
      discountMinor: line.discountMinor,
      vatMinor: line.vatMinor,
      position,
    };
  });
  const actor = ref.userId ? `customer:${ref.userId}` : "guest";
  // Order, its lines, its first event and its first payment attempt in one statement.
  const [order] = await tx.$queryRaw<{ id: string; number: string }[]>`
    WITH o AS (
      INSERT INTO orders (id, number, "userId", email, currency, "itemsTotalMinor", "discountMinor", "shippingMinor",
        "totalMinor", "vatMinor", "vatBreakdown", "shippingMethod", "shippingAddress", "discountCode",
        "idempotencyKey", "paymentProvider", "expiresAt", "updatedAt")
      VALUES (gen_random_uuid(), nextval('order_number_seq')::text, ${ref.userId}::uuid, ${input.email}, ${currency},
        ${priced.itemsTotalMinor}, ${priced.discountMinor}, ${priced.shippingMinor}, ${priced.totalMinor},
        ${priced.vatMinor}, ${JSON.stringify(priced.vatBreakdown)}::jsonb, ${input.shippingMethod},
        ${JSON.stringify(input.shippingAddress)}::jsonb, ${code?.code ?? null}, ${input.idempotencyKey},
        ${options.paymentProvider}, ${expiresAt}, now())
      RETURNING id, number
    ), l AS (
      INSERT INTO order_lines (id, "orderId", "variantId", "productName", "variantTitle", sku, "unitPriceMinor",
        quantity, "vatRateBps", "grossMinor", "discountMinor", "vatMinor", position)
      SELECT gen_random_uuid(), o.id, x."variantId", x."productName", x."variantTitle", x.sku, x."unitPriceMinor",
        x.quantity, x."vatRateBps", x."grossMinor", x."discountMinor", x."vatMinor", x.position
      FROM o, jsonb_to_recordset(${JSON.stringify(lines)}::jsonb) AS x("variantId" uuid, "productName" text,
        "variantTitle" text, sku text, "unitPriceMinor" int, quantity int, "vatRateBps" int, "grossMinor" int,
        "discountMinor" int, "vatMinor" int, position int)
    ), e AS (
      INSERT INTO order_events (id, "orderId", "toStatus", actor) SELECT gen_random_uuid(), o.id, 'PENDING_PAYMENT', ${actor} FROM o
    ), p AS (
      INSERT INTO payments (id, "orderId", provider, "amountMinor", currency, reference, "redirectUrl", "updatedAt")
      SELECT ${paymentId}::uuid, o.id, ${options.paymentProvider}, ${priced.totalMinor}, ${currency},
        ${started?.reference ?? null}, ${started?.redirectUrl ?? null}, now() FROM o
    )
    SELECT id, number FROM o`;
  if (!order) throw new Error("order insert returned nothing");
  if (code) {
    await redeemDiscount(tx, {
      discountCodeId: code.id,
      orderId: order.id,
      email: input.email,
      perCustomerLimit: code.perCustomerLimit,
    });
  }
  await tx.$executeRaw`DELETE FROM cart_lines WHERE "cartId" = ${cartLines[0]?.cartId ?? null}::uuid`;
  // Last, so the variant rows stay locked only until the commit that follows: shoppers buying the same item queue
  // on that lock, and the shorter it is held, the more of them are served per second. If stock is short, the
  // whole transaction (order, redemption, cart) rolls back.
  await reserveStock(tx, cartLines);
  return {
    orderId: order.id,
    number: order.number,
    created: true,
    payment: { id: paymentId, amountMinor: priced.totalMinor, currency, email: input.email, expiresAt, started },
  };
}

/** The caller's cart lines with what pricing needs, in one query. A guest id never opens a shopper's cart. */
async function readCart(tx: Tx, ref: CartRef): Promise<(CartRow & { cartId: string })[]> {
  return tx.$queryRaw<(CartRow & { cartId: string })[]>`
    SELECT l."cartId", l."variantId", l.quantity, v.sku, v."priceMinor", v.currency, v.active, v."optionValues",
           p.name AS "productName",
           CASE WHEN cat.archived THEN 'ARCHIVED' ELSE p.status::text END AS "productStatus",
           p."vatRateBps", p."optionNames"
    FROM carts c
    JOIN cart_lines l ON l."cartId" = c.id
    JOIN product_variants v ON v.id = l."variantId"
    JOIN products p ON p.id = v."productId"
    JOIN categories cat ON cat.id = p."categoryId"
    WHERE ${ref.userId ? Prisma.sql`c."userId" = ${ref.userId}::uuid` : Prisma.sql`c.id = ${ref.cartId}::uuid AND c."userId" IS NULL`}
    ORDER BY l."createdAt", l.id`;
}

/**
 * Reserves every line or none: one UPDATE that locks the variants in id order (no deadlocks between orders that
 * share variants) and only succeeds for a row whose available stock covers the quantity.
 */
async function reserveStock(
  tx: Tx,
  lines: { variantId: string; quantity: number; productName: string }[],
): Promise<void> {
  const totals = new Map<string, number>();
  for (const l of lines) totals.set(l.variantId, (totals.get(l.variantId) ?? 0) + l.quantity);
  const ids = [...totals.keys()];
  const quantities = ids.map((id) => totals.get(id) ?? 0);
  const reserved = await tx.$queryRaw<{ id: string }[]>`
    WITH wanted AS (
      SELECT * FROM unnest(${ids}::uuid[], ${quantities}::int[]) AS w(id, qty)
    ), locked AS (
      SELECT v.id FROM product_variants v JOIN wanted w ON w.id = v.id ORDER BY v.id FOR UPDATE OF v
    )
    UPDATE product_variants v SET "stockReserved" = v."stockReserved" + w.qty
    FROM wanted w, locked
    WHERE v.id = w.id AND locked.id = v.id AND v.active AND v."stockOnHand" - v."stockReserved" >= w.qty
    RETURNING v.id`;
  if (reserved.length !== ids.length) {
    const ok = new Set(reserved.map((r) => r.id));
    const short = [...new Set(lines.filter((l) => !ok.has(l.variantId)).map((l) => l.productName))];
    throw new AppError("out_of_stock", `Not enough stock for: ${short.join(", ")}. Please update your cart.`);
  }
}
