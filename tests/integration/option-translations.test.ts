import type * as Navigation from "next/navigation";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { saveOptionTranslationsAction } from "@/app/admin/translations/options/actions";
import OptionTranslationsPage from "@/app/admin/translations/options/page";
import { GET as getProduct } from "@/app/api/products/[slug]/route";
import type { CurrentUser } from "@/lib/accounts/types";
import { getCart } from "@/lib/cart/get-cart";
import { inLanguage } from "@/lib/cart/translate-cart";
import { getOptionGlossary, saveOptionTranslations } from "@/lib/catalog-admin/option-translations";
import type { ProductDetail } from "@/lib/catalog/types";
import { placeOrder } from "@/lib/checkout/place-order";
import { createDb } from "@/lib/db/client";
import type { FormState } from "@/lib/http/form-state";
import { testPaymentProvider } from "@/lib/payments/test-provider";
import { renderToStaticMarkup } from "react-dom/server";
import { actorOf, adminUser, customerUser, ownCategory, retireCategories, suffix } from "../support/admin-catalog";
import { submit } from "../support/admin-people";
import { checkoutInput, guestCartWith } from "../support/fixtures";
import { call } from "../support/route";

// The option glossary against a real PostgreSQL: staff translate an option name or value once (the admin form's
// server action), and a Czech shopper then reads it on the product (page data and API), in the cart and on the order.

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
// The page is rendered here without Next.js's app router; its import form asks for one only to refresh the page.
vi.mock("next/navigation", async (original) => ({
  ...(await original<typeof Navigation>()),
  useRouter: () => ({ refresh: () => undefined }),
}));

const db = createDb(inject("databaseUrl"), 4);
let admin: CurrentUser;
let categoryId = "";
// Texts of this file's own, so no other test's options are touched.
const s = suffix();
const GRIP = `Grip ${s}`;
const SOFT = `Soft ${s}`;
const HARD = `Hard.${s} 1/2`;
let product = { slug: "", soft: "", hard: "" };

beforeAll(async () => {
  admin = await adminUser(db);
  categoryId = (await ownCategory(db, "Options")).id;
  const created = await db.product.create({
    data: {
      slug: `grip-${s}`,
      name: `Racket ${s}`,
      categoryId,
      status: "ACTIVE",
      optionNames: [GRIP],
      variants: {
        create: [
          { sku: `GS-${s}`, priceMinor: 1500, currency: "EUR", stockOnHand: 20, optionValues: { [GRIP]: SOFT } },
          { sku: `GH-${s}`, priceMinor: 1500, currency: "EUR", stockOnHand: 20, optionValues: { [GRIP]: HARD } },
        ],
      },
    },
    include: { variants: { orderBy: { sku: "asc" } } },
  });
  product = { slug: created.slug, hard: created.variants[0]?.id ?? "", soft: created.variants[1]?.id ?? "" };
});

afterAll(async () => {
  await db.optionTranslation.deleteMany({ where: { source: { in: [GRIP, SOFT, HARD] } } });
  await retireCategories(db, [categoryId]);
  await db.$disconnect();
});

const rowsOf = () => db.optionTranslation.findMany({ where: { source: { in: [GRIP, SOFT, HARD] } } });
const productIn = async (locale: string) => {
  const result = await call(getProduct, `/api/products/${product.slug}?locale=${locale}`, {
    params: { slug: product.slug },
  });
  expect(result.status).toBe(200);
  return result.body as ProductDetail;
};

