import { stringify } from "csv-stringify/sync";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { GET as exportRoute } from "@/app/api/admin/products/export.csv/route";
import { PATCH as patchVariant } from "@/app/api/admin/variants/[id]/route";
import { addVariantAction, createProductAction, updateVariantAction } from "@/app/admin/products/actions";
import type { CurrentUser } from "@/lib/accounts/types";
import { applyProductImport } from "@/lib/catalog-admin/apply-product-import";
import { previewProductImport } from "@/lib/catalog-admin/preview-product-import";
import { createDb } from "@/lib/db/client";
import { type FormState, idleForm } from "@/lib/http/form-state";
import {
  actorOf,
  adminUser,
  customerUser,
  jsonBody,
  ownCategory,
  retireCategories,
  suffix,
} from "../support/admin-catalog";
import { form, refusalOf } from "../support/admin-people";
import { call, errorOf } from "../support/route";

// A variant's weight in grams (what delivery weight bands price), as staff set it: the product pages' forms, the
// variant API and the product CSV. Good values are stored and audited; bad or hostile ones are field errors (rows,
// in a CSV) and nothing is stored.

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));
// Cache invalidation needs a Next.js request around it; outside one there is nothing to refresh.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const db = createDb(inject("databaseUrl"), 2);
let admin: CurrentUser;
let category = { id: "", slug: "" };

beforeAll(async () => {
  admin = await adminUser(db);
  category = await ownCategory(db, "Weights");
});
afterAll(async () => {
  await retireCategories(db, [category.id]);
  await db.$disconnect();
});

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Runs an action as the browser does; a redirect (success) comes back as its target, a refusal as its code. */
async function post(action: Action, values: Record<string, string>) {
  try {
    return await action(idleForm, form(values));
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) {
      return { redirect: digest.split(";")[2] ?? "" };
    }
    return { thrown: refusalOf(error) };
  }
}

/** A product of this file's category with one variant weighing `grams`. */
async function productWithVariant(grams = 400) {
  const s = suffix();
  return db.product.create({
    data: {
      slug: `weighed-${s}`,
      name: `Weighed ${s}`,
      categoryId: category.id,
      variants: { create: { sku: `WG-${s.toUpperCase()}`, priceMinor: 1000, currency: "EUR", weightGrams: grams } },
    },
    include: { variants: true },
  });
}

const weightOf = async (sku: string) =>
  (await db.productVariant.findUniqueOrThrow({ where: { sku }, select: { weightGrams: true } })).weightGrams;

// Input → why it is refused. Every one of them must leave the stored weight as it was.
const badWeights: [string, string][] = [
  ["negative", "-1"],
  ["fractional", "2.5"],
  ["over a tonne", "1000001"],
  ["words", "heavy"],
  ["a unit", "250g"],
  ["an exponent", "1e3"],
  ["hexadecimal", "0x10"],
  ["markup", "<script>alert(1)</script>"],
  ["SQL", "1; DROP TABLE product_variants"],
  ["non-ASCII digits", "١٢٣"],
  ["a huge number", "99999999999999999999"],
];

