import { randomUUID } from "node:crypto";
import { serverMessage } from "@/lib/i18n/server-message";
import type { Pool } from "pg";
import type { Db, Tx } from "@/lib/db";
import { poolOf } from "@/lib/db/client";
import { isUniqueViolation, shopRefusal } from "@/lib/db/errors";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { variantTitle } from "@/lib/cart/variant-title";
import { type CartRef, callerCartStatement, queryCallerCart } from "@/lib/cart/cart-ref";
import { type RateLimit, countAttemptWith } from "@/lib/rate-limit/consume-rate-limit";
import { checkDiscount } from "@/lib/discounts/check-discount";
import type { CheckoutStarted } from "@/lib/payments/provider";
import type { ShopSettings } from "@/lib/delivery/shop-settings";
import type { PaymentMethod } from "@/lib/generated/prisma/client";
import { type OutboxRow, outboxRow } from "@/lib/mail/enqueue-email";
import { getShopSettings } from "@/lib/delivery/settings-cache";
import { settingsInLanguage } from "@/lib/delivery/settings-in-language";
import type { PaymentCapabilities } from "@/lib/payments/offered-payment-methods";
import { bankTransferDueAt } from "@/lib/payments/bank-transfer/due-date";
import { paymentCapabilities } from "@/lib/payments/payment-mode";
import { defaultLanguage, isEnabledLanguage } from "@/lib/i18n/languages";
import { priceWithDelivery } from "./price-with-delivery";
import type { CheckoutInput } from "./schemas";

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
  /** Delivery and payment settings; by default the process's cached copy. */
  settings?: ShopSettings;
  /** What this deployment can take; by default from the environment (lib/payments/payment-mode.ts). */
  capabilities?: PaymentCapabilities;
  /** The shopper's language ("cs"): the order's e-mails and documents speak it. By default the shop's own. */
  language?: string;
  /** Counts this attempt against a limit in the cart's statement (rate_limited past it, before anything is written). */
  rateLimit?: RateLimit;
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
  /** The line's option values in the order's language (lib/catalog/option-texts.ts); null when none is translated. */
  optionValueTexts: Record<string, string> | null;
  weightGrams: number;
  /** Stock on hand less reserved when the cart was read; shop_place_order checks it again under the row lock. */
  available: number;
  /** The terms and privacy versions in force, which the checkbox linked to (the same on every row). */
  termsVersionId: string | null;
  privacyVersionId: string | null;
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
 * Reads the cart, prices it from current prices, then writes the order in one call to shop_place_order (see its
 * migration), which in one transaction writes the order with line snapshots and its first payment attempt, redeems
 * the discount under its row lock, empties the cart if it still holds exactly the priced lines, and reserves stock
 * under row locks (all or nothing). Three statements with a discount code, two without: a checkout is CPU-bound in
 * the app, and each statement through the driver is one round trip less to pay for. A repeated idempotency key costs
 * one more lookup.
 */
export async function placeOrder(
  db: Db,
  ref: CartRef,
  input: CheckoutInput,
  options: PlaceOrderOptions,
): Promise<PlacedOrder> {
  try {
    return await placeNow(db, ref, input, options);
  } catch (error) {
    // A retry of an order already placed finds the cart emptied, or stops on the unique key, and wrote nothing;
    // answer with the order that key placed. Never out of stock: that order emptied the cart it priced. Never past
    // the rate limit: a refused attempt costs its one statement only.
    const retried = error instanceof AppError && error.code !== "out_of_stock" && error.code !== "rate_limited";
    if (isUniqueViolation(error, "idempotencyKey") || retried) {
      const earlier = await findExisting(db, input.idempotencyKey, input.email);
      if (earlier) return earlier;
    }
    throw error;
  }
}

