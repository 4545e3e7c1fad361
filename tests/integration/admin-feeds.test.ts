import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/accounts/types";
import { createDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { setProductExported } from "@/lib/feeds/set-product-exported";
import { setCategoryFeedTextAction, setProductExportedAction } from "@/app/admin/feeds/actions";
import FeedsPage from "@/app/admin/feeds/page";
import { actorOf, auditRowsFor, createAccount, submit } from "../support/admin-people";

// The feed settings page's actions: who may use them, what they refuse, and that a refusal stores nothing.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));
// Outside a Next.js request there is no page cache to revalidate.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const db = createDb(inject("databaseUrl"), 2);
let staff: CurrentUser;
let customer: CurrentUser;
let productId = "";
let categoryId = "";

beforeAll(async () => {
  staff = await createAccount(db, { role: "STAFF" });
  customer = await createAccount(db, { role: "CUSTOMER" });
  const product = await db.product.findFirstOrThrow({ where: { status: "ACTIVE" }, orderBy: { name: "desc" } });
  productId = product.id;
  categoryId = product.categoryId;
});
afterAll(async () => {
  await db.feedProductExclusion.deleteMany({ where: { productId } });
  await db.feedCategoryMapping.deleteMany({ where: { categoryId } });
  await db.$disconnect();
});

const stored = async () => ({
  exclusions: await db.feedProductExclusion.count({ where: { productId } }),
  mappings: await db.feedCategoryMapping.count({ where: { categoryId } }),
  audits: (await auditRowsFor(db, productId)).length + (await auditRowsFor(db, categoryId)).length,
});

describe("feed settings actions", () => {
  it("refuse anonymous visitors and customers before reading the form", async () => {
    const before = await stored();
    session.user = null;
    expect(await submit(setProductExportedAction, { productId, exported: "off" })).toEqual({
      thrown: "unauthenticated",
    });
    session.user = customer;
    expect(await submit(setCategoryFeedTextAction, { categoryId, site: "google", text: "x" })).toEqual({
      thrown: "forbidden",
    });
    expect(await stored()).toEqual(before);
  });

  it.each([
    ["an id that is not a UUID", { productId: "1 OR 1=1", exported: "off" }, "productId", "Unknown product."],
    ["a missing choice", { productId: "PRODUCT" }, "exported", "Choose whether the product is exported."],
    ["a choice that is not on or off", { productId: "PRODUCT", exported: "yes" }, "exported", undefined],
  ])("refuse %s with a message on the field", async (_label, values, field, message) => {
    session.user = staff;
    const before = await stored();
    const form = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === "PRODUCT" ? productId : v]));
    const state = await submit(setProductExportedAction, form);
    expect(state).toMatchObject({ status: "error" });
    const fields = (state as { fields?: Record<string, string> }).fields ?? {};
    expect(fields[field]).toBeTruthy();
    if (message) expect(fields[field]).toBe(message);
    expect(await stored()).toEqual(before);
  });

  it.each([
    ["an unknown site", { site: "amazon", text: "Books" }, "site"],
    ["a text over 500 characters", { site: "google", text: "x".repeat(501) }, "text"],
    ["a text with a line break", { site: "heureka", text: "a\nb" }, "text"],
    ["a text with a control character", { site: "zbozi", text: "a\u0000b" }, "text"],
    ["a category id that is not a UUID", { categoryId: "../etc", site: "google", text: "x" }, "categoryId"],
  ])("refuse %s for a category text", async (_label, values, field) => {
    session.user = staff;
    const before = await stored();
    const state = await submit(setCategoryFeedTextAction, { categoryId, ...values });
    expect(state).toMatchObject({ status: "error" });
    expect((state as { fields?: Record<string, string> }).fields?.[field]).toBeTruthy();
    expect(await stored()).toEqual(before);
  });

  it("answers an unknown product or category with a message, never a 500", async () => {
    session.user = staff;
    const before = await stored();
    expect(await submit(setProductExportedAction, { productId: randomUUID(), exported: "off" })).toMatchObject({
      status: "error",
      message: "The product was not found.",
    });
    expect(
      await submit(setCategoryFeedTextAction, { categoryId: randomUUID(), site: "google", text: "Apparel" }),
    ).toMatchObject({ status: "error", message: "The category was not found." });
    expect(await stored()).toEqual(before);
  });

  it("keeps a product out and back in, audited once per change", async () => {
    session.user = staff;
    expect(await submit(setProductExportedAction, { productId, exported: "off" })).toMatchObject({
      status: "success",
    });
    expect(await submit(setProductExportedAction, { productId, exported: "off" })).toMatchObject({
      status: "success",
    });
    expect(await db.feedProductExclusion.count({ where: { productId } })).toBe(1);
    await submit(setProductExportedAction, { productId, exported: "on" });
    expect(await db.feedProductExclusion.count({ where: { productId } })).toBe(0);
    const audits = (await auditRowsFor(db, productId)).filter((a) => a.action === "feed.product_export");
    expect(audits.map((a) => a.after)).toEqual([{ exported: false }, { exported: true }]);
    expect(audits[0]?.actorId).toBe(staff.id);
  });

  it("saves and clears a category text", async () => {
    session.user = staff;
    await submit(setCategoryFeedTextAction, { categoryId, site: "google", text: "  Apparel & Accessories  " });
    expect(
      await db.feedCategoryMapping.findMany({ where: { categoryId }, select: { site: true, text: true } }),
    ).toEqual([{ site: "google", text: "Apparel & Accessories" }]);
    await submit(setCategoryFeedTextAction, { categoryId, site: "google", text: "" });
    expect(await db.feedCategoryMapping.count({ where: { categoryId } })).toBe(0);
  });

  it("refuses a read-only API token in the domain function itself", async () => {
    const readOnly = actorOf(staff, { scope: "READ" });
    await expect(setProductExported(db, readOnly, { productId, exported: false })).rejects.toSatisfy(
      (error: unknown) => error instanceof AppError && error.code === "forbidden",
    );
    expect(await db.feedProductExclusion.count({ where: { productId } })).toBe(0);
  });

  it("renders the page for staff with the feed addresses", async () => {
    session.user = staff;
    const { renderToStaticMarkup } = await import("react-dom/server");
    const html = renderToStaticMarkup(
      (await FeedsPage({ searchParams: Promise.resolve({ q: "" }) })) as React.ReactElement,
    );
    for (const site of ["google", "heureka", "zbozi"]) expect(html).toContain(`/feeds/${site}.xml`);
  });
});