describe("the product pages' forms", () => {
  it("a new product's first variant, an added variant and an edited one keep the weight typed, audited", async () => {
    session.user = admin;
    const s = suffix();
    const created = await post(createProductAction, {
      name: `Form Kettle ${s}`,
      categoryId: category.id,
      status: "DRAFT",
      "variants.0.sku": `FK-${s}`,
      "variants.0.price": "19.99",
      "variants.0.weightGrams": "1250",
    });
    expect(created).toMatchObject({
      redirect: expect.stringMatching(/^\/admin\/products\/[0-9a-f-]+\?created=1$/) as string,
    });
    expect(await weightOf(`FK-${s}`.toUpperCase())).toBe(1250);

    const product = await db.product.findUniqueOrThrow({ where: { slug: `form-kettle-${s}` } });
    const added = await post(addVariantAction, {
      productId: product.id,
      sku: `FK-${s}-2`,
      price: "21",
      weightGrams: " 0 ",
      active: "on",
    });
    expect(added).toMatchObject({ status: "success" });
    expect(await weightOf(`FK-${s}-2`.toUpperCase())).toBe(0);
    const blank = await post(addVariantAction, {
      productId: product.id,
      sku: `FK-${s}-3`,
      price: "21",
      weightGrams: "",
    });
    expect(blank).toMatchObject({ status: "success" });
    expect(await weightOf(`FK-${s}-3`.toUpperCase())).toBe(0);

    const variant = await db.productVariant.findUniqueOrThrow({ where: { sku: `FK-${s}`.toUpperCase() } });
    const edited = await post(updateVariantAction, {
      id: variant.id,
      sku: variant.sku,
      price: "19.99",
      weightGrams: "1000000",
      active: "on",
    });
    expect(edited).toMatchObject({ status: "success" });
    expect(await weightOf(variant.sku)).toBe(1_000_000);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: variant.id, action: "variant.update" } });
    expect([audit.before, audit.after]).toEqual([{ weightGrams: 1250 }, { weightGrams: 1_000_000 }]);
  });

  it.each(badWeights)("a %s weight is a field error next to the field, nothing stored", async (_label, weight) => {
    session.user = admin;
    const product = await productWithVariant(400);
    const variant = product.variants[0];
    if (!variant) throw new Error("no variant");
    const variantsBefore = await db.productVariant.count();
    const productsBefore = await db.product.count();

    const edited = await post(updateVariantAction, {
      id: variant.id,
      sku: variant.sku,
      price: "10",
      weightGrams: weight,
      active: "on",
    });
    expect(edited).toMatchObject({
      status: "error",
      fields: { weightGrams: expect.stringMatching(/weight/i) as string },
    });
    const added = await post(addVariantAction, {
      productId: product.id,
      sku: `${variant.sku}-X`,
      price: "10",
      weightGrams: weight,
    });
    expect(added).toMatchObject({
      status: "error",
      fields: { weightGrams: expect.stringMatching(/weight/i) as string },
    });
    const created = await post(createProductAction, {
      name: `Refused ${suffix()}`,
      categoryId: category.id,
      "variants.0.sku": `R-${suffix()}`,
      "variants.0.price": "1",
      "variants.0.weightGrams": weight,
    });
    expect(created).toMatchObject({
      status: "error",
      fields: { "variants.0.weightGrams": expect.any(String) as string },
    });

    expect(await weightOf(variant.sku)).toBe(400);
    expect(await db.productVariant.count()).toBe(variantsBefore);
    expect(await db.product.count()).toBe(productsBefore);
  });

  it.each([
    ["nobody", () => null, "unauthenticated"],
    ["a customer", () => customerUser, "forbidden"],
  ])("%s is refused before the form is read", async (_who, user, code) => {
    const product = await productWithVariant(400);
    const variant = product.variants[0];
    if (!variant) throw new Error("no variant");
    session.user = user();
    expect(
      await post(updateVariantAction, { id: variant.id, sku: variant.sku, price: "10", weightGrams: "5" }),
    ).toEqual({ thrown: code });
    expect(await weightOf(variant.sku)).toBe(400);
  });
});

describe("PATCH /api/admin/variants/{id}", () => {
  it("changes the weight alone, and refuses a bad one with a weightGrams field error", async () => {
    session.user = admin;
    const product = await productWithVariant(400);
    const variant = product.variants[0];
    if (!variant) throw new Error("no variant");
    const ok = await call(patchVariant, "/api/admin/variants/x", {
      ...jsonBody("PATCH", { weightGrams: 730 }),
      params: { id: variant.id },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ weightGrams: 730 });
    for (const weightGrams of [-5, 1.5, 1_000_001, "ten", null, true, [1], 1e21]) {
      const res = await call(patchVariant, "/api/admin/variants/x", {
        ...jsonBody("PATCH", { weightGrams }),
        params: { id: variant.id },
      });
      expect(res.status).toBe(400);
      expect(errorOf(res.body)).toMatchObject({
        code: "invalid_input",
        fields: { weightGrams: expect.any(String) as string },
      });
    }
    expect(await weightOf(variant.sku)).toBe(730);
  });
});

