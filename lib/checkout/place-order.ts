import type { Db, Tx } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { variantTitle } from "@/lib/cart/variant-title";
import type { CartRef } from "@/lib/cart/cart-ref";
import { checkDiscount } from "@/lib/discounts/check-discount";
import { redeemDiscount } from "@/lib/discounts/redeem-discount";
import { priceOrder } from "./pricing";
import type { CheckoutInput } from "./schemas";
import { shippingQuote } from "./shipping";

export interface PlacedOrder {
  orderId: string;
  number: string;
  /** False when this idempotency key had already placed the order (double click, retry). */
  created: boolean;
}

async function findExisting(db: Db | Tx, idempotencyKey: string, email: string): Promise<PlacedOrder | null> {
  const order = await db.order.findUnique({
    where: { idempotencyKey },
    select: { id: true, number: true, email: true },
  });
  if (!order) return null;
  // A key is only good for the checkout that generated it.
  if (order.email !== email) throw new AppError("conflict", "This checkout was already used; reload the page.");
  return { orderId: order.id, number: order.number, created: false };
}

/**
 * One transaction: re-price the cart from current prices, reserve stock with a conditional update (all or
 * nothing), redeem the discount under its row lock, write the order with line snapshots, empty the cart.
 */
export async function placeOrder(
  db: Db,
  ref: CartRef,
  input: CheckoutInput,
  options: { paymentProvider: string; now?: Date },
): Promise<PlacedOrder> {
  const earlier = await findExisting(db, input.idempotencyKey, input.email);
  if (earlier) return earlier;
  try {
    return await db.$transaction((tx) => placeInTransaction(tx, ref, input, options));
  } catch (error) {
    // The same key racing itself: the loser either hit the unique key or found the cart already emptied by the
    // winner. Its transaction rolled back entirely; answer with the winner's order.
    if (isUniqueViolation(error, "idempotencyKey") || error instanceof AppError) {
      const winner = await findExisting(db, input.idempotencyKey, input.email);
      if (winner) return winner;
    }
    throw error;
  }
}

async function placeInTransaction(
  tx: Tx,
  ref: CartRef,
  input: CheckoutInput,
  options: { paymentProvider: string; now?: Date },
): Promise<PlacedOrder> {
  const now = options.now ?? new Date();
  const cartFilter = ref.userId
    ? { userId: ref.userId }
    : { id: ref.cartId ?? "00000000-0000-0000-0000-000000000000", userId: null };
  const cartLines = await tx.cartLine.findMany({
    where: { cart: cartFilter },
    orderBy: { createdAt: "asc" },
    include: {
      variant: {
        include: { product: { select: { name: true, status: true, vatRateBps: true, optionNames: true } } },
      },
    },
  });
  if (cartLines.length === 0) throw new AppError("conflict", "Your cart is empty.");
  const unavailable = cartLines.filter((l) => !l.variant.active || l.variant.product.status !== "ACTIVE");
  if (unavailable.length > 0) {
    throw new AppError("conflict", `No longer sold: ${unavailable.map((l) => l.variant.product.name).join(", ")}.`);
  }
  const currency = cartLines[0]?.variant.currency ?? env.SHOP_CURRENCY;
  if (cartLines.some((l) => l.variant.currency !== currency)) throw new AppError("conflict", "Mixed currencies.");

  const pricingLines = cartLines.map((l) => ({
    variantId: l.variantId,
    unitPriceMinor: l.variant.priceMinor,
    quantity: l.quantity,
    vatRateBps: l.variant.product.vatRateBps,
  }));
  const subtotal = pricingLines.reduce((n, l) => n + l.unitPriceMinor * l.quantity, 0);
  const code = input.discountCode ? await tx.discountCode.findUnique({ where: { code: input.discountCode } }) : null;
  const rule = input.discountCode ? checkDiscount(code, subtotal, currency, now) : null;
  const withoutShipping = priceOrder({
    lines: pricingLines,
    discount: rule,
    shipping: { grossMinor: 0, vatRateBps: 0 },
  });
  const shipping = shippingQuote(input.shippingMethod, input.shippingAddress.country, withoutShipping.itemsTotalMinor);
  const priced = priceOrder({ lines: pricingLines, discount: rule, shipping });

  await reserveStock(
    tx,
    cartLines.map((l) => ({ variantId: l.variantId, quantity: l.quantity, name: l.variant.product.name })),
  );

  const [{ number } = { number: "" }] = await tx.$queryRaw<{ number: string }[]>`
    SELECT nextval('order_number_seq')::text AS number`;
  const order = await tx.order.create({
    data: {
      number,
      userId: ref.userId,
      email: input.email,
      currency,
      itemsTotalMinor: priced.itemsTotalMinor,
      discountMinor: priced.discountMinor,
      shippingMinor: priced.shippingMinor,
      totalMinor: priced.totalMinor,
      vatMinor: priced.vatMinor,
      vatBreakdown: priced.vatBreakdown.map((e) => ({ ...e })),
      shippingMethod: input.shippingMethod,
      shippingAddress: { ...input.shippingAddress },
      discountCode: code?.code ?? null,
      idempotencyKey: input.idempotencyKey,
      paymentProvider: options.paymentProvider,
      expiresAt: new Date(now.getTime() + env.ORDER_PAYMENT_TIMEOUT_MINUTES * 60_000),
      lines: {
        createMany: {
          data: priced.lines.map((line, position) => {
            const source = cartLines[position];
            return {
              variantId: line.variantId,
              productName: source?.variant.product.name ?? "",
              variantTitle: source ? variantTitle(source.variant.product.optionNames, source.variant.optionValues) : "",
              sku: source?.variant.sku ?? "",
              unitPriceMinor: line.unitPriceMinor,
              quantity: line.quantity,
              vatRateBps: line.vatRateBps,
              grossMinor: line.grossMinor,
              discountMinor: line.discountMinor,
              vatMinor: line.vatMinor,
              position,
            };
          }),
        },
      },
      events: { create: { toStatus: "PENDING_PAYMENT", actor: ref.userId ? `customer:${ref.userId}` : "guest" } },
    },
    select: { id: true, number: true },
  });
  if (code) {
    await redeemDiscount(tx, {
      discountCodeId: code.id,
      orderId: order.id,
      email: input.email,
      perCustomerLimit: code.perCustomerLimit,
    });
  }
  await tx.cartLine.deleteMany({ where: { cart: cartFilter } });
  return { orderId: order.id, number: order.number, created: true };
}

/**
 * Reserves every line or none: one UPDATE that locks the variants in id order (no deadlocks between orders that
 * share variants) and only succeeds for a row whose available stock covers the quantity.
 */
async function reserveStock(tx: Tx, lines: { variantId: string; quantity: number; name: string }[]): Promise<void> {
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
    const short = [...new Set(lines.filter((l) => !ok.has(l.variantId)).map((l) => l.name))];
    throw new AppError("out_of_stock", `Not enough stock for: ${short.join(", ")}. Please update your cart.`);
  }
}
