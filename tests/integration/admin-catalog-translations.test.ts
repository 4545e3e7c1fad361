import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { saveCategoryTranslationsAction } from "@/app/admin/categories/translation-actions";
import { saveProductTranslationsAction } from "@/app/admin/products/translation-actions";
import type { CurrentUser } from "@/lib/accounts/types";
import { applyProductImport } from "@/lib/catalog-admin/apply-product-import";
import { exportProductsCsv } from "@/lib/catalog-admin/export-products-csv";
import { listUntranslated } from "@/lib/catalog-admin/list-untranslated";
import { previewProductImport } from "@/lib/catalog-admin/preview-product-import";
import { createDb } from "@/lib/db/client";
import type { FormState } from "@/lib/http/form-state";
import {
  actorOf,
  adminUser,
  auditOf,
  customerUser,
  ownCategory,
  retireCategories,
  suffix,
} from "../support/admin-catalog";
import { submit } from "../support/admin-people";

// Staff-written translations of the catalog (Czech here): the product and category forms' server actions, what
// they store, audit and refuse, and the list of what is still untranslated.

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));
// Cache invalidation needs a Next.js request around it; outside one there is nothing to refresh.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const db = createDb(inject("databaseUrl"), 2);
let admin: CurrentUser;
let category = { id: "", slug: "", name: "" };

beforeAll(async () => {
  admin = await adminUser(db);
  category = await ownCategory(db, "Translated");
});
afterAll(async () => {
  await retireCategories(db, [category.id]);
  await db.$disconnect();
});

async function product(description = "A lamp for reading.") {
  const s = suffix();
  return db.product.create({
    data: {
      slug: `lamp-${s}`,
      name: `Lamp ${s}`,
      description,
      categoryId: category.id,
      status: "ACTIVE",
      variants: { create: { sku: `TL-${s.toUpperCase()}`, priceMinor: 1000, currency: "EUR" } },
      images: { create: { url: `/uploads/x-${s}.webp`, alt: "A brass lamp", width: 10, height: 10 } },
    },
    include: { images: true },
  });
}

const czechOf = (productId: string) =>
  db.productTranslation.findUnique({ where: { productId_language: { productId, language: "cs" } } });

describe("saveProductTranslationsAction", () => {
  it("stores the Czech name, description and picture text, audits the change, and clears a field sent empty", async () => {
    session.user = admin;
    const p = await product();
    const image = p.images[0];
    if (!image) throw new Error("no image");
    const saved = (await submit(saveProductTranslationsAction, {
      id: p.id,
      "translations.cs.name": "  Stolní lampa  ",
      "translations.cs.description": "Lampa na čtení.\nMosazná.",
      [`images.${image.id}.cs.alt`]: "Mosazná lampa",
    })) as FormState;
    expect(saved).toMatchObject({ status: "success", message: "The translations have been saved." });
    expect(await czechOf(p.id)).toMatchObject({ name: "Stolní lampa", description: "Lampa na čtení.\nMosazná." });
    expect(
      await db.productImageTranslation.findUnique({
        where: { imageId_language: { imageId: image.id, language: "cs" } },
      }),
    ).toMatchObject({ alt: "Mosazná lampa" });
    const [audit] = await auditOf(db, p.id, "product.translate");
    expect(audit).toMatchObject({ actorId: admin.id, entityType: "product" });
    expect(audit?.before).toEqual({ "cs.name": null, "cs.description": null, [`images.${image.id}.cs.alt`]: null });
    expect(audit?.after).toMatchObject({ "cs.name": "Stolní lampa" });

    // The same text again changes and records nothing.
    const again = (await submit(saveProductTranslationsAction, {
      id: p.id,
      "translations.cs.name": "Stolní lampa",
    })) as FormState;
    expect(again).toMatchObject({ status: "success", message: "Nothing has changed." });
    expect(await auditOf(db, p.id, "product.translate")).toHaveLength(1);

    // Empty clears the field (the shop falls back to its own text); a field not sent stays.
    await submit(saveProductTranslationsAction, { id: p.id, "translations.cs.description": "" });
    expect(await czechOf(p.id)).toMatchObject({ name: "Stolní lampa", description: null });
  });

  it.each([
    ["a name too long", { "translations.cs.name": "x".repeat(201) }, "translations.cs.name"],
    ["a two-line name", { "translations.cs.name": "Lampa\nstolní" }, "translations.cs.name"],
    ["a control character", { "translations.cs.description": "Lampa\u0007" }, "translations.cs.description"],
    ["a description too long", { "translations.cs.description": "x".repeat(5001) }, "translations.cs.description"],
    ["an unknown language", { "translations.xx.name": "Lamp" }, "translations"],
  ])("refuses %s as a field error and stores nothing, not even the valid fields", async (_what, bad, field) => {
    session.user = admin;
    const p = await product();
    const result = (await submit(saveProductTranslationsAction, {
      id: p.id,
      "translations.cs.name": "Platný název",
      ...bad,
    })) as FormState;
    expect(result.status).toBe("error");
    expect(Object.keys(result.fields ?? {}).some((key) => key.startsWith(field))).toBe(true);
    expect(await czechOf(p.id)).toBeNull();
    expect(await auditOf(db, p.id, "product.translate")).toHaveLength(0);
  });

  it("refuses another product's picture and keeps the name sent with it unsaved", async () => {
    session.user = admin;
    const [p, other] = [await product(), await product()];
    const foreign = other.images[0]?.id ?? "";
    const result = (await submit(saveProductTranslationsAction, {
      id: p.id,
      "translations.cs.name": "Lampa",
      [`images.${foreign}.cs.alt`]: "Cizí obrázek",
    })) as FormState;
    expect(result).toMatchObject({ status: "error", fields: { [`images.${foreign}`]: expect.any(String) as string } });
    expect(await czechOf(p.id)).toBeNull();
    expect(await db.productImageTranslation.count({ where: { imageId: foreign } })).toBe(0);
  });

  it.each([
    ["nobody", () => null, "unauthenticated"],
    ["a customer", () => customerUser, "forbidden"],
  ])("%s is refused before the form is read", async (_who, user, code) => {
    const p = await product();
    session.user = user();
    expect(await submit(saveProductTranslationsAction, { id: p.id, "translations.cs.name": "Lampa" })).toEqual({
      thrown: code,
    });
    expect(await czechOf(p.id)).toBeNull();
  });
});

