import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { GET as listAdjustments, POST as postAdjustment } from "@/app/api/admin/variants/[id]/stock-adjustments/route";
import type { CurrentUser } from "@/lib/accounts/types";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { adjustStock } from "@/lib/catalog-admin/adjust-stock";
import { createDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { actorOf, adminUser, auditOf, bearer, customerUser, jsonBody } from "../support/admin-catalog";
import { createTestVariant, stockOf } from "../support/fixtures";
import { call, errorOf } from "../support/route";
import { outcome } from "../support/outcome";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));

const db = createDb(inject("databaseUrl"), 2);
let admin: CurrentUser;

beforeAll(async () => {
  admin = await adminUser(db);
});
afterAll(() => db.$disconnect());

async function variantWith(stock: number, reserved = 0) {
  const { variant } = await createTestVariant(db, { stock });
  if (reserved > 0) await db.productVariant.update({ where: { id: variant.id }, data: { stockReserved: reserved } });
  return variant;
}

const adjust = (variantId: string, delta: number, reason = "Counted the shelf") =>
  adjustStock(db, actorOf(admin), variantId, { delta, reason });

describe("adjustStock", () => {
  it("changes stock on hand and records the adjustment and an audit row with before and after", async () => {
    const variant = await variantWith(5);
    const result = await adjust(variant.id, 7, "Delivery from supplier");
    expect(result.variant).toMatchObject({ stockOnHand: 12, stockReserved: 0, available: 12 });
    expect(result.adjustment).toMatchObject({ delta: 7, stockAfter: 12 });
    const rows = await db.stockAdjustment.findMany({ where: { variantId: variant.id } });
    expect(rows.map((r) => [r.delta, r.stockAfter, r.reason, r.actor])).toEqual([
      [7, 12, "Delivery from supplier", `staff:${admin.id}`],
    ]);
    const [audit] = await auditOf(db, variant.id, "variant.stock_adjust");
    expect(audit?.before).toEqual({ stockOnHand: 5, stockReserved: 0 });
    expect(audit?.after).toEqual({ stockOnHand: 12, stockReserved: 0, delta: 7, reason: "Delivery from supplier" });
  });

  it("never goes below zero or below the reserved units, with a conflict that says why", async () => {
    const variant = await variantWith(5, 2);
    const belowReserved = await adjust(variant.id, -4).catch((e: unknown) => e);
    expect(belowReserved).toBeInstanceOf(AppError);
    expect((belowReserved as AppError).code).toBe("conflict");
    expect((belowReserved as AppError).details.fields?.delta).toMatch(/2 units reserved.*remove at most 3/);
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 5, stockReserved: 2 });
    expect(await outcome(adjust(variant.id, -3))).toBe("ok");
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 2, stockReserved: 2 });

    const empty = await variantWith(1);
    expect(await outcome(adjust(empty.id, -2))).toBe("conflict");
    expect(await stockOf(db, empty.id)).toEqual({ stockOnHand: 1, stockReserved: 0 });
    expect(await db.stockAdjustment.count({ where: { variantId: empty.id } })).toBe(0);
    expect(await auditOf(db, empty.id, "variant.stock_adjust")).toEqual([]);
  });

  it("takes concurrent removals one at a time: exactly the units on hand are removed, never more", async () => {
    const variant = await variantWith(10);
    const outcomes = await Promise.all(Array.from({ length: 16 }, () => outcome(adjust(variant.id, -1))));
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(10);
    expect(outcomes.filter((o) => o === "conflict")).toHaveLength(6);
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 0, stockReserved: 0 });
    const rows = await db.stockAdjustment.findMany({ where: { variantId: variant.id } });
    expect(rows.map((r) => r.stockAfter).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("keeps the history consistent with the stock under mixed concurrent adjustments", async () => {
    const variant = await variantWith(3);
    const deltas = [5, -4, 2, -6, 3, -1, -2, 4, -5, 1, -3, 6];
    await Promise.all(deltas.map((delta) => outcome(adjust(variant.id, delta))));
    const rows = await db.stockAdjustment.findMany({
      where: { variantId: variant.id },
      orderBy: { stockAfter: "asc" },
    });
    const { stockOnHand } = await stockOf(db, variant.id);
    expect(rows.reduce((sum, r) => sum + r.delta, 3)).toBe(stockOnHand);
    // Serialised adjustments form one chain from 3 to the final stock: each one starts where another ended. So the
    // values before (stockAfter − delta) are the start plus every value after except the last — a lost or doubled
    // update would break the chain.
    const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
    const befores = rows.map((r) => r.stockAfter - r.delta);
    const afters = rows.map((r) => r.stockAfter);
    const chain = [3, ...afters];
    chain.splice(chain.lastIndexOf(stockOnHand), 1);
    expect(sorted(befores)).toEqual(sorted(chain));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.stockAfter >= 0)).toBe(true);
  });
});