async function placeNow(db: Db, ref: CartRef, input: CheckoutInput, options: PlaceOrderOptions): Promise<PlacedOrder> {
  const pool = poolOf(db);
  if (!pool) throw new Error("placeOrder needs a client made by createDb");
  const now = options.now ?? new Date();
  const language = isEnabledLanguage(options.language) ? options.language : defaultLanguage;
  const cartLines = await readCart(pool, ref, language, options.rateLimit);
  const first = cartLines[0];
  if (!first) throw new AppError("conflict", "Your cart is empty.");
  const { cartId } = first;
  const unavailable = cartLines.filter((l) => !l.active || l.productStatus !== "ACTIVE");
  if (unavailable.length > 0) {
    throw new AppError(
      "conflict",
      serverMessage("No longer sold: {names}.", { names: unavailable.map((l) => l.productName).join(", ") }),
    );
  }
  // A sold-out item is refused from the read, without queueing for the variant's row lock: during a sell-out most
  // checkouts end here, and the lock queue stays short for those that can still succeed.
  const short = shortOfStock(cartLines);
  if (short.size > 0) throw outOfStock(cartLines, short);
  const currency = cartLines[0]?.currency ?? env.SHOP_CURRENCY;
  if (cartLines.some((l) => l.currency !== currency)) throw new AppError("conflict", "Mixed currencies.");

  const pricingLines = cartLines.map((l) => ({
    variantId: l.variantId,
    unitPriceMinor: l.priceMinor,
    quantity: l.quantity,
    vatRateBps: l.vatRateBps,
  }));
  const subtotal = pricingLines.reduce((n, l) => n + l.unitPriceMinor * l.quantity, 0);
  const code = input.discountCode ? await db.discountCode.findUnique({ where: { code: input.discountCode } }) : null;
  const rule = input.discountCode ? checkDiscount(code, subtotal, currency, now) : null;
  const priced = priceWithDelivery({
    lines: pricingLines,
    discount: rule,
    currency,
    weightGrams: cartLines.reduce((n, l) => n + l.weightGrams * l.quantity, 0),
    // The order keeps the delivery method's name as the shopper read it, in the order's language.
    settings: settingsInLanguage(options.settings ?? (await getShopSettings()), language),
    capabilities: options.capabilities ?? paymentCapabilities(),
    checkout: input,
  });
  const { delivery } = priced;

  const orderId = randomUUID();
  const paymentId = randomUUID();
  const started = options.prepareCheckout?.(paymentId) ?? null;
  // A bank transfer takes days: its stock stays reserved until the end of the due day (in the shop's time zone, the
  // day the shopper is told). Cash on delivery never expires (its order is confirmed at once); expiresAt is then
  // only informative.
  const expiresAt =
    delivery.reservationDays !== null
      ? bankTransferDueAt(now, delivery.reservationDays, env.SHOP_TIME_ZONE)
      : new Date(now.getTime() + env.ORDER_PAYMENT_TIMEOUT_MINUTES * 60_000);
  const lines = priced.lines.map((line, position) => {
    const source = cartLines[position];
    return {
      variantId: line.variantId,
      productName: source?.productName ?? "",
      variantTitle: source ? variantTitle(source.optionNames, source.optionValues, source.optionValueTexts ?? {}) : "",
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
  const order = {
    orderId,
    cartId,
    userId: ref.userId,
    email: input.email,
    currency,
    itemsTotalMinor: priced.itemsTotalMinor,
    discountMinor: priced.discountMinor,
    shippingMinor: priced.shippingMinor,
    surchargeMinor: priced.surchargeMinor,
    totalMinor: priced.totalMinor,
    vatMinor: priced.vatMinor,
    vatBreakdown: priced.vatBreakdown,
    shippingMethod: delivery.methodName,
    shippingMethodId: delivery.methodId,
    deliveryKind: delivery.kind,
    shippingAddress: delivery.address,
    pickupLocationId: delivery.pickup?.id ?? null,
    pickupSnapshot: delivery.pickup?.snapshot ?? null,
    paymentMethod: delivery.paymentMethod,
    paymentDueAt: delivery.paymentMethod === "bank_transfer" ? expiresAt.toISOString() : null,
    idempotencyKey: input.idempotencyKey,
    paymentProvider: options.paymentProvider,
    expiresAt: expiresAt.toISOString(),
    actor: ref.userId ? `customer:${ref.userId}` : "guest",
    discount: code ? { id: code.id, code: code.code, perCustomerLimit: code.perCustomerLimit } : null,
    payment: { id: paymentId, reference: started?.reference ?? null, redirectUrl: started?.redirectUrl ?? null },
    lines,
    termsVersionId: first.termsVersionId,
    privacyVersionId: first.privacyVersionId,
    termsAcceptedAt: now.toISOString(),
    buyerCompany: input.company ?? null,
    billingAddress: input.billingAddress ?? null,
    locale: language,
    emails: emailsOnPlacing(orderId, input.email, delivery.paymentMethod),
  };
  const written = await pool
    .query<{ order_id: string; order_number: string }>({
      name: "checkout.place-order",
      text: "SELECT order_id, order_number FROM shop_place_order($1::jsonb)",
      values: [JSON.stringify(order)],
    })
    .catch((error: unknown) => {
      throw refusal(error, cartLines) ?? error;
    });
  const row = written.rows[0];
  if (!row) throw new Error("shop_place_order returned nothing");
  return {
    orderId: row.order_id,
    number: row.order_number,
    created: true,
    payment: { id: paymentId, amountMinor: priced.totalMinor, currency, email: input.email, expiresAt, started },
  };
}

/** The e-mails a new order sends, queued by shop_place_order in the order's transaction. */
function emailsOnPlacing(orderId: string, email: string, paymentMethod: PaymentMethod): OutboxRow[] {
  // A bank transfer needs the instructions now; card and test orders are confirmed when paid.
  if (paymentMethod !== "bank_transfer") return [];
  return [
    outboxRow({
      template: "bank-transfer-instructions",
      to: email,
      payload: { orderId },
      dedupeKey: `bank-transfer-instructions:${orderId}`,
    }),
  ];
}

/** Variants whose summed cart quantity exceeds the stock available when the cart was read. */
function shortOfStock(cartLines: CartRow[]): Set<string> {
  const wanted = new Map<string, number>();
  for (const l of cartLines) wanted.set(l.variantId, (wanted.get(l.variantId) ?? 0) + l.quantity);
  return new Set(cartLines.filter((l) => (wanted.get(l.variantId) ?? 0) > l.available).map((l) => l.variantId));
}

function outOfStock(cartLines: { variantId: string; productName: string }[], ids: Set<string>): AppError {
  const names = [...new Set(cartLines.filter((l) => ids.has(l.variantId)).map((l) => l.productName))];
  return new AppError(
    "out_of_stock",
    serverMessage("Not enough stock for: {names}. Please update your cart.", { names: names.join(", ") }),
  );
}

const discountRefused = (message: string) => new AppError("conflict", message, { fields: { discountCode: message } });

/** shop_place_order's refusals as the shopper's errors. */
function refusal(error: unknown, cartLines: { variantId: string; productName: string }[]): AppError | null {
  const refused = shopRefusal(error);
  if (!refused) return null;
  const names = [...new Set(cartLines.filter((l) => refused.ids.has(l.variantId)).map((l) => l.productName))];
  switch (refused.reason) {
    case "out_of_stock":
      return outOfStock(cartLines, refused.ids);
    case "price_changed":
      return new AppError(
        "conflict",
        serverMessage("The price or availability of {names} changed. Please review your cart.", {
          names: names.join(", "),
        }),
      );
    case "cart_changed":
      return new AppError("conflict", "Your cart changed while the order was being placed. Please review it.");
    case "discount_used_up":
      return discountRefused("This discount code has just been used up.");
    case "discount_customer_limit":
      return discountRefused("You have already used this discount code.");
    default:
      return null;
  }
}

// The legal versions in force are read in the cart's statement (uncorrelated, so PostgreSQL runs each once):
// a checkout stays three statements with a discount code and two without, as the comment on placeOrder says.
const CURRENT_VERSION = (kind: "TERMS" | "PRIVACY") =>
  `SELECT lv.id FROM legal_document_versions lv WHERE lv.kind = '${kind}' ORDER BY lv.version DESC LIMIT 1`;

const CART_COLUMNS = `
    SELECT l."cartId", l.id AS "lineId", l."createdAt" AS "addedAt", l."variantId", l.quantity, v.sku, v."priceMinor", v.currency, v.active, v."optionValues",
           v."stockOnHand" - v."stockReserved" AS available,
           COALESCE(NULLIF(pt.name, ''), p.name) AS "productName",
           CASE WHEN cat.archived THEN 'ARCHIVED' ELSE p.status::text END AS "productStatus",
           p."vatRateBps", p."optionNames", v."weightGrams",
           (SELECT jsonb_object_agg(ot.source, ot.text) FROM option_translations ot
            WHERE ot.language = $2::text AND ot.kind = 'value'
              AND ot.source IN (SELECT value FROM jsonb_each_text(v."optionValues"))) AS "optionValueTexts",
           (${CURRENT_VERSION("TERMS")}) AS "termsVersionId", (${CURRENT_VERSION("PRIVACY")}) AS "privacyVersionId"
    FROM carts c
    JOIN cart_lines l ON l."cartId" = c.id
    JOIN product_variants v ON v.id = l."variantId"
    JOIN products p ON p.id = v."productId"
    JOIN categories cat ON cat.id = p."categoryId"
    LEFT JOIN product_translations pt ON pt."productId" = p.id AND pt.language = $2::text`;

/**
 * The caller's cart lines with what pricing needs, in one prepared query, with the product names and option values in
 * the order's language (their translations, else the shop's own): the order lines keep them, so the order's e-mails,
 * page and invoice name the products as the shopper saw them. A guest id never opens a shopper's cart. With a rate
 * limit, the same statement counts the attempt (a checkout is then two statements without a discount code, three with
 * one).
 */
function readCart(
  pool: Pool,
  ref: CartRef,
  language: string,
  rateLimit: RateLimit | undefined,
): Promise<(CartRow & { cartId: string })[]> {
  const read = { name: "checkout.read-cart", select: CART_COLUMNS, values: [language] };
  if (!rateLimit) return queryCallerCart(pool, ref, { ...read, orderBy: 'l."createdAt", l.id' });
  return countAttemptWith(pool, rateLimit, { ...callerCartStatement(ref, read), orderBy: ["addedAt", "lineId"] });
}
