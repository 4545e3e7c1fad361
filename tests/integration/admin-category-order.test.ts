import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { PUT as putOrder } from "@/app/api/admin/categories/order/route";
import type { CurrentUser } from "@/lib/accounts/types";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { listCategories } from "@/lib/catalog/list-categories";
import { MAX_CATEGORIES } from "@/lib/catalog-admin/schemas";
import type { AdminCategory } from "@/lib/catalog-admin/types";
import { createDb } from "@/lib/db/client";
import {
  actorOf,
  adminUser,
  bearer,
  customerUser,
  jsonBody,
  ownCategory,
  retireCategories,
} from "../support/admin-catalog";
import { call, errorOf } from "../support/route";

// PUT /api/admin/categories/order: the storefront's whole order of categories, replaced at once.

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));

const db = createDb(inject("databaseUrl"), 2);
let admin: CurrentUser;
let original: { id: string; position: number }[] = [];
const createdHere: string[] = [];

beforeAll(async () => {
  admin = await adminUser(db);
  original = await db.category.findMany({ select: { id: true, position: true } });
  for (let i = 0; i < 2; i++) createdHere.push((await ownCategory(db, "Order")).id);
});
afterAll(async () => {
  // Other test files expect the demo catalog's order.
  for (const { id, position } of original) await db.category.update({ where: { id }, data: { position } });
  await retireCategories(db, createdHere);
  await db.$disconnect();
});

const idsInOrder = async () =>
  (await db.category.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true } })).map(
    (c) => c.id,
  );
const positions = async () =>
  Object.fromEntries(
    (await db.category.findMany({ select: { id: true, position: true } })).map((c) => [c.id, c.position]),
  );
const reorderAudits = () => db.auditLog.count({ where: { action: "category.reorder" } });

function put(body: unknown, headers: Record<string, string> = {}) {
  return call(putOrder, "/api/admin/categories/order", jsonBody("PUT", body, headers));
}

describe("PUT /api/admin/categories/order", () => {
  it("sets the whole order, shows it on the storefront, audits what moved, and the same PUT again changes nothing", async () => {
    session.user = admin;
    const reversed = (await idsInOrder()).reverse();
    const audits = await reorderAudits();

    const first = await put({ ids: reversed });
    expect(first.status).toBe(200);
    const items = (first.body as { items: AdminCategory[] }).items;
    expect(items.map((c) => c.id)).toEqual(reversed);
    expect(items.map((c) => c.position)).toEqual(reversed.map((_id, i) => i));
    expect(await idsInOrder()).toEqual(reversed);
    const slugs = new Map(items.map((c) => [c.slug, c.id]));
    const shown = (await listCategories(db, "en")).map((c) => slugs.get(c.slug));
    expect(shown.length).toBeGreaterThan(1);
    expect(shown).toEqual(reversed.filter((id) => shown.includes(id)));

    const [audit] = await db.auditLog.findMany({
      where: { action: "category.reorder" },
      orderBy: { createdAt: "desc" },
      take: 1,
    });
    expect(audit).toMatchObject({ actorId: admin.id, entityType: "category" });
    expect(audit?.after).toMatchObject({ order: reversed });
    expect(await reorderAudits()).toBe(audits + 1);

    const state = await positions();
    const second = await put({ ids: reversed });
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(await positions()).toEqual(state);
    expect(await reorderAudits()).toBe(audits + 1);
  });

  it("refuses a list that misses a category or names an unknown one (409), changing nothing", async () => {
    session.user = admin;
    const ids = await idsInOrder();
    const state = await positions();
    const unknown = "00000000-0000-4000-8000-000000000000";
    for (const list of [ids.slice(1), [...ids, unknown], [...ids.slice(1), unknown]]) {
      const result = await put({ ids: list.reverse() });
      expect(result.status).toBe(409);
      const error = errorOf(result.body);
      expect(error.code).toBe("conflict");
      expect(error.message).toMatch(/every category exactly once/);
    }
    expect(await positions()).toEqual(state);
  });

  it.each([
    ["a repeated id", (ids: string[]) => ({ ids: [...ids, ids[0]] }), "ids"],
    ["an id that is not a uuid", (ids: string[]) => ({ ids: [...ids.slice(1), "1; DROP TABLE categories"] }), "ids.0"],
    ["an empty list", () => ({ ids: [] }), "ids"],
    ["no list", () => ({}), "ids"],
    ["ids as text", (ids: string[]) => ({ ids: ids.join(",") }), "ids"],
    ["an unknown field", (ids: string[]) => ({ ids, positions: [1, 2] }), ""],
    ["too many ids", () => ({ ids: Array.from({ length: MAX_CATEGORIES + 1 }, () => crypto.randomUUID()) }), "ids"],
  ])("refuses %s with 400 and a field message, changing nothing", async (_label, make, field) => {
    session.user = admin;
    const state = await positions();
    const result = await put(make(await idsInOrder()));
    expect(result.status).toBe(400);
    const error = errorOf(result.body);
    expect(error.code).toBe("invalid_input");
    const fields = Object.keys(error.fields ?? {});
    expect(fields.length).toBeGreaterThan(0);
    if (field === "ids.0") expect(fields.some((f) => f.startsWith("ids."))).toBe(true);
    else if (field) expect(fields).toContain(field);
    expect(await positions()).toEqual(state);
  });

  it.each([
    ["malformed JSON", "{", {}, 400],
    ["a text/plain body", "{}", { "content-type": "text/plain" }, 415],
    ["a body past the API's limit", JSON.stringify({ ids: ["x".repeat(70 * 1024)] }), {}, 413],
    ["a foreign Origin", "{}", { origin: "https://evil.example" }, 403],
  ])("refuses %s, changing nothing", async (_label, body, headers, status) => {
    session.user = admin;
    const state = await positions();
    expect((await put(body, headers)).status).toBe(status);
    expect(await positions()).toEqual(state);
  });

  it("needs write access: anonymous 401, customers 403, a READ token 403, a WRITE token may", async () => {
    const reversed = (await idsInOrder()).reverse();
    const state = await positions();
    session.user = null;
    expect((await put({ ids: reversed })).status).toBe(401);
    expect((await put("not JSON")).status).toBe(401);
    session.user = customerUser;
    expect((await put({ ids: reversed })).status).toBe(403);
    const read = await createApiToken(db, actorOf(admin), { name: "order-read", scope: "READ" });
    session.user = null;
    expect((await put({ ids: reversed }, bearer(read.secret))).status).toBe(403);
    expect(await positions()).toEqual(state);

    const write = await createApiToken(db, actorOf(admin), { name: "order-write", scope: "WRITE" });
    const done = await put({ ids: reversed }, bearer(write.secret));
    expect(done.status).toBe(200);
    expect(await idsInOrder()).toEqual(reversed);
    const [audit] = await db.auditLog.findMany({
      where: { action: "category.reorder" },
      orderBy: { createdAt: "desc" },
      take: 1,
    });
    expect(audit?.via).toBe(`token:${write.id}`);
  });
});