describe("the product CSV", () => {
  const csv = (rows: Record<string, string>[]) =>
    stringify(rows, { header: true, columns: Object.keys(rows[0] ?? {}) });
  const apply = (text: string) => applyProductImport(db, actorOf(admin), text);

  it("imports weight_grams for new and existing variants, shows the change in the preview, and exports it", async () => {
    const existing = await productWithVariant(400);
    const variant = existing.variants[0];
    if (!variant) throw new Error("no variant");
    const s = suffix();
    const text = csv([
      { sku: variant.sku, product_slug: "", product_name: "", category_slug: "", price: "", weight_grams: "655" },
      {
        sku: `CW-${s}`,
        product_slug: `csv-weighed-${s}`,
        product_name: `CSV weighed ${s}`,
        category_slug: category.slug,
        price: "5",
        weight_grams: "1000000",
      },
      {
        sku: `CW-${s}-2`,
        product_slug: `csv-weighed-${s}`,
        product_name: "",
        category_slug: "",
        price: "5",
        weight_grams: "",
      },
    ]);
    const preview = await previewProductImport(db, text);
    expect(preview.issues).toEqual([]);
    expect(preview.preview.find((p) => p.sku === variant.sku)?.changes).toContain("weight 400 g → 655 g");
    expect(await weightOf(variant.sku)).toBe(400);

    const report = await apply(text);
    expect(report).toMatchObject({ applied: true, summary: { variantsCreated: 2, variantsUpdated: 1 } });
    expect(await weightOf(variant.sku)).toBe(655);
    expect(await weightOf(`CW-${s}`.toUpperCase())).toBe(1_000_000);
    expect(await weightOf(`CW-${s}-2`.toUpperCase())).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: variant.id, action: "variant.update" } });
    expect(audit.before).toEqual({ weightGrams: 400 });

    // A file without the column leaves weights alone.
    expect((await apply(csv([{ sku: variant.sku, price: "11" }]))).applied).toBe(true);
    expect(await weightOf(variant.sku)).toBe(655);

    session.user = admin;
    const exported = await exportRoute(
      new Request(`http://localhost:3000/api/admin/products/export.csv?q=csv-weighed-${s}`),
      { params: Promise.resolve({}) },
    );
    const [header = "", ...lines] = (await exported.text()).replace(/^\uFEFF/, "").split("\r\n");
    const column = header.split(",").indexOf("weight_grams");
    expect(column).toBeGreaterThanOrEqual(0);
    expect(lines.filter(Boolean).map((line) => line.split(",")[column])).toEqual(["1000000", "0"]);
  });

  it.each(badWeights)("a row with a %s weight is reported by row and column, nothing written", async (_l, weight) => {
    const existing = await productWithVariant(400);
    const variant = existing.variants[0];
    if (!variant) throw new Error("no variant");
    const s = suffix();
    const text = csv([
      { sku: variant.sku, product_slug: "", product_name: "", price: "12", weight_grams: "100" },
      { sku: `BW-${s}`, product_slug: `bad-weight-${s}`, product_name: "Bad weight", price: "1", weight_grams: weight },
    ]);
    const before = { variants: await db.productVariant.count(), products: await db.product.count() };
    for (const report of [await previewProductImport(db, text), await apply(text)]) {
      expect(report).toMatchObject({ ok: false, applied: false });
      expect(report.issues).toContainEqual({ row: 3, column: "weight_grams", message: expect.any(String) as string });
      expect(report.issues.every((issue) => issue.row === 3)).toBe(true);
    }
    // Nothing half-way: the good row's price and weight are not written either.
    expect(await db.productVariant.findUniqueOrThrow({ where: { id: variant.id } })).toMatchObject({
      weightGrams: 400,
      priceMinor: 1000,
    });
    expect({ variants: await db.productVariant.count(), products: await db.product.count() }).toEqual(before);
  });
});
