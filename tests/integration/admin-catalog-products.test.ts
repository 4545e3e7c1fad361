import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { GET as getStorefrontProduct } from "@/app/api/products/[slug]/route";
import { DELETE as deleteProduct, GET as getProduct, PATCH as patchProduct } from "@/app/api/admin/products/[id]/route";
import { POST as addVariantRoute } from "@/app/api/admin/products/[id]/variants/route";
import { GET as listProducts, POST as createProductRoute } from "@/app/api/admin/products/route";
import { DELETE as deleteVariant, PATCH as patchVariant } from "@/app/api/admin/variants/[id]/route";
import type { CurrentUser } from "@/lib/accounts/types";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import type { ProductDetail } from "@/lib/catalog/types";
import { archiveProduct } from "@/lib/catalog-admin/archive-product";
import { createProduct } from "@/lib/catalog-admin/create-product";
import { productCreateSchema, productUpdateSchema } from "@/lib/catalog-admin/schemas";
import type { AdminProduct, AdminProductPage, AdminVariant } from "@/lib/catalog-admin/types";
import { updateProduct } from "@/lib/catalog-admin/update-product";
import { createDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import {
  actorOf,
  adminUser,
  auditOf,
  bearer,
  customerUser,
  jsonBody,
  ownCategory,
  retireCategories,
  suffix,
} from "../support/admin-catalog";
import { placeAndPayOrder } from "../support/fixtures";
import { call, errorOf } from "../support/route";

// The real guards run; only who is logged in is chosen by each test.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));

const db = createDb(inject("databaseUrl"), 2);
let admin: CurrentUser;
let categoryId = "";

beforeAll(async () => {
  admin = await adminUser(db);
  categoryId = (await ownCategory(db, "Products")).id;
});
afterAll(async () => {
  await retireCategories(db, [categoryId]);
  await db.$disconnect();
});

const newProduct = (overrides: Record<string, unknown> = {}) => {
  const s = suffix();
  return {
    name: `Zephyr Lamp ${s}`,
    categoryId,
    status: "ACTIVE",
    vatRate: "21",
    optionNames: ["Finish"],
    variants: [
      { sku: `zl-${s}-brass`, optionValues: { Finish: "Brass" }, price: "19.99", stockOnHand: 4 },
      { sku: `zl-${s}-steel`, optionValues: { Finish: "Steel" }, price: 24.5, stockOnHand: 0, position: 1 },
    ],
    ...overrides,
  };
};

async function created(overrides: Record<string, unknown> = {}): Promise<AdminProduct> {
  return createProduct(db, actorOf(admin), productCreateSchema.parse(newProduct(overrides)));
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("createProduct, updateProduct, archiveProduct", () => {
  it("creates a product with its variants, exact prices, initial stock records and an audit row with the values", async () => {
    const product = await created();
    expect(product.slug).toBe(product.name.toLowerCase().replace(/ /g, "-"));
    expect(product.vatRateBps).toBe(2100);
    expect(product.variants.map((v) => [v.sku, v.price.amountMinor, v.price.currency, v.stockOnHand])).toEqual([
      [expect.stringMatching(/^ZL-.*-BRASS$/), 1999, "EUR", 4],
      [expect.stringMatching(/^ZL-.*-STEEL$/), 2450, "EUR", 0],
    ]);
    const adjustments = await db.stockAdjustment.findMany({ where: { variant: { productId: product.id } } });
    expect(adjustments.map((a) => [a.delta, a.stockAfter, a.reason, a.actor])).toEqual([
      [4, 4, "Initial stock", `staff:${admin.id}`],
    ]);
    const [audit] = await auditOf(db, product.id, "product.create");
    expect(audit).toMatchObject({ actorId: admin.id, via: "staff", entityType: "product", before: null });
    expect(audit?.after).toMatchObject({ name: product.name, slug: product.slug, status: "ACTIVE" });
    expect((audit?.after as { variants: { priceMinor: number }[] }).variants.map((v) => v.priceMinor)).toEqual([
      1999, 2450,
    ]);
  });

  it("refuses a taken slug, a used SKU and an unknown category as field errors, storing nothing", async () => {
    const existing = await created();
    const before = await db.product.count();
    const taken = await refusal(created({ name: existing.name }));
    expect(taken.details.fields).toEqual({ slug: expect.stringContaining("already used") as string });
    const sku = existing.variants[0]?.sku ?? "";
    const usedSku = await refusal(created({ optionNames: [], variants: [{ sku: sku.toLowerCase(), price: "1.00" }] }));
    expect(usedSku.details.fields).toEqual({ "variants.0.sku": expect.stringContaining("already used") as string });
    const legacy = `legacy-${suffix()}`;
    await db.productVariant.update({ where: { id: existing.variants[1]?.id }, data: { sku: legacy } });
    const legacySku = await refusal(
      created({ optionNames: [], variants: [{ sku: legacy.toUpperCase(), price: "1" }] }),
    );
    expect(legacySku.details.fields).toEqual({ "variants.0.sku": expect.stringContaining("already used") as string });
    const unknown = await refusal(created({ categoryId: "00000000-0000-4000-8000-000000000000" }));
    expect(unknown.details.fields).toEqual({ categoryId: "This category does not exist." });
    expect(await db.product.count()).toBe(before);
  });

  it("records only the fields that changed, before and after; an unchanged save records nothing", async () => {
    const product = await created();
    await updateProduct(
      db,
      actorOf(admin),
      product.id,
      productUpdateSchema.parse({ name: `${product.name} II`, vatRate: "13.5", featured: false }),
    );
    const [audit] = await auditOf(db, product.id, "product.update");
    expect(audit?.before).toEqual({ name: product.name, vatRateBps: 2100 });
    expect(audit?.after).toEqual({ name: `${product.name} II`, vatRateBps: 1350 });
    await updateProduct(db, actorOf(admin), product.id, productUpdateSchema.parse({ name: `${product.name} II` }));
    expect(await auditOf(db, product.id, "product.update")).toHaveLength(1);
  });

  it("renames options on every variant, but refuses to add one once there are variants", async () => {
    const product = await created();
    const renamed = await updateProduct(
      db,
      actorOf(admin),
      product.id,
      productUpdateSchema.parse({ optionNames: ["Colour"] }),
    );
    expect(renamed.variants.map((v) => v.optionValues)).toEqual([{ Colour: "Brass" }, { Colour: "Steel" }]);
    const added = await refusal(
      updateProduct(db, actorOf(admin), product.id, productUpdateSchema.parse({ optionNames: ["Colour", "Size"] })),
    );
    expect(added.details.fields).toEqual({ optionNames: expect.stringContaining("not added or removed") as string });
  });

  it("archives instead of deleting, once, with the status before and after", async () => {
    const product = await created();
    const archived = await archiveProduct(db, actorOf(admin), product.id);
    expect(archived.status).toBe("ARCHIVED");
    await archiveProduct(db, actorOf(admin), product.id);
    const audits = await auditOf(db, product.id, "product.archive");
    expect(audits.map((a) => [a.before, a.after])).toEqual([[{ status: "ACTIVE" }, { status: "ARCHIVED" }]]);
    const storefront = await call(getStorefrontProduct, `/api/products/${product.slug}`, {
      params: { slug: product.slug },
    });
    expect(storefront.status).toBe(404);
  });
});

describe("the storefront sees a change at once", () => {
  it("shows a new price on GET /api/products/[slug] right after PATCH /api/admin/variants/[id]", async () => {
    session.user = admin;
    const product = await created();
    const variant = product.variants[0] as AdminVariant;
    const read = async () =>
      (await call(getStorefrontProduct, `/api/products/${product.slug}`, { params: { slug: product.slug } }))
        .body as ProductDetail;
    expect((await read()).variants[0]?.price.amountMinor).toBe(1999);
    const patched = await call(patchVariant, `/api/admin/variants/${variant.id}`, {
      ...jsonBody("PATCH", { price: "17.49" }),
      params: { id: variant.id },
    });
    expect(patched.status).toBe(200);
    expect((await read()).variants[0]?.price.amountMinor).toBe(1749);
    const [audit] = await auditOf(db, variant.id, "variant.update");
    expect([audit?.before, audit?.after]).toEqual([{ priceMinor: 1999 }, { priceMinor: 1749 }]);
  });
});

describe("/api/admin/products as staff", () => {
  it("lists with search by SKU, status and category filters, stock totals and price range", async () => {
    session.user = admin;
    const product = await created();
    const sku = product.variants[1]?.sku ?? "";
    const page = (await call(listProducts, `/api/admin/products?q=${sku.toLowerCase()}&status=ACTIVE`))
      .body as AdminProductPage;
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      id: product.id,
      variantCount: 2,
      priceMin: { amountMinor: 1999, currency: "EUR" },
      priceMax: { amountMinor: 2450, currency: "EUR" },
      stockOnHand: 4,
      stockReserved: 0,
      available: 4,
    });
    const inCategory = (await call(listProducts, `/api/admin/products?categoryId=${categoryId}&pageSize=2&page=1`))
      .body as AdminProductPage;
    expect(inCategory.items.length).toBeLessThanOrEqual(2);
    expect(inCategory.total).toBe(await db.product.count({ where: { categoryId } }));
    const wildcard = (await call(listProducts, "/api/admin/products?q=%25")).body as AdminProductPage;
    expect(wildcard.total).toBe(0);
  });

  it("creates (201), reads, updates, adds a variant and archives through the routes", async () => {
    session.user = admin;
    const create = await call(createProductRoute, "/api/admin/products", jsonBody("POST", newProduct()));
    expect(create.status).toBe(201);
    const product = create.body as AdminProduct;
    const read = await call(getProduct, `/api/admin/products/${product.id}`, { params: { id: product.id } });
    expect((read.body as AdminProduct).variants).toHaveLength(2);
    const update = await call(patchProduct, `/api/admin/products/${product.id}`, {
      ...jsonBody("PATCH", { description: "Brushed metal.", featured: true }),
      params: { id: product.id },
    });
    expect(update.body).toMatchObject({ description: "Brushed metal.", featured: true });
    const variant = await call(addVariantRoute, `/api/admin/products/${product.id}/variants`, {
      ...jsonBody("POST", { sku: `zl-${suffix()}`, optionValues: { Finish: "Copper" }, price: "29", stockOnHand: 2 }),
      params: { id: product.id },
    });
    expect(variant.status).toBe(201);
    expect(variant.body).toMatchObject({ price: { amountMinor: 2900 }, stockOnHand: 2, available: 2 });
    const archivedVariant = await call(deleteVariant, `/api/admin/variants/x`, {
      method: "DELETE",
      params: { id: (variant.body as AdminVariant).id },
    });
    expect(archivedVariant.body).toMatchObject({ active: false });
    const archived = await call(deleteProduct, `/api/admin/products/${product.id}`, {
      method: "DELETE",
      params: { id: product.id },
    });
    expect(archived.body).toMatchObject({ status: "ARCHIVED" });
    // Every call is in the audit log, besides the change records.
    const calls = await db.auditLog.findMany({
      where: { action: "api.request", entityId: { contains: product.id } },
    });
    expect(calls.length).toBeGreaterThanOrEqual(3);
  });

  it("never deletes a product that was ordered: DELETE archives it and its order lines stay", async () => {
    session.user = admin;
    const { orderId } = await placeAndPayOrder(db, `archive-${suffix()}@example.com`);
    const line = await db.orderLine.findFirstOrThrow({ where: { orderId } });
    const variant = await db.productVariant.findUniqueOrThrow({ where: { id: line.variantId } });
    const res = await call(deleteProduct, "/api/admin/products/x", {
      method: "DELETE",
      params: { id: variant.productId },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "ARCHIVED", hasOrders: true });
    expect(await db.productVariant.count({ where: { productId: variant.productId } })).toBeGreaterThan(0);
    expect(await db.orderLine.count({ where: { orderId } })).toBe(1);
  });
});