describe("the option glossary", () => {
  it("is saved once and read in Czech on the product, in the cart and on the order", async () => {
    session.user = admin;
    expect((await getOptionGlossary(db, "cs")).values.map((v) => v.source)).toEqual(
      expect.arrayContaining([SOFT, HARD]) as unknown,
    );
    const saved = (await submit(saveOptionTranslationsAction, {
      language: "cs",
      [`name:${GRIP}`]: "Rukojeť",
      [`value:${SOFT}`]: "Měkká",
      [`value:${HARD}`]: "",
    })) as FormState;
    expect(saved).toMatchObject({ status: "success" });
    expect((await rowsOf()).map(({ kind, source, text }) => ({ kind, source, text }))).toEqual(
      expect.arrayContaining([
        { kind: "name", source: GRIP, text: "Rukojeť" },
        { kind: "value", source: SOFT, text: "Měkká" },
      ]) as unknown,
    );
    expect(await rowsOf()).toHaveLength(2);
    const audits = await db.auditLog.findMany({ where: { action: "option_text.translate", actorId: admin.id } });
    expect(audits.some((a) => (a.after as Record<string, unknown>)[`value:${SOFT}`] === "Měkká")).toBe(true);

    // Saving the same texts again changes nothing.
    expect(
      await saveOptionTranslations(db, actorOf(admin), {
        language: "cs",
        entries: [{ kind: "value", source: SOFT, text: "Měkká" }],
      }),
    ).toEqual({ changed: 0 });

    // The product: keys stay the catalog's own, the labels are Czech where translated.
    const czech = await productIn("cs");
    expect(czech.optionNames).toEqual([GRIP]);
    expect(czech.optionLabels).toEqual({ names: { [GRIP]: "Rukojeť" }, values: { [SOFT]: "Měkká", [HARD]: HARD } });
    expect((await productIn("en")).optionLabels.names[GRIP]).toBe(GRIP);

    // The cart page's lines, and the order placed in Czech, name the value in Czech.
    const ref = await guestCartWith(db, [{ variantId: product.soft, quantity: 1 }]);
    const cart = await getCart(db, ref, "EUR");
    expect(cart.lines[0]?.variantTitle).toBe(SOFT);
    expect((await inLanguage(db, cart, "cs")).lines[0]?.variantTitle).toBe("Měkká");
    const placed = await placeOrder(db, ref, checkoutInput(), {
      paymentProvider: "test",
      prepareCheckout: (id) => testPaymentProvider.prepareCheckout?.(id) ?? { reference: "", redirectUrl: "" },
      language: "cs",
    });
    const lines = await db.orderLine.findMany({ where: { orderId: placed.orderId } });
    expect(lines.map((l) => l.variantTitle)).toEqual(["Měkká"]);

    // Emptying a text removes it: the catalog's own shows again.
    await submit(saveOptionTranslationsAction, { language: "cs", [`value:${SOFT}`]: "" });
    expect((await productIn("cs")).optionLabels.values[SOFT]).toBe(SOFT);
  });

  it("shows staff every option of the catalog with its translation", async () => {
    session.user = admin;
    await submit(saveOptionTranslationsAction, { language: "cs", [`name:${GRIP}`]: "Rukojeť" });
    const html = renderToStaticMarkup(await OptionTranslationsPage({ searchParams: Promise.resolve({}) }));
    expect(html).toContain(`name="name:${GRIP}"`);
    expect(html).toContain('value="Rukojeť"');
    expect(html).toContain(`name="value:${HARD}"`);
    // The glossary as a file, for a spreadsheet: its download link and its import form.
    expect(html).toContain('href="/api/admin/option-translations.csv?language=cs"');
    expect(html).toContain('id="glossary-csv-file"');
  });

  it.each([
    ["a text too long", { [`value:${SOFT}`]: "x".repeat(101) }, `value:${SOFT}`],
    ["a two-line text", { [`value:${SOFT}`]: "Měkká\nrukojeť" }, `value:${SOFT}`],
    ["a control character", { [`name:${GRIP}`]: "Ruko\u0007jeť" }, `name:${GRIP}`],
    ["a field that is no option", { "price:x": "0" }, "price:x"],
    ["a language the shop does not speak", { language: "xx" }, "language"],
  ])("refuses %s as a field error, storing nothing", async (_what, bad, field) => {
    session.user = admin;
    const before = await rowsOf();
    const result = (await submit(saveOptionTranslationsAction, {
      language: "cs",
      [`value:${HARD}`]: "Tvrdá",
      ...bad,
    })) as FormState;
    expect(result.status).toBe("error");
    expect(result.fields?.[field]).toEqual(expect.any(String));
    expect(await rowsOf()).toEqual(before);
  });

  it.each([
    ["nobody", () => null, "unauthenticated"],
    ["a customer", () => customerUser, "forbidden"],
  ])("%s is refused before the form is read", async (_who, user, code) => {
    session.user = user();
    const before = await rowsOf();
    expect(await submit(saveOptionTranslationsAction, { language: "cs", [`value:${HARD}`]: "Tvrdá" })).toEqual({
      thrown: code,
    });
    expect(await rowsOf()).toEqual(before);
  });

  it("a read-only API token cannot change it", async () => {
    await expect(
      saveOptionTranslations(
        db,
        { ...actorOf(admin), scope: "READ" },
        {
          language: "cs",
          entries: [{ kind: "value", source: HARD, text: "Tvrdá" }],
        },
      ),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});
