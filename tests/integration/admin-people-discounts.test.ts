import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import type { CurrentUser } from "@/lib/accounts/types";
import { placeOrder } from "@/lib/checkout/place-order";
import { createDb } from "@/lib/db/client";
import { checkDiscount } from "@/lib/discounts/check-discount";
import { createDiscountSchema } from "@/lib/discounts/admin-schemas";
import { createDiscountCode } from "@/lib/discounts/create-discount-code";
import { getDiscountCode } from "@/lib/discounts/get-discount-code";
import { listDiscountCodes } from "@/lib/discounts/list-discount-codes";
import { setDiscountActive } from "@/lib/discounts/set-discount-active";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { fieldErrorsFromZod } from "@/lib/validation";
import { createDiscountAction, setDiscountActiveAction } from "@/app/admin/discounts/actions";
import DiscountPage from "@/app/admin/discounts/[id]/page";
import DiscountsPage from "@/app/admin/discounts/page";
import { actorOf, auditRowsFor, createAccount, submit } from "../support/admin-people";
import { checkoutInput, createTestVariant, guestCartWith } from "../support/fixtures";

// Discount codes as staff create and switch them, checked against the rules checkout applies.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));

const db = createDb(inject("databaseUrl"), 4);
let staff: CurrentUser;
let customer: CurrentUser;
beforeAll(async () => {
  staff = await createAccount(db, { role: "STAFF" });
  customer = await createAccount(db, { role: "CUSTOMER" });
});
afterAll(() => db.$disconnect());

const uniqueCode = (prefix = "SAVE") => `${prefix}${randomUUID().slice(0, 8).toUpperCase()}`;
const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const valid = (overrides: Record<string, string> = {}) => ({
  code: uniqueCode(),
  kind: "PERCENT",
  value: "10",
  ...overrides,
});

describe("createDiscountSchema", () => {
  it.each([
    ["10 %", { kind: "PERCENT", value: "10" }, { value: 1000, currency: null }],
    ["12.5 %", { kind: "PERCENT", value: "12.5" }, { value: 1250 }],
    ["0.01 %", { kind: "PERCENT", value: "0.01" }, { value: 1 }],
    ["100 %", { kind: "PERCENT", value: "100" }, { value: 10_000 }],
    ["4.99 in the shop currency", { kind: "FIXED", value: "4.99" }, { value: 499, currency: env.SHOP_CURRENCY }],
    ["0.10 exactly (no float)", { kind: "FIXED", value: "0.10" }, { value: 10 }],
    ["999999.99, the largest amount", { kind: "FIXED", value: "999999.99" }, { value: 99_999_999 }],
    ["minimum order 49.90", { minOrder: "49.90" }, { minOrderMinor: 4990 }],
    ["limits", { usageLimit: "100", perCustomerLimit: "1" }, { usageLimit: 100, perCustomerLimit: 1 }],
    ["lower-case code", { code: "  spring-sale_1 " }, { code: "SPRING-SALE_1" }],
    ["no limits or window", {}, { usageLimit: null, perCustomerLimit: null, startsAt: null, endsAt: null }],
  ])("accepts %s", (_, overrides, expected) => {
    const parsed = createDiscountSchema.safeParse(valid(overrides));
    expect(parsed.error?.issues).toBeUndefined();
    expect(parsed.data).toMatchObject(expected);
  });

  it("reads a datetime-local value on the shop's clock and an ISO time with its offset", () => {
    const parsed = createDiscountSchema.parse(
      valid({ startsAt: "2030-03-01T09:30", endsAt: "2030-03-02T10:00:00+02:00" }),
    );
    const offsetMs = new Date("2030-03-01T09:30:00Z").getTime() - (parsed.startsAt?.getTime() ?? 0);
    // With the default SHOP_TIME_ZONE (UTC) the wall time is the instant; another zone shifts it by its offset.
    expect(env.SHOP_TIME_ZONE === "UTC" ? offsetMs : 0).toBe(0);
    expect(parsed.endsAt?.toISOString()).toBe("2030-03-02T08:00:00.000Z");
  });

  it.each([
    ["missing code", "code", { code: "" }],
    ["two-letter code", "code", { code: "AB" }],
    ["41-character code", "code", { code: "A".repeat(41) }],
    ["spaces inside the code", "code", { code: "SUMMER SALE" }],
    ["SQL in the code", "code", { code: "X' OR 1=1 --" }],
    ["markup in the code", "code", { code: "<script>" }],
    ["huge code", "code", { code: "A".repeat(100_000) }],
    ["unknown kind", "kind", { kind: "FREE_SHIPPING" }],
    ["missing value", "value", { value: "" }],
    ["percent over 100", "value", { kind: "PERCENT", value: "100.01" }],
    ["percent of 150", "value", { kind: "PERCENT", value: "150" }],
    ["zero percent", "value", { kind: "PERCENT", value: "0" }],
    ["negative percent", "value", { kind: "PERCENT", value: "-5" }],
    ["three-decimal percent", "value", { kind: "PERCENT", value: "12.345" }],
    ["percent in words", "value", { kind: "PERCENT", value: "ten" }],
    ["negative money", "value", { kind: "FIXED", value: "-5" }],
    ["zero money", "value", { kind: "FIXED", value: "0.00" }],
    ["three-decimal money", "value", { kind: "FIXED", value: "4.999" }],
    ["money with a thousands comma", "value", { kind: "FIXED", value: "1,000.00" }],
    ["money in exponent form", "value", { kind: "FIXED", value: "1e3" }],
    ["money over the maximum", "value", { kind: "FIXED", value: "1000000.01" }],
    ["huge money", "value", { kind: "FIXED", value: "9".repeat(5000) }],
    ["negative minimum order", "minOrder", { minOrder: "-1" }],
    ["minimum order in words", "minOrder", { minOrder: "fifty" }],
    ["not a date", "startsAt", { startsAt: "tomorrow" }],
    ["impossible date", "startsAt", { startsAt: "2030-02-30T10:00" }],
    ["ends before it starts", "endsAt", { startsAt: "2030-05-02T10:00", endsAt: "2030-05-01T10:00" }],
    ["ends when it starts", "endsAt", { startsAt: "2030-05-02T10:00", endsAt: "2030-05-02T10:00" }],
    ["ends in the past", "endsAt", { endsAt: "2001-01-01T00:00" }],
    ["usage limit 0", "usageLimit", { usageLimit: "0" }],
    ["negative usage limit", "usageLimit", { usageLimit: "-3" }],
    ["fractional usage limit", "usageLimit", { usageLimit: "1.5" }],
    ["usage limit in words", "usageLimit", { usageLimit: "many" }],
    ["per-customer limit over 1000", "perCustomerLimit", { perCustomerLimit: "1001" }],
  ])("refuses %s on the %s field", (_, field, overrides) => {
    const parsed = createDiscountSchema.safeParse(valid(overrides));
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(Object.keys(fieldErrorsFromZod(parsed.error))).toContain(field);
  });
});