describe("hostile input to /api/admin/products", () => {
  const big = "x".repeat(10_000);
  const variant = (overrides: Record<string, unknown>) => ({
    ...newProduct(),
    optionNames: [],
    variants: [{ sku: `h-${suffix()}`, price: "1.00", ...overrides }],
  });
  const cases: [string, RequestInit, number, string, string[]][] = [
    ["bad JSON", { ...jsonBody("POST", "{"), body: "{" }, 400, "invalid_input", []],
    [
      "not JSON",
      { method: "POST", headers: { "content-type": "text/plain" }, body: "name=x" },
      415,
      "unsupported_media_type",
      [],
    ],
    ["an array", jsonBody("POST", [1, 2]), 400, "invalid_input", ["_form"]],
    [
      "wrong types",
      jsonBody("POST", { ...newProduct(), name: 5, featured: "yes" }),
      400,
      "invalid_input",
      ["name", "featured"],
    ],
    ["a huge name", jsonBody("POST", { ...newProduct(), name: big }), 400, "invalid_input", ["name"]],
    ["a control character", jsonBody("POST", { ...newProduct(), name: "a\u0000b" }), 400, "invalid_input", ["name"]],
    [
      "a body over 512 KB",
      jsonBody("POST", { ...newProduct(), description: "y".repeat(600_000) }),
      413,
      "payload_too_large",
      [],
    ],
    ["a negative price", jsonBody("POST", variant({ price: "-1" })), 400, "invalid_input", ["variants.0.price"]],
    ["three decimals", jsonBody("POST", variant({ price: "19.999" })), 400, "invalid_input", ["variants.0.price"]],
    [
      "a fractional JSON number",
      jsonBody("POST", variant({ price: 0.001 })),
      400,
      "invalid_input",
      ["variants.0.price"],
    ],
    ["a huge price", jsonBody("POST", variant({ price: "99999999999" })), 400, "invalid_input", ["variants.0.price"]],
    [
      "a price with a thousands comma",
      jsonBody("POST", variant({ price: "1,019.99" })),
      400,
      "invalid_input",
      ["variants.0.price"],
    ],
    ["an exponent", jsonBody("POST", variant({ price: 1e21 })), 400, "invalid_input", ["variants.0.price"]],
    [
      "negative stock",
      jsonBody("POST", variant({ stockOnHand: -3 })),
      400,
      "invalid_input",
      ["variants.0.stockOnHand"],
    ],
    [
      "fractional stock",
      jsonBody("POST", variant({ stockOnHand: 1.5 })),
      400,
      "invalid_input",
      ["variants.0.stockOnHand"],
    ],
    [
      "reserved stock given",
      jsonBody("POST", variant({ stockReserved: 1 })),
      400,
      "invalid_input",
      ["variants.0.stockReserved"],
    ],
    ["an unknown field", jsonBody("POST", { ...newProduct(), price: "1" }), 400, "invalid_input", ["price"]],
    ["a bad SKU", jsonBody("POST", variant({ sku: "a b<script>" })), 400, "invalid_input", ["variants.0.sku"]],
    [
      "the same SKU twice",
      jsonBody("POST", {
        ...newProduct(),
        optionNames: [],
        variants: [
          { sku: "DUP-1", price: "1" },
          { sku: "dup-1", price: "1" },
        ],
      }),
      400,
      "invalid_input",
      ["variants.1.sku"],
    ],
    [
      "a malformed category id",
      jsonBody("POST", { ...newProduct(), categoryId: "1 OR 1=1" }),
      400,
      "invalid_input",
      ["categoryId"],
    ],
    [
      "an unknown category",
      jsonBody("POST", { ...newProduct(), categoryId: "00000000-0000-4000-8000-000000000000" }),
      400,
      "invalid_input",
      ["categoryId"],
    ],
    ["an unknown status", jsonBody("POST", { ...newProduct(), status: "LIVE" }), 400, "invalid_input", ["status"]],
    ["VAT over 100 %", jsonBody("POST", { ...newProduct(), vatRate: "101" }), 400, "invalid_input", ["vatRate"]],
    ["a bad slug", jsonBody("POST", { ...newProduct(), slug: "../Admin" }), 400, "invalid_input", ["slug"]],
    [
      "four options",
      jsonBody("POST", { ...newProduct(), optionNames: ["a", "b", "c", "d"], variants: [] }),
      400,
      "invalid_input",
      ["optionNames"],
    ],
    [
      "a missing option value",
      jsonBody("POST", { ...newProduct(), variants: [{ sku: `m-${suffix()}`, price: "1" }] }),
      400,
      "invalid_input",
      ["variants.0.optionValues.Finish"],
    ],
    [
      "an option the product lacks",
      jsonBody("POST", variant({ optionValues: { Size: "M" } })),
      400,
      "invalid_input",
      ["variants.0.optionValues.Size"],
    ],
    [
      "101 variants",
      jsonBody("POST", {
        ...newProduct(),
        optionNames: [],
        variants: Array.from({ length: 101 }, (_, i) => ({ sku: `V-${i}`, price: "1" })),
      }),
      400,
      "invalid_input",
      ["variants"],
    ],
  ];

  it.each(cases.map(([label, init, status, code, fields]) => [label, status, code, init, fields] as const))(
    "POST with %s → %i %s",
    async (_label, status, code, init, fields) => {
      session.user = admin;
      const before = await db.product.count();
      const res = await call(createProductRoute, "/api/admin/products", init);
      expect(res.status).toBe(status);
      const error = errorOf(res.body);
      expect(error.code).toBe(code);
      for (const field of fields) expect(error.fields).toHaveProperty([field]);
      expect(res.text).not.toMatch(/prisma|postgres|violat|stack/i);
      expect(await db.product.count()).toBe(before);
    },
  );

  it.each([
    ["an unknown id", 404, "not_found", "00000000-0000-4000-8000-000000000000", { name: "X" }],
    ["a malformed id", 400, "invalid_input", "../../etc/passwd", { name: "X" }],
    ["an empty change", 400, "invalid_input", "", {}],
    ["an unknown field", 400, "invalid_input", "", { stockOnHand: 5 }],
    ["null for a required field", 400, "invalid_input", "", { name: null }],
  ])("PATCH with %s → %i %s", async (_label, status, code, id, body) => {
    session.user = admin;
    const product = await created();
    const target = id || product.id;
    const res = await call(patchProduct, "/api/admin/products/x", {
      ...jsonBody("PATCH", body),
      params: { id: target },
    });
    expect(res.status).toBe(status);
    expect(errorOf(res.body).code).toBe(code);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).name).toBe(product.name);
  });

  it("PATCH to another product's slug → 400 with a slug field error", async () => {
    session.user = admin;
    const [a, b] = [await created(), await created()];
    const res = await call(patchProduct, "/api/admin/products/x", {
      ...jsonBody("PATCH", { slug: b.slug }),
      params: { id: a.id },
    });
    expect(res.status).toBe(400);
    expect(errorOf(res.body).fields).toEqual({ slug: expect.stringContaining("already used") as string });
  });

  it.each([
    ["stock through PATCH", { stockOnHand: 100 }, 400, "sku"],
    ["a bad price", { price: "abc" }, 400, "price"],
    ["a taken SKU", { sku: "__taken__" }, 400, "sku"],
    ["a value for an unknown option", { optionValues: { Size: "M" } }, 400, "optionValues.Size"],
  ])("PATCH a variant with %s → 400", async (_label, body, status, field) => {
    session.user = admin;
    const product = await created();
    const [first, second] = product.variants as [AdminVariant, AdminVariant];
    const patch = "sku" in body && body.sku === "__taken__" ? { sku: second.sku } : body;
    const res = await call(patchVariant, "/api/admin/variants/x", {
      ...jsonBody("PATCH", patch),
      params: { id: first.id },
    });
    expect(res.status).toBe(status);
    const error = errorOf(res.body);
    if ("stockOnHand" in body) expect(error.fields).toHaveProperty(["stockOnHand"]);
    else expect(error.fields).toHaveProperty([field]);
    const stored = await db.productVariant.findUniqueOrThrow({ where: { id: first.id } });
    expect([stored.sku, stored.priceMinor, stored.stockOnHand]).toEqual([first.sku, 1999, 4]);
  });

  it("answers 404 for variants and products that do not exist", async () => {
    session.user = admin;
    const id = "00000000-0000-4000-8000-000000000000";
    for (const res of [
      await call(patchVariant, "/x", { ...jsonBody("PATCH", { active: false }), params: { id } }),
      await call(deleteVariant, "/x", { method: "DELETE", params: { id } }),
      await call(deleteProduct, "/x", { method: "DELETE", params: { id } }),
      await call(getProduct, "/x", { params: { id } }),
      await call(addVariantRoute, "/x", { ...jsonBody("POST", { sku: "NOPE-1", price: "1" }), params: { id } }),
    ]) {
      expect(res.status).toBe(404);
      expect(errorOf(res.body).code).toBe("not_found");
    }
  });
});

