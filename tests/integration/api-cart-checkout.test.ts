import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { DELETE as deleteLine, PATCH as patchLine } from "@/app/api/cart/lines/[line]/route";
import { POST as addLine } from "@/app/api/cart/lines/route";
import { GET as getCart } from "@/app/api/cart/route";
import { POST as checkout } from "@/app/api/checkout/route";
import { GET as getOrder } from "@/app/api/orders/[id]/route";
import { addToCart } from "@/lib/cart/add-to-cart";
import { MAX_CART_LINES } from "@/lib/cart/schemas";
import type { CartView } from "@/lib/cart/types";
import type { CheckoutResult } from "@/lib/checkout/checkout-order";
import { createDb } from "@/lib/db/client";
import { createTestVariant, stockOf } from "../support/fixtures";
import { DEMO_DELIVERY } from "@/prisma/seed/delivery-data";
import { call, errorOf } from "../support/route";

const db = createDb(inject("databaseUrl"), 12);
afterAll(() => db.$disconnect());

const json = (body: unknown, cookie?: string, extra: Record<string, string> = {}) => ({
  method: "POST",
  headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}), ...extra },
  body: typeof body === "string" ? body : JSON.stringify(body),
});

/** Adds a line as a new guest and returns the cart cookie the server set. */
async function guestWith(variantId: string, quantity = 1) {
  const result = await call(addLine, "/api/cart/lines", json({ variantId, quantity }));
  expect(result.status).toBe(201);
  const setCookie = result.headers.get("set-cookie") ?? "";
  expect(setCookie).toMatch(/HttpOnly/);
  expect(setCookie).toMatch(/SameSite=Lax/);
  const cookie = setCookie.split(";")[0] ?? "";
  return { cookie, cart: (result.body as { cart: CartView }).cart };
}

const address = { name: "Jana Nováková", line1: "Dlouhá 12", city: "Praha", postalCode: "110 00", country: "CZ" };
const validCheckout = () => ({
  email: "guest@example.com",
  shippingAddress: address,
  shippingMethodId: DEMO_DELIVERY.methods.domesticStandard,
  paymentMethod: "test",
  idempotencyKey: randomUUID(),
  termsAccepted: true,
});