describe("createDiscountCode", () => {
  it("stores the code upper-cased with exact minor units, audited with the values", async () => {
    const code = uniqueCode("fixed");
    const input = createDiscountSchema.parse({
      code: code.toLowerCase(),
      kind: "FIXED",
      value: "7.35",
      minOrder: "30",
      usageLimit: "5",
      perCustomerLimit: "1",
      endsAt: future(30),
    });
    const created = await createDiscountCode(db, actorOf(staff), input);
    const stored = await db.discountCode.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({
      code: code.toUpperCase(),
      kind: "FIXED",
      value: 735,
      currency: env.SHOP_CURRENCY,
      minOrderMinor: 3000,
      usageLimit: 5,
      perCustomerLimit: 1,
      timesUsed: 0,
      active: true,
    });
    const [audit, ...more] = await auditRowsFor(db, created.id);
    expect(more).toHaveLength(0);
    expect(audit).toMatchObject({
      action: "discount_code.create",
      entityType: "discount_code",
      actorId: staff.id,
      actorEmail: staff.email,
      via: "staff",
      before: null,
      after: { code: code.toUpperCase(), kind: "FIXED", value: 735, currency: env.SHOP_CURRENCY, active: true },
    });
  });

  it("refuses a code that exists in another case on the code field, and stores nothing", async () => {
    const code = uniqueCode();
    await createDiscountCode(db, actorOf(staff), createDiscountSchema.parse(valid({ code })));
    const auditsBefore = await db.auditLog.count({ where: { action: "discount_code.create" } });
    const error = await createDiscountCode(
      db,
      actorOf(staff),
      createDiscountSchema.parse(valid({ code: code.toLowerCase() })),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: "conflict",
      details: { fields: { code: expect.stringMatching(/exists/) as string } },
    });
    expect(await db.discountCode.count({ where: { code } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "discount_code.create" } })).toBe(auditsBefore);
  });

  it("refuses a read-only API token", async () => {
    const error = await createDiscountCode(
      db,
      actorOf(staff, { via: `token:${randomUUID()}`, scope: "READ" }),
      createDiscountSchema.parse(valid()),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "forbidden" });
  });

  it("makes codes checkout accepts, and a FIXED code only in the shop's currency", async () => {
    const percent = await createDiscountCode(db, actorOf(staff), createDiscountSchema.parse(valid({ value: "15" })));
    const fixed = await createDiscountCode(
      db,
      actorOf(staff),
      createDiscountSchema.parse(valid({ kind: "FIXED", value: "5" })),
    );
    const now = new Date();
    const load = (id: string) => db.discountCode.findUniqueOrThrow({ where: { id } });
    expect(checkDiscount(await load(percent.id), 10_000, env.SHOP_CURRENCY, now)).toEqual({
      kind: "PERCENT",
      value: 1500,
    });
    expect(checkDiscount(await load(fixed.id), 10_000, env.SHOP_CURRENCY, now)).toEqual({ kind: "FIXED", value: 500 });
    expect(() => checkDiscount(null, 10_000, "USD", now)).toThrow(AppError);
  });
});

