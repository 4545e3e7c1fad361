import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { PATCH as patchCategory } from "@/app/api/admin/categories/[id]/route";
import { GET as listCategoriesRoute, POST as createCategoryRoute } from "@/app/api/admin/categories/route";
import { GET as getStorefrontProduct } from "@/app/api/products/[slug]/route";
import { GET as listStorefrontProducts } from "@/app/api/products/route";
import type { CurrentUser } from "@/lib/accounts/types";
import { listCategories } from "@/lib/catalog/list-categories";
import { listSitemapEntries } from "@/lib/catalog/list-sitemap-entries";
import type { ProductPage } from "@/lib/catalog/types";
import { moveCategory } from "@/lib/catalog-admin/move-category";
import type { AdminCategory } from "@/lib/catalog-admin/types";
import { updateCategory } from "@/lib/catalog-admin/update-category";
import { createDb } from "@/lib/db/client";
import {
  actorOf,
  adminUser,
  auditOf,
  customerUser,
  jsonBody,
  retireCategories,
  suffix,
} from "../support/admin-catalog";
import { call, errorOf } from "../support/route";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));

const db = createDb(inject("databaseUrl"), 2);
let admin: CurrentUser;
const createdHere: string[] = [];

beforeAll(async () => {
  admin = await adminUser(db);
});
afterAll(async () => {
  await retireCategories(db, createdHere);
  await db.$disconnect();
});

async function createViaRoute(body: Record<string, unknown>) {
  session.user = admin;
  const res = await call(createCategoryRoute, "/api/admin/categories", jsonBody("POST", body));
  if (res.status === 201) createdHere.push((res.body as AdminCategory).id);
  return res;
}

describe("/api/admin/categories", () => {
  it("creates a category last, with a slug made from its name, audited", async () => {
    const s = suffix();
    const res = await createViaRoute({ name: `Garden Tools ${s}`, description: "Spades and rakes." });
    expect(res.status).toBe(201);
    const category = res.body as AdminCategory;
    expect(category).toMatchObject({ slug: `garden-tools-${s}`, archived: false, productCount: 0 });
    const max = await db.category.aggregate({ _max: { position: true } });
    expect(category.position).toBe(max._max.position);
    const [audit] = await auditOf(db, category.id, "category.create");
    expect(audit?.after).toMatchObject({ name: `Garden Tools ${s}`, slug: `garden-tools-${s}` });
    const list = (await call(listCategoriesRoute, "/api/admin/categories")).body as { items: AdminCategory[] };
    expect(list.items.map((c) => c.id)).toContain(category.id);
  });

  it("renames with before and after in the audit log", async () => {
    const category = (await createViaRoute({ name: `Old Name ${suffix()}` })).body as AdminCategory;
    const res = await call(patchCategory, "/x", {
      ...jsonBody("PATCH", { name: "New Name", description: "Fresh." }),
      params: { id: category.id },
    });
    expect(res.body).toMatchObject({ name: "New Name", slug: category.slug, description: "Fresh." });
    const [audit] = await auditOf(db, category.id, "category.update");
    expect([audit?.before, audit?.after]).toEqual([
      { name: category.name, description: "" },
      { name: "New Name", description: "Fresh." },
    ]);
  });

  it.each([
    ["a taken slug", { name: "Kitchen again", slug: "kitchen" }, 400, "invalid_input", "slug"],
    ["no name", { description: "x" }, 400, "invalid_input", "name"],
    ["a huge name", { name: "n".repeat(1000) }, 400, "invalid_input", "name"],
    ["a bad slug", { name: "X", slug: "Not A Slug!" }, 400, "invalid_input", "slug"],
    ["a negative position", { name: "X", position: -1 }, 400, "invalid_input", "position"],
    ["an unknown field", { name: "X", archived: "no" }, 400, "invalid_input", "archived"],
    ["a name of symbols only", { name: "!!!" }, 400, "invalid_input", "slug"],
  ])("POST with %s → %i %s, nothing stored", async (_label, body, status, code, field) => {
    const before = await db.category.count();
    const res = await createViaRoute(body);
    expect(res.status).toBe(status);
    expect(errorOf(res.body).code).toBe(code);
    expect(errorOf(res.body).fields).toHaveProperty([field]);
    expect(await db.category.count()).toBe(before);
  });

  it.each([
    ["an unknown id", 404, "00000000-0000-4000-8000-000000000000", { name: "X" }],
    ["a malformed id", 400, "x; DROP TABLE categories", { name: "X" }],
    ["an empty change", 400, null, {}],
    ["archived as text", 400, null, { archived: "yes" }],
    ["another category's slug", 400, null, { slug: "kitchen" }],
  ])("PATCH with %s → %i", async (_label, status, id, body) => {
    const category = (await createViaRoute({ name: `Patch Target ${suffix()}` })).body as AdminCategory;
    const res = await call(patchCategory, "/x", { ...jsonBody("PATCH", body), params: { id: id ?? category.id } });
    expect(res.status).toBe(status);
    errorOf(res.body);
    expect(await db.category.findUniqueOrThrow({ where: { id: category.id } })).toMatchObject({
      name: category.name,
      slug: category.slug,
      archived: false,
    });
  });

  it("refuses customers (403) and anonymous callers (401)", async () => {
    session.user = customerUser;
    expect((await call(createCategoryRoute, "/x", jsonBody("POST", { name: "Mine" }))).status).toBe(403);
    session.user = null;
    expect((await call(listCategoriesRoute, "/x")).status).toBe(401);
  });
});