describe("cart API", () => {
  it("adds, changes and removes lines with live prices", async () => {
    const { variant } = await createTestVariant(db, { stock: 8, priceMinor: 1250 });
    const { cookie, cart } = await guestWith(variant.id, 2);
    expect(cart.lines).toMatchObject([{ variantId: variant.id, quantity: 2, lineTotal: { amountMinor: 2500 } }]);
    const lineId = cart.lines[0]?.id ?? "";
    const patched = await call(patchLine, `/api/cart/lines/${lineId}`, {
      ...json({ quantity: 5 }, cookie),
      method: "PATCH",
      params: { line: lineId },
    });
    expect((patched.body as CartView).itemCount).toBe(5);
    const removed = await call(deleteLine, `/api/cart/lines/${lineId}`, {
      method: "DELETE",
      headers: { cookie },
      params: { line: lineId },
    });
    expect((removed.body as CartView).lines).toEqual([]);
    expect(((await call(getCart, "/api/cart", { headers: { cookie } })).body as CartView).itemCount).toBe(0);
  });

  it("caps at the stock available and the per-line maximum", async () => {
    const { variant } = await createTestVariant(db, { stock: 3 });
    const first = await guestWith(variant.id, 2);
    const again = await call(addLine, "/api/cart/lines", json({ variantId: variant.id, quantity: 2 }, first.cookie));
    expect(again.body).toMatchObject({ added: { quantity: 3, capped: true } });
  });

  it("adds up concurrent adds of the same item, none lost", async () => {
    const { variant } = await createTestVariant(db, { stock: 30 });
    const { cart } = await guestWith(variant.id, 1);
    const ref = { userId: null, cartId: cart.id };
    await Promise.all(Array.from({ length: 10 }, () => addToCart(db, ref, { variantId: variant.id, quantity: 1 })));
    expect(await db.cartLine.findMany({ where: { cartId: cart.id ?? "" }, select: { quantity: true } })).toEqual([
      { quantity: 11 },
    ]);
  });

  it("holds at most the maximum of distinct lines, and still raises a line it holds", async () => {
    const { variant: first } = await createTestVariant(db, { stock: 5 });
    const { cart } = await guestWith(first.id, 1);
    const ref = { userId: null, cartId: cart.id };
    for (let i = 1; i < MAX_CART_LINES; i++) {
      const { variant } = await createTestVariant(db, { stock: 5 });
      await addToCart(db, ref, { variantId: variant.id, quantity: 1 });
    }
    const { variant: oneMore } = await createTestVariant(db, { stock: 5 });
    await expect(addToCart(db, ref, { variantId: oneMore.id, quantity: 1 })).rejects.toMatchObject({
      code: "conflict",
    });
    expect(await db.cartLine.count({ where: { cartId: cart.id ?? "" } })).toBe(MAX_CART_LINES);
    expect(await addToCart(db, ref, { variantId: first.id, quantity: 1 })).toMatchObject({ quantity: 2 });
  });

  it("gives a signed-in shopper one cart, however many first adds arrive at once", async () => {
    const user = await db.user.create({
      data: { email: `cart-${randomUUID()}@example.com`, name: "Cart Owner", passwordHash: "x" },
    });
    const variants = await Promise.all(Array.from({ length: 5 }, () => createTestVariant(db, { stock: 5 })));
    const added = await Promise.all(
      variants.map(({ variant }) =>
        addToCart(db, { userId: user.id, cartId: null }, { variantId: variant.id, quantity: 1 }),
      ),
    );
    expect(new Set(added.map((a) => a.cartId)).size).toBe(1);
    expect(await db.cart.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.cartLine.count({ where: { cartId: added[0]?.cartId ?? "" } })).toBe(5);
  });

  it("never shows or changes a signed-in shopper's cart for a guest who names its id", async () => {
    const owner = await db.user.create({
      data: { email: `owner-${randomUUID()}@example.com`, name: "Cart Owner", passwordHash: "x" },
    });
    const { variant } = await createTestVariant(db, { stock: 5 });
    const theirs = await addToCart(db, { userId: owner.id, cartId: null }, { variantId: variant.id, quantity: 2 });
    const cookie = `cart=${theirs.cartId}`;
    const seen = await call(getCart, "/api/cart", { headers: { cookie } });
    expect(seen.body).toMatchObject({ id: null, lines: [], itemCount: 0 });
    const added = await call(addLine, "/api/cart/lines", json({ variantId: variant.id, quantity: 1 }, cookie));
    expect(added.status).toBe(201);
    expect((added.body as { cart: CartView }).cart.id).not.toBe(theirs.cartId);
    expect(await db.cartLine.findMany({ where: { cartId: theirs.cartId }, select: { quantity: true } })).toEqual([
      { quantity: 2 },
    ]);
  });

  it.each([
    ["negative quantity", { quantity: -1 }, 400, "invalid_input"],
    ["zero quantity", { quantity: 0 }, 400, "invalid_input"],
    ["fractional quantity", { quantity: 1.5 }, 400, "invalid_input"],
    ["huge quantity", { quantity: 1e9 }, 400, "invalid_input"],
    ["string quantity", { quantity: "2" }, 400, "invalid_input"],
    ["a client-sent price", { quantity: 1, priceMinor: 1 }, 400, "invalid_input"],
    ["a client-sent total", { quantity: 1, total: 0 }, 400, "invalid_input"],
    [
      "1,000 lines in one body",
      { lines: Array.from({ length: 1000 }, () => ({ quantity: 1 })) },
      413,
      "payload_too_large",
    ],
    ["an unknown variant", { variantId: randomUUID() }, 404, "not_found"],
    ["a variant id that is not a uuid", { variantId: "1 OR 1=1" }, 400, "invalid_input"],
  ])("add-to-cart with %s → %i", async (_label, patch, status, code) => {
    const { variant } = await createTestVariant(db, { stock: 5 });
    const result = await call(addLine, "/api/cart/lines", json({ variantId: variant.id, quantity: 1, ...patch }));
    expect(result.status).toBe(status);
    expect(errorOf(result.body).code).toBe(code);
    expect(result.text).not.toMatch(/prisma|sql|at \//i);
    expect(await db.cartLine.count({ where: { variantId: variant.id } })).toBe(0);
  });

  it.each([
    ["a 1 MB body", "x".repeat(1024 * 1024), { "content-type": "application/json" }, 413],
    ["malformed JSON", "{", { "content-type": "application/json" }, 400],
    ["a text/plain body", "{}", { "content-type": "text/plain" }, 415],
    ["a foreign Origin", "{}", { "content-type": "application/json", origin: "https://evil.example" }, 403],
    ["a cross-site fetch", "{}", { "content-type": "application/json", "sec-fetch-site": "cross-site" }, 403],
  ])("add-to-cart with %s → %i", async (_label, body, headers, status) => {
    const result = await call(addLine, "/api/cart/lines", { method: "POST", headers, body });
    expect(result.status).toBe(status);
    expect(errorOf(result.body).code).toBeTruthy();
  });

  it("refuses out-of-stock items and another guest's cart lines (404)", async () => {
    const soldOut = await createTestVariant(db, { stock: 0 });
    const refused = await call(addLine, "/api/cart/lines", json({ variantId: soldOut.variant.id }));
    expect(refused.status).toBe(409);
    expect(errorOf(refused.body).code).toBe("out_of_stock");

    const { variant } = await createTestVariant(db, { stock: 5 });
    const owner = await guestWith(variant.id);
    const intruder = await guestWith(variant.id);
    const lineId = owner.cart.lines[0]?.id ?? "";
    const patch = await call(patchLine, `/api/cart/lines/${lineId}`, {
      ...json({ quantity: 3 }, intruder.cookie),
      method: "PATCH",
      params: { line: lineId },
    });
    expect(patch.status).toBe(404);
    const del = await call(deleteLine, `/api/cart/lines/${lineId}`, {
      method: "DELETE",
      headers: { cookie: intruder.cookie },
      params: { line: lineId },
    });
    expect(del.status).toBe(404);
    expect(await db.cartLine.findUnique({ where: { id: lineId } })).toMatchObject({ quantity: 1 });
  });
});

describe("checkout API", () => {
  it("places the order from server prices and returns where to pay", async () => {
    const { variant } = await createTestVariant(db, { stock: 5, priceMinor: 4000 });
    const { cookie } = await guestWith(variant.id, 2);
    const result = await call(checkout, "/api/checkout", json(validCheckout(), cookie));
    expect(result.status).toBe(201);
    const body = result.body as CheckoutResult;
    expect(body.paymentUrl).toMatch(/^\/pay\/test\//);
    const order = await db.order.findUniqueOrThrow({ where: { id: body.orderId } });
    expect(order.totalMinor).toBe(8000); // free shipping above the threshold
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 5, stockReserved: 2 });

    const [path, query] = body.orderUrl.split("?");
    const id = path?.split("/").at(-1) ?? "";
    expect((await call(getOrder, `/api/orders/${id}?${query}`, { params: { id } })).status).toBe(200);
    expect((await call(getOrder, `/api/orders/${id}`, { params: { id } })).status).toBe(404);
    expect((await call(getOrder, `/api/orders/${id}?token=forged`, { params: { id } })).status).toBe(404);
  });

  it.each([
    ["a client-sent total", { totalMinor: 1 }, "totalMinor"],
    ["a client-sent price in a line", { lines: [{ priceMinor: 1 }] }, "lines"],
    ["an invalid e-mail", { email: "not-an-email" }, "email"],
    ["CR/LF in the name", { shippingAddress: { ...address, name: "A\r\nBcc: x@y.z" } }, "shippingAddress.name"],
    ["a country outside every zone", { shippingAddress: { ...address, country: "AQ" } }, "shippingAddress.country"],
    ["a malformed country", { shippingAddress: { ...address, country: "Czechia" } }, "shippingAddress.country"],
    ["a missing city", { shippingAddress: { ...address, city: "" } }, "shippingAddress.city"],
    ["the old shippingMethod field", { shippingMethod: "standard" }, "shippingMethod"],
    ["a malformed shipping method id", { shippingMethodId: "teleport" }, "shippingMethodId"],
    ["an unknown shipping method", { shippingMethodId: randomUUID() }, "shippingMethodId"],
    ["a method of another zone", { shippingMethodId: DEMO_DELIVERY.methods.worldStandard }, "shippingMethodId"],
    ["an unknown payment method", { paymentMethod: "bitcoin" }, "paymentMethod"],
    [
      "a payment method the delivery does not allow",
      {
        shippingAddress: { ...address, country: "DE" },
        shippingMethodId: DEMO_DELIVERY.methods.euStandard,
        paymentMethod: "cash_on_delivery",
      },
      "paymentMethod",
    ],
    ["card without Stripe keys", { paymentMethod: "card" }, "paymentMethod"],
    [
      "click & collect without a pickup location",
      { shippingMethodId: DEMO_DELIVERY.methods.clickAndCollect },
      "pickupLocationId",
    ],
    [
      "home delivery without an address",
      { shippingAddress: undefined, recipient: { name: "Jana" } },
      "shippingAddress",
    ],
    ["a malformed discount code", { discountCode: "' OR 1=1 --" }, "discountCode"],
    ["no idempotency key", { idempotencyKey: undefined }, "idempotencyKey"],
    ["the terms not accepted", { termsAccepted: undefined }, "termsAccepted"],
    ["the terms refused", { termsAccepted: false }, "termsAccepted"],
    ["the terms accepted as a string", { termsAccepted: "yes" }, "termsAccepted"],
    ["a company without a name", { company: { name: " ", vatId: "CZ12345678" } }, "company.name"],
    ["a VAT ID without a country code", { company: { name: "Firma s.r.o.", vatId: "12345678" } }, "company.vatId"],
    ["a Czech VAT ID with 7 digits", { company: { name: "Firma s.r.o.", vatId: "CZ1234567" } }, "company.vatId"],
    ["a German VAT ID with 10 digits", { company: { name: "Firma GmbH", vatId: "DE1234567890" } }, "company.vatId"],
    ["a Greek VAT ID as GR", { company: { name: "Etairia", vatId: "GR123456789" } }, "company.vatId"],
    ["a non-EU VAT ID", { company: { name: "Ltd", vatId: "US123456789" } }, "company.vatId"],
    ["a VAT ID with script", { company: { name: "Ltd", vatId: "<script>" } }, "company.vatId"],
    ["an unknown company field", { company: { name: "Ltd", priceMinor: 1 } }, "company.priceMinor"],
    ["a billing address without a city", { billingAddress: { ...address, city: "" } }, "billingAddress.city"],
  ])("400 with %s, nothing stored", async (_label, patch, field) => {
    const { variant } = await createTestVariant(db, { stock: 5 });
    const { cookie } = await guestWith(variant.id);
    const result = await call(checkout, "/api/checkout", json({ ...validCheckout(), ...patch }, cookie));
    expect(result.status).toBe(400);
    const error = errorOf(result.body);
    expect(error.code).toBe("invalid_input");
    expect(Object.keys(error.fields ?? {}).some((k) => k.startsWith(field))).toBe(true);
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 5, stockReserved: 0 });
    expect(await db.orderLine.count({ where: { variantId: variant.id } })).toBe(0);
  });

  it("409 for an empty cart and for someone else's cart cookie", async () => {
    expect((await call(checkout, "/api/checkout", json(validCheckout()))).status).toBe(409);
    const forged = `cart=${randomUUID()}`;
    expect((await call(checkout, "/api/checkout", json(validCheckout(), forged))).status).toBe(409);
  });
});