describe("setDiscountActive and usage", () => {
  it("disables and enables with an audit row each, and checkout follows", async () => {
    const created = await createDiscountCode(db, actorOf(staff), createDiscountSchema.parse(valid()));
    await setDiscountActive(db, actorOf(staff), { id: created.id, active: false });
    await setDiscountActive(db, actorOf(staff), { id: created.id, active: false }); // no change, no row
    const disabled = await db.discountCode.findUniqueOrThrow({ where: { id: created.id } });
    expect(disabled.active).toBe(false);
    expect(() => checkDiscount(disabled, 10_000, env.SHOP_CURRENCY, new Date())).toThrow(/not valid/);
    await setDiscountActive(db, actorOf(staff), { id: created.id, active: true });
    const audits = await auditRowsFor(db, created.id);
    expect(audits.map((a) => [a.action, a.before, a.after])).toEqual([
      ["discount_code.create", null, expect.objectContaining({ active: true })],
      ["discount_code.disable", { code: created.code, active: true }, { code: created.code, active: false }],
      ["discount_code.enable", { code: created.code, active: false }, { code: created.code, active: true }],
    ]);
  });

  it("refuses an unknown id", async () => {
    await expect(setDiscountActive(db, actorOf(staff), { id: randomUUID(), active: false })).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("shows an order that used the code in its usage and redemptions", async () => {
    const created = await createDiscountCode(
      db,
      actorOf(staff),
      createDiscountSchema.parse(valid({ value: "20", usageLimit: "3" })),
    );
    const { variant } = await createTestVariant(db, { stock: 5, priceMinor: 4000 });
    const cart = await guestCartWith(db, [{ variantId: variant.id, quantity: 1 }]);
    const placed = await placeOrder(db, cart, checkoutInput({ discountCode: created.code }), {
      paymentProvider: "test",
    });
    const { code, redemptions } = await getDiscountCode(db, created.id);
    expect(code).toMatchObject({ timesUsed: 1, redemptionCount: 1, usageLimit: 3 });
    expect(redemptions.items).toMatchObject([{ order: { id: placed.orderId, discountMinor: 800 } }]);
    const listed = await listDiscountCodes(db, { page: 1 }, 500);
    expect(listed.items.find((c) => c.id === created.id)).toMatchObject({ timesUsed: 1, redemptionCount: 1 });

    session.user = staff;
    const html = renderToStaticMarkup(
      await DiscountPage({ params: Promise.resolve({ id: created.id }), searchParams: Promise.resolve({}) }),
    );
    expect(html).toContain(`href="/admin/orders/${placed.orderId}"`);
    expect(html).toContain('data-testid="times-used">1<span class="stat-of"> of 3</span>');
  });
});

describe("discount actions", () => {
  it.each([
    ["anonymous", null, "unauthenticated"],
    ["customer", () => customer, "forbidden"],
  ])("refuse %s before reading the form", async (_, who, code) => {
    session.user = who ? who() : null;
    expect(await submit(createDiscountAction, valid())).toEqual({ thrown: code });
    expect(await submit(setDiscountActiveAction, { id: randomUUID(), active: "false" })).toEqual({ thrown: code });
  });

  it.each([
    ["percent over 100", valid({ value: "101" }), "value"],
    ["negative money", valid({ kind: "FIXED", value: "-1" }), "value"],
    ["ends before starts", valid({ startsAt: "2031-01-02T00:00", endsAt: "2031-01-01T00:00" }), "endsAt"],
    ["huge code", valid({ code: "X".repeat(100_000) }), "code"],
  ])("shows %s as a field error and stores nothing", async (_, values, field) => {
    session.user = staff;
    const before = await db.discountCode.count();
    const state = await submit(createDiscountAction, values);
    expect(state).toMatchObject({ status: "error", fields: { [field]: expect.any(String) as string } });
    expect(await db.discountCode.count()).toBe(before);
  });

  it("shows a taken code as a field error", async () => {
    session.user = staff;
    const code = uniqueCode();
    await createDiscountCode(db, actorOf(staff), createDiscountSchema.parse(valid({ code })));
    expect(await submit(createDiscountAction, valid({ code: code.toLowerCase() }))).toMatchObject({
      status: "error",
      fields: { code: expect.stringMatching(/already exists/) as string },
    });
  });

  it.each([
    ["unknown id", { id: randomUUID(), active: "false" }, "not found"],
    ["malformed id", { id: "1 OR 1=1", active: "false" }, "correct"],
    ["bad state", { id: randomUUID(), active: "maybe" }, "correct"],
  ])("switching refuses %s", async (_, values, message) => {
    session.user = staff;
    const state = await submit(setDiscountActiveAction, values);
    expect(state).toMatchObject({ status: "error", message: expect.stringContaining(message) as string });
  });

  it("the list page shows codes escaped", async () => {
    session.user = staff;
    const html = renderToStaticMarkup(await DiscountsPage({ searchParams: Promise.resolve({ page: "1" }) }));
    expect(html).toContain("<h1>Discount codes</h1>");
    expect(html).not.toContain("<script>");
  });
});