describe("POST /api/admin/variants/[id]/stock-adjustments", () => {
  it("answers 201 with the new stock, and GET lists the history newest first", async () => {
    session.user = admin;
    const variant = await variantWith(2);
    const res = await call(postAdjustment, "/x", {
      ...jsonBody("POST", { delta: "+3", reason: "Returned by customer" }),
      params: { id: variant.id },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ variant: { stockOnHand: 5 }, adjustment: { delta: 3, stockAfter: 5 } });
    await call(postAdjustment, "/x", {
      ...jsonBody("POST", { delta: -1, reason: "Damaged" }),
      params: { id: variant.id },
    });
    const list = await call(listAdjustments, "/x", { params: { id: variant.id } });
    expect((list.body as { items: { delta: number; reason: string }[] }).items.map((a) => [a.delta, a.reason])).toEqual(
      [
        [-1, "Damaged"],
        [3, "Returned by customer"],
      ],
    );
  });

  it.each([
    ["a zero change", 400, "invalid_input", { delta: 0, reason: "x" }, "delta"],
    ["a fractional change", 400, "invalid_input", { delta: 1.5, reason: "x" }, "delta"],
    ["a change as words", 400, "invalid_input", { delta: "ten", reason: "x" }, "delta"],
    ["a huge change", 400, "invalid_input", { delta: 1e12, reason: "x" }, "delta"],
    ["no reason", 400, "invalid_input", { delta: 1 }, "reason"],
    ["a blank reason", 400, "invalid_input", { delta: 1, reason: "   " }, "reason"],
    ["a huge reason", 400, "invalid_input", { delta: 1, reason: "r".repeat(5000) }, "reason"],
    ["an unknown field", 400, "invalid_input", { delta: 1, reason: "x", stockAfter: 99 }, "stockAfter"],
    ["going negative", 409, "conflict", { delta: -50, reason: "x" }, "delta"],
  ])("%s → %i %s", async (_label, status, code, body, field) => {
    session.user = admin;
    const variant = await variantWith(4);
    const res = await call(postAdjustment, "/x", { ...jsonBody("POST", body), params: { id: variant.id } });
    expect(res.status).toBe(status);
    const error = errorOf(res.body);
    expect(error.code).toBe(code);
    expect(error.fields).toHaveProperty([field]);
    expect(res.text).not.toMatch(/check constraint|prisma|violat/i);
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 4, stockReserved: 0 });
    expect(await db.stockAdjustment.count({ where: { variantId: variant.id } })).toBe(0);
  });

  it("says why stock cannot go lower in the client's language, with Czech plural forms", async () => {
    session.user = admin;
    const refusal = async (stock: number, reserved: number, delta: number, language: string) => {
      const variant = await variantWith(stock, reserved);
      const res = await call(postAdjustment, "/x", {
        ...jsonBody("POST", { delta, reason: "x" }, { "accept-language": language }),
        params: { id: variant.id },
      });
      expect(res.status).toBe(409);
      return errorOf(res.body).fields?.delta;
    };
    expect(await refusal(5, 2, -4, "cs")).toBe(
      "Skladem nemůže být méně, než kolik rezervují nezaplacené objednávky (2 kusy): nyní je skladem 5, odeberte tedy nejvýše 3.",
    );
    expect(await refusal(9, 7, -8, "cs")).toMatch(/nezaplacené objednávky \(7 kusů\)/);
    expect(await refusal(1, 0, -2, "cs-CZ,cs;q=0.9")).toBe("Skladem nemůže být méně než 0: nyní je skladem 1.");
    expect(await refusal(5, 1, -5, "en")).toBe(
      "Stock on hand cannot go below the 1 unit reserved by unpaid orders: 5 on hand now, so remove at most 4.",
    );
  });

  it("answers 404 for an unknown variant and 400 for a malformed id", async () => {
    session.user = admin;
    const unknown = await call(postAdjustment, "/x", {
      ...jsonBody("POST", { delta: 1, reason: "x" }),
      params: { id: "00000000-0000-4000-8000-000000000000" },
    });
    expect([unknown.status, errorOf(unknown.body).code]).toEqual([404, "not_found"]);
    const malformed = await call(postAdjustment, "/x", {
      ...jsonBody("POST", { delta: 1, reason: "x" }),
      params: { id: "'; DROP TABLE product_variants; --" },
    });
    expect([malformed.status, errorOf(malformed.body).code]).toEqual([400, "invalid_input"]);
  });

  it("refuses a READ token (403) and a customer (403), changing nothing", async () => {
    const variant = await variantWith(4);
    const token = await createApiToken(db, actorOf(admin), { name: "stock reader", scope: "READ" });
    session.user = null;
    const byToken = await call(postAdjustment, "/x", {
      ...jsonBody("POST", { delta: 1, reason: "x" }, bearer(token.secret)),
      params: { id: variant.id },
    });
    expect(byToken.status).toBe(403);
    session.user = customerUser;
    const byCustomer = await call(postAdjustment, "/x", {
      ...jsonBody("POST", { delta: 1, reason: "x" }),
      params: { id: variant.id },
    });
    expect(byCustomer.status).toBe(403);
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 4, stockReserved: 0 });
  });
});
