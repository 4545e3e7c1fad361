import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { DELETE as deleteLine, PATCH as patchLine, PUT as putLine } from "@/app/api/cart/lines/[line]/route";
import { POST as addLine } from "@/app/api/cart/lines/route";
import { MAX_CART_LINES, MAX_LINE_QUANTITY } from "@/lib/cart/schemas";
import { addToCart } from "@/lib/cart/add-to-cart";
import type { CartView } from "@/lib/cart/types";
import { createDb } from "@/lib/db/client";
import { createTestVariant } from "../support/fixtures";
import { call, errorOf } from "../support/route";

// PUT /api/cart/lines/{variantId}: the line replaced whole, by variant, with the rules of the other cart paths.

const db = createDb(inject("databaseUrl"), 4);
afterAll(() => db.$disconnect());

function put(variantId: string, body: unknown, headers: Record<string, string> = {}) {
  return call(putLine, `/api/cart/lines/${variantId}`, {
    method: "PUT",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
    params: { line: variantId },
  });
}

const cookieOf = (result: { headers: Headers }) => (result.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
const linesOf = (cartId: string) =>
  db.cartLine.findMany({ where: { cartId }, select: { variantId: true, quantity: true }, orderBy: { id: "asc" } });

describe("PUT /api/cart/lines/{variantId}", () => {
  it("creates the line with exactly that quantity, and the same PUT again changes nothing", async () => {
    const { variant } = await createTestVariant(db, { stock: 8, priceMinor: 1250 });
    const first = await put(variant.id, { quantity: 3 });
    expect(first.status).toBe(200);
    const cookie = cookieOf(first);
    expect(cookie).toMatch(/^cart=[0-9a-f-]{36}$/);
    const cart = first.body as CartView;
    expect(cart.lines).toMatchObject([{ variantId: variant.id, quantity: 3, lineTotal: { amountMinor: 3750 } }]);

    const again = await put(variant.id, { quantity: 3 }, { cookie });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get("set-cookie")).toBeNull();
    expect(await linesOf(cart.id ?? "")).toEqual([{ variantId: variant.id, quantity: 3 }]);
  });

  it("replaces an existing line's quantity (not adding to it), removes it with 0, and 0 again is still fine", async () => {
    const { variant } = await createTestVariant(db, { stock: 8 });
    const { variant: other } = await createTestVariant(db, { stock: 8 });
    const created = await put(variant.id, { quantity: 5 });
    const cookie = cookieOf(created);
    const cartId = (created.body as CartView).id ?? "";
    await put(other.id, { quantity: 1 }, { cookie });

    expect(((await put(variant.id, { quantity: 2 }, { cookie })).body as CartView).itemCount).toBe(3);
    expect(((await put(variant.id, { quantity: 2 }, { cookie })).body as CartView).itemCount).toBe(3);
    for (let i = 0; i < 2; i++) {
      const removed = await put(variant.id, { quantity: 0 }, { cookie });
      expect(removed.status).toBe(200);
      expect((removed.body as CartView).lines.map((l) => l.variantId)).toEqual([other.id]);
    }
    expect(await linesOf(cartId)).toEqual([{ variantId: other.id, quantity: 1 }]);
  });

  it("names the same line as PATCH and DELETE do, by variant id", async () => {
    const { variant } = await createTestVariant(db, { stock: 8 });
    const cookie = cookieOf(await put(variant.id, { quantity: 1 }));
    const patched = await call(patchLine, `/api/cart/lines/${variant.id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ quantity: 4 }),
      params: { line: variant.id },
    });
    expect((patched.body as CartView).lines).toMatchObject([{ variantId: variant.id, quantity: 4 }]);
    const removed = await call(deleteLine, `/api/cart/lines/${variant.id}`, {
      method: "DELETE",
      headers: { cookie },
      params: { line: variant.id },
    });
    expect((removed.body as CartView).lines).toEqual([]);
  });

  it("refuses more than the stock available, storing nothing, for a new line and for an existing one", async () => {
    const { variant } = await createTestVariant(db, { stock: 3 });
    const tooMany = await put(variant.id, { quantity: 4 });
    expect(tooMany.status).toBe(409);
    expect(errorOf(tooMany.body)).toMatchObject({
      code: "out_of_stock",
      fields: { quantity: "Only 3 left in stock." },
    });
    expect(tooMany.headers.get("set-cookie")).toBeNull();
    expect(await db.cartLine.count({ where: { variantId: variant.id } })).toBe(0);

    const cookie = cookieOf(await put(variant.id, { quantity: 2 }));
    const raised = await put(variant.id, { quantity: 4 }, { cookie });
    expect(raised.status).toBe(409);
    expect(errorOf(raised.body).code).toBe("out_of_stock");
    expect(await db.cartLine.findMany({ where: { variantId: variant.id }, select: { quantity: true } })).toEqual([
      { quantity: 2 },
    ]);

    const soldOut = await createTestVariant(db, { stock: 0 });
    expect((await put(soldOut.variant.id, { quantity: 1 })).status).toBe(409);
  });

  it("keeps the limit on distinct lines", async () => {
    const { variant: first } = await createTestVariant(db, { stock: 5 });
    const created = await put(first.id, { quantity: 1 });
    const ref = { userId: null, cartId: (created.body as CartView).id };
    for (let i = 1; i < MAX_CART_LINES; i++) {
      const { variant } = await createTestVariant(db, { stock: 5 });
      await addToCart(db, ref, { variantId: variant.id, quantity: 1 });
    }
    const { variant: oneMore } = await createTestVariant(db, { stock: 5 });
    const refused = await put(oneMore.id, { quantity: 1 }, { cookie: cookieOf(created) });
    expect(refused.status).toBe(409);
    expect(errorOf(refused.body).code).toBe("conflict");
    expect(await db.cartLine.count({ where: { cartId: ref.cartId ?? "" } })).toBe(MAX_CART_LINES);
  });

  it.each([
    ["a negative quantity", { quantity: -1 }],
    ["a fractional quantity", { quantity: 1.5 }],
    ["a quantity past the per-line maximum", { quantity: MAX_LINE_QUANTITY + 1 }],
    ["a string quantity", { quantity: "2" }],
    ["no quantity", {}],
    ["a client-sent price", { quantity: 1, priceMinor: 1 }],
  ])("refuses %s with a field error and stores nothing", async (_label, body) => {
    const { variant } = await createTestVariant(db, { stock: 5 });
    const result = await put(variant.id, body);
    expect(result.status).toBe(400);
    const error = errorOf(result.body);
    expect(error.code).toBe("invalid_input");
    expect(Object.keys(error.fields ?? {}).length).toBeGreaterThan(0);
    expect(await db.cartLine.count({ where: { variantId: variant.id } })).toBe(0);
  });

  it.each([
    ["a variant id that is not a uuid", "1 OR 1=1", { quantity: 1 }, {}, 400],
    ["an unknown variant", randomUUID(), { quantity: 1 }, {}, 404],
    ["malformed JSON", randomUUID(), "{", {}, 400],
    ["a text/plain body", randomUUID(), "{}", { "content-type": "text/plain" }, 415],
    ["a 1 MB body", randomUUID(), "x".repeat(1024 * 1024), {}, 413],
    ["a foreign Origin", randomUUID(), { quantity: 1 }, { origin: "https://evil.example" }, 403],
    ["a cross-site fetch", randomUUID(), { quantity: 1 }, { "sec-fetch-site": "cross-site" }, 403],
  ])("answers %s with %i", async (_label, id, body, headers, status) => {
    const result = await put(id, body, headers);
    expect(result.status).toBe(status);
    expect(errorOf(result.body).code).toBeTruthy();
    expect(result.text).not.toMatch(/prisma|sql|at \//i);
  });

  it("never touches another shopper's line: its line id names nothing in the caller's cart (404)", async () => {
    const { variant } = await createTestVariant(db, { stock: 5 });
    const owner = await call(addLine, "/api/cart/lines", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ variantId: variant.id, quantity: 1 }),
    });
    const lineId = (owner.body as { cart: CartView }).cart.lines[0]?.id ?? "";
    const intruderCookie = cookieOf(await put((await createTestVariant(db, { stock: 5 })).variant.id, { quantity: 1 }));
    for (const quantity of [3, 0]) {
      const result = await put(lineId, { quantity }, { cookie: intruderCookie });
      expect(result.status).toBe(quantity === 0 ? 200 : 404);
    }
    expect(await db.cartLine.findUnique({ where: { id: lineId } })).toMatchObject({ quantity: 1 });
  });
});