describe("moveCategory", () => {
  it("swaps a category with its neighbour and renumbers positions; the ends stay put", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++)
      ids.push(((await createViaRoute({ name: `Move ${i} ${suffix()}` })).body as AdminCategory).id);
    const [a, b, c] = ids as [string, string, string];
    await moveCategory(db, actorOf(admin), c, "up");
    const order = async () =>
      (await db.category.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true } }))
        .map((x) => x.id)
        .filter((id) => ids.includes(id));
    expect(await order()).toEqual([a, c, b]);
    await moveCategory(db, actorOf(admin), a, "down");
    expect(await order()).toEqual([c, a, b]);
    const positions = (await db.category.findMany({ orderBy: { position: "asc" } })).map((x) => x.position);
    expect(new Set(positions).size).toBe(positions.length);
    const last = (await db.category.findFirstOrThrow({ orderBy: [{ position: "desc" }, { name: "desc" }] })).id;
    await moveCategory(db, actorOf(admin), last, "down");
    expect((await db.category.findFirstOrThrow({ orderBy: [{ position: "desc" }, { name: "desc" }] })).id).toBe(last);
    expect((await auditOf(db, c, "category.move"))[0]?.after).toMatchObject({ direction: "up" });
  });
});

describe("archiving a category", () => {
  it("hides it and its products from the storefront at once, and unarchiving brings them back", async () => {
    session.user = admin;
    const category = (await createViaRoute({ name: `Seasonal ${suffix()}` })).body as AdminCategory;
    const slug = `seasonal-lantern-${suffix()}`;
    await db.product.create({
      data: {
        slug,
        name: "Seasonal Lantern",
        categoryId: category.id,
        variants: { create: { sku: `SL-${suffix()}`, priceMinor: 1500, currency: "EUR", stockOnHand: 3 } },
      },
    });
    const product = () => call(getStorefrontProduct, `/api/products/${slug}`, { params: { slug } });
    const search = async () =>
      ((await call(listStorefrontProducts, "/api/products?q=seasonal+lantern")).body as ProductPage).items.map(
        (p) => p.slug,
      );
    expect((await product()).status).toBe(200);
    expect(await search()).toContain(slug);

    const archived = await call(patchCategory, "/x", {
      ...jsonBody("PATCH", { archived: true }),
      params: { id: category.id },
    });
    expect(archived.body).toMatchObject({ archived: true });
    expect((await product()).status).toBe(404);
    expect(await search()).not.toContain(slug);
    expect((await listCategories(db, "en")).map((c) => c.slug)).not.toContain(category.slug);
    const sitemap = await listSitemapEntries(db);
    expect(sitemap.categories.map((c) => c.slug)).not.toContain(category.slug);
    expect(sitemap.products.map((p) => p.slug)).not.toContain(slug);
    const [audit] = await auditOf(db, category.id, "category.archive");
    expect([audit?.before, audit?.after]).toEqual([{ archived: false }, { archived: true }]);

    await updateCategory(db, actorOf(admin), category.id, { archived: false });
    expect((await product()).status).toBe(200);
    expect((await listCategories(db, "en")).map((c) => c.slug)).toContain(category.slug);
  });
});