describe("saveCategoryTranslationsAction", () => {
  it("stores a category's Czech name and description with an audit record, and refuses a customer", async () => {
    const c = await ownCategory(db, "Lamps");
    session.user = customerUser;
    expect(await submit(saveCategoryTranslationsAction, { id: c.id, "translations.cs.name": "Lampy" })).toEqual({
      thrown: "forbidden",
    });
    session.user = admin;
    const result = (await submit(saveCategoryTranslationsAction, {
      id: c.id,
      "translations.cs.name": "Lampy",
      "translations.cs.description": "Světla na čtení.",
    })) as FormState;
    expect(result.status).toBe("success");
    expect(
      await db.categoryTranslation.findUnique({ where: { categoryId_language: { categoryId: c.id, language: "cs" } } }),
    ).toMatchObject({ name: "Lampy", description: "Světla na čtení." });
    expect(await auditOf(db, c.id, "category.translate")).toHaveLength(1);
    const tooLong = (await submit(saveCategoryTranslationsAction, {
      id: c.id,
      "translations.cs.name": "x".repeat(101),
    })) as FormState;
    expect(tooLong.fields?.["translations.cs.name"]).toContain("at most 100");
    await retireCategories(db, [c.id]);
  });
});

describe("listUntranslated", () => {
  it("lists products and categories lacking a Czech name or (where the shop has one) description", async () => {
    session.user = admin;
    const [done, nameOnly, noDescription, archived] = [
      await product(),
      await product(),
      await product(""),
      await product(),
    ];
    await db.product.update({ where: { id: archived.id }, data: { status: "ARCHIVED" } });
    await db.productTranslation.createMany({
      data: [
        { productId: done.id, language: "cs", name: "Hotovo", description: "Popis" },
        { productId: nameOnly.id, language: "cs", name: "Jen název", description: "" },
        { productId: noDescription.id, language: "cs", name: "Bez popisu" },
      ],
    });
    const report = await listUntranslated(db, "cs", 1, 100_000);
    const missing = new Map(report.products.items.map((item) => [item.id, item.missing]));
    expect(missing.has(done.id)).toBe(false);
    expect(missing.get(nameOnly.id)).toEqual(["description"]);
    expect(missing.has(noDescription.id)).toBe(false);
    expect(missing.has(archived.id)).toBe(false);
    expect(report.products.missing).toBe(report.products.items.length);
    expect(report.products.total).toBeGreaterThanOrEqual(report.products.missing);
    const ownCategoryRow = report.categories.items.find((item) => item.id === category.id);
    expect(ownCategoryRow?.missing).toEqual(["name"]);
  });
});