describe("API tokens and sessions", () => {
  it("a WRITE token creates, updates and archives a product, each change audited as the token", async () => {
    session.user = null;
    const token = await createApiToken(db, actorOf(admin), { name: "integration", scope: "WRITE" });
    const create = await call(
      createProductRoute,
      "/api/admin/products",
      jsonBody("POST", newProduct(), bearer(token.secret)),
    );
    expect(create.status).toBe(201);
    const product = create.body as AdminProduct;
    const update = await call(patchProduct, "/x", {
      ...jsonBody("PATCH", { status: "DRAFT" }, bearer(token.secret)),
      params: { id: product.id },
    });
    expect(update.body).toMatchObject({ status: "DRAFT" });
    const archive = await call(deleteProduct, "/x", {
      method: "DELETE",
      headers: bearer(token.secret),
      params: { id: product.id },
    });
    expect(archive.body).toMatchObject({ status: "ARCHIVED" });
    const audits = await auditOf(db, product.id);
    expect(audits.map((a) => [a.action, a.via])).toEqual([
      ["product.create", `token:${token.id}`],
      ["product.update", `token:${token.id}`],
      ["product.archive", `token:${token.id}`],
    ]);
  });

  it("a READ token reads but cannot write (403, nothing stored)", async () => {
    session.user = null;
    const token = await createApiToken(db, actorOf(admin), { name: "read-only", scope: "READ" });
    expect((await call(listProducts, "/api/admin/products", { headers: bearer(token.secret) })).status).toBe(200);
    const before = await db.product.count();
    const res = await call(
      createProductRoute,
      "/api/admin/products",
      jsonBody("POST", newProduct(), bearer(token.secret)),
    );
    expect(res.status).toBe(403);
    expect(errorOf(res.body).code).toBe("forbidden");
    expect(await db.product.count()).toBe(before);
  });

  it("a revoked token gets 401", async () => {
    session.user = null;
    const token = await createApiToken(db, actorOf(admin), { name: "revoked", scope: "WRITE" });
    await revokeApiToken(db, actorOf(admin), token.id);
    const res = await call(listProducts, "/api/admin/products", { headers: bearer(token.secret) });
    expect(res.status).toBe(401);
    expect(errorOf(res.body).code).toBe("unauthenticated");
  });

  it("a customer's session gets 403 on reads and writes, even with a bad body", async () => {
    session.user = customerUser;
    const product = await created();
    for (const res of [
      await call(listProducts, "/api/admin/products"),
      await call(createProductRoute, "/api/admin/products", jsonBody("POST", "{")),
      await call(patchProduct, "/x", { ...jsonBody("PATCH", { name: "Mine" }), params: { id: product.id } }),
      await call(deleteProduct, "/x", { method: "DELETE", params: { id: product.id } }),
    ]) {
      expect(res.status).toBe(403);
    }
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).status).toBe("ACTIVE");
  });

  it("refuses a cross-site write even from a staff session", async () => {
    session.user = admin;
    const res = await call(
      createProductRoute,
      "/api/admin/products",
      jsonBody("POST", newProduct(), { origin: "https://evil.example", "sec-fetch-site": "cross-site" }),
    );
    expect(res.status).toBe(403);
  });
});
