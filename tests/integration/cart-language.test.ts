import { afterAll, describe, expect, inject, it } from "vitest";
import { getCart } from "@/lib/cart/get-cart";
import { inLanguage } from "@/lib/cart/translate-cart";
import { createDb } from "@/lib/db/client";
import { createTestVariant, guestCartWith } from "../support/fixtures";

// The cart and checkout pages name the products in the page's language (the demo's Linen Shirt is "Lněná košile"),
// with the shop's own name where a product has no translation.
const db = createDb(inject("databaseUrl"), 2);
afterAll(() => db.$disconnect());

describe("cart lines in the page's language", () => {
  it("names a translated product in Czech, an untranslated one in English, and leaves English alone", async () => {
    const shirt = await db.productVariant.findFirstOrThrow({ where: { product: { slug: "linen-shirt" } } });
    const { variant: plain } = await createTestVariant(db, { stock: 5, name: "Plain Untranslated Thing" });
    const ref = await guestCartWith(db, [
      { variantId: shirt.id, quantity: 1 },
      { variantId: plain.id, quantity: 1 },
    ]);
    const cart = await getCart(db, ref, "EUR");
    const czech = await inLanguage(db, cart, "cs");
    expect(czech.lines.map((l) => l.productName).sort()).toEqual(["Lněná košile", "Plain Untranslated Thing"]);
    expect(czech.subtotal).toEqual(cart.subtotal);
    const english = await inLanguage(db, cart, "en");
    expect(english).toBe(cart);
  });
});