describe("the product CSV's translation columns", () => {
  const exported = async (slug: string) => new Response(exportProductsCsv(db, { q: slug })).text();
  const apply = (text: string) => applyProductImport(db, actorOf(admin), text);

  it("exports name_cs and description_cs, and importing the export restores them exactly, once", async () => {
    const p = await product("Line one.\nLine two.");
    await db.productTranslation.create({
      data: { productId: p.id, language: "cs", name: "Stolní lampa, mosaz", description: 'Řádek jedna.\n"Dva"' },
    });
    const text = await exported(p.slug);
    const [header] = text.replace(/^\uFEFF/, "").split("\r\n");
    expect(header?.split(",").slice(-2)).toEqual(["name_cs", "description_cs"]);
    expect(text).toContain('"Stolní lampa, mosaz"');

    await db.productTranslation.update({
      where: { productId_language: { productId: p.id, language: "cs" } },
      data: { name: "Jiný název", description: null },
    });
    const preview = await previewProductImport(db, text);
    expect(preview.summary).toMatchObject({ productsTranslated: 1, productsUpdated: 0, variantsUpdated: 0 });
    expect(preview.preview[0]?.changes).toEqual(["product name_cs", "product description_cs"]);
    const report = await apply(text);
    expect(report).toMatchObject({ ok: true, applied: true, summary: { productsTranslated: 1 } });
    expect(await czechOf(p.id)).toMatchObject({ name: "Stolní lampa, mosaz", description: 'Řádek jedna.\n"Dva"' });
    const [audit] = await auditOf(db, p.id, "product.translate");
    expect(audit?.after).toMatchObject({ "cs.name": "Stolní lampa, mosaz", source: "CSV import" });

    // The same file again changes nothing and records nothing more.
    expect((await apply(text)).summary).toMatchObject({ productsTranslated: 0 });
    expect(await auditOf(db, p.id, "product.translate")).toHaveLength(1);
    expect(await exported(p.slug)).toBe(text);
  });

  it("clears a translation for an empty cell, leaves it alone without the column, and names a bad cell", async () => {
    const p = await product();
    await db.productTranslation.create({
      data: { productId: p.id, language: "cs", name: "Lampa", description: "Popis" },
    });
    const sku = (await db.productVariant.findFirstOrThrow({ where: { productId: p.id } })).sku;

    expect((await apply(`sku,price\n${sku},12.50\n`)).applied).toBe(true);
    expect(await czechOf(p.id)).toMatchObject({ name: "Lampa", description: "Popis" });

    expect((await apply(`sku,description_cs\n${sku},\n`)).summary).toMatchObject({ productsTranslated: 1 });
    expect(await czechOf(p.id)).toMatchObject({ name: "Lampa", description: null });

    const bad = await apply(`sku,price,name_cs\n${sku},13.00,${"x".repeat(201)}\n`);
    expect(bad).toMatchObject({ ok: false, applied: false });
    expect(bad.issues).toEqual([{ row: 2, column: "name_cs", message: "name_cs has at most 200 characters." }]);
    const control = await apply(`sku,name_cs\n${sku},Lampa\u0007\n`);
    expect(control.issues[0]).toMatchObject({ row: 2, column: "name_cs" });
    expect(await czechOf(p.id)).toMatchObject({ name: "Lampa" });
    expect((await db.productVariant.findUniqueOrThrow({ where: { sku } })).priceMinor).toBe(1250);
  });

  it("refuses two rows of one product that disagree about its translation, applying nothing", async () => {
    const p = await product();
    const s = suffix().toUpperCase();
    const text = `sku,product_slug,price,name_cs\nTL-${s}-A,${p.slug},5,Lampa\nTL-${s}-B,${p.slug},5,Lampička\n`;
    const report = await apply(text);
    expect(report.applied).toBe(false);
    expect(report.issues[0]).toMatchObject({ row: 3, column: "name_cs" });
    expect(await db.productVariant.count({ where: { productId: p.id } })).toBe(1);
    expect(await czechOf(p.id)).toBeNull();
  });
});
