import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import type { CurrentUser } from "@/lib/accounts/types";
import { placeOrder } from "@/lib/checkout/place-order";
import { getCustomer } from "@/lib/customers/get-customer";
import { containsPattern } from "@/lib/customers/like-pattern";
import { listCustomers } from "@/lib/customers/list-customers";
import { createDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { applyPaymentEvent } from "@/lib/payments/apply-payment-event";
import { GET as getCustomerRoute } from "@/app/api/admin/customers/[id]/route";
import { GET as listCustomersRoute } from "@/app/api/admin/customers/route";
import CustomerPage from "@/app/admin/customers/[id]/page";
import CustomersPage from "@/app/admin/customers/page";
import { createAccount } from "../support/admin-people";
import { checkoutInput, createTestVariant } from "../support/fixtures";
import { call, errorOf } from "../support/route";

// Customers as staff see them: totals computed by the database, nothing secret shown.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));

const db = createDb(inject("databaseUrl"), 4);
const marker = randomUUID().slice(0, 8);
let staff: CurrentUser;
let admin: CurrentUser;
let buyer: CurrentUser;
let browser: CurrentUser;
const paidOrders: string[] = [];

/** An order placed from the shopper's own cart; paid through the shop's payment path when asked. */
async function orderFor(user: CurrentUser, priceMinor: number, pay: boolean): Promise<string> {
  const { variant } = await createTestVariant(db, { stock: 5, priceMinor });
  await db.cart.upsert({ where: { userId: user.id }, update: {}, create: { userId: user.id } });
  const cart = await db.cart.findUniqueOrThrow({ where: { userId: user.id } });
  await db.cartLine.create({ data: { cartId: cart.id, variantId: variant.id, quantity: 1 } });
  const placed = await placeOrder(db, { userId: user.id, cartId: null }, checkoutInput({ email: user.email }), {
    paymentProvider: "test",
  });
  if (pay && placed.payment) {
    const reference = `test_${placed.payment.id}`;
    await db.payment.update({ where: { id: placed.payment.id }, data: { reference } });
    await applyPaymentEvent(db, {
      id: `test:${placed.payment.id}:succeeded`,
      provider: "test",
      type: "succeeded",
      paymentReference: reference,
      amountMinor: placed.payment.amountMinor,
      currency: placed.payment.currency,
    });
  }
  return placed.orderId;
}

beforeAll(async () => {
  staff = await createAccount(db, { role: "STAFF" });
  admin = await createAccount(db, { role: "ADMIN" });
  buyer = await createAccount(db, { name: `Zoë Buyer ${marker}`, email: `buyer-${marker}@example.com` });
  browser = await createAccount(db, { name: `Odd_100% ${marker}`, email: `browser-${marker}@example.com` });
  await db.address.create({
    data: {
      userId: buyer.id,
      fullName: "Zoë Buyer",
      line1: "1 Quay St",
      city: "Galway",
      postalCode: "H91",
      country: "IE",
    },
  });
  paidOrders.push(await orderFor(buyer, 8000, true));
  paidOrders.push(await orderFor(buyer, 9000, true));
  await orderFor(buyer, 5000, false); // unpaid: counted, not spent
  // A partial refund of the first paid order.
  await db.order.update({ where: { id: paidOrders[0] ?? "" }, data: { refundedMinor: 1500 } });
});
afterAll(() => db.$disconnect());

async function expectedSpent(userId: string): Promise<number> {
  const paid = await db.order.findMany({ where: { userId, paidAt: { not: null } } });
  return paid.reduce((sum, o) => sum + o.totalMinor - o.refundedMinor, 0);
}

describe("listCustomers", () => {
  it("sums orders and paid spending less refunds in SQL, and finds by part of the e-mail or name", async () => {
    const { items, total } = await listCustomers(db, { q: marker, page: 1 }, env.SHOP_CURRENCY);
    expect(total).toBe(2);
    const row = items.find((c) => c.id === buyer.id);
    expect(row).toMatchObject({ orderCount: 3, currency: env.SHOP_CURRENCY });
    expect(row?.spentMinor).toBe(await expectedSpent(buyer.id));
    expect(row?.spentMinor).toBeGreaterThan(0);
    expect(items.find((c) => c.id === browser.id)).toMatchObject({ orderCount: 0, spentMinor: 0 });
    expect(items[0]).not.toHaveProperty("passwordHash");
    expect(items[0]).not.toHaveProperty("sessionVersion");

    expect((await listCustomers(db, { q: `ZOË BUYER ${marker}`, page: 1 }, "EUR")).items.map((c) => c.id)).toEqual([
      buyer.id,
    ]);
    expect((await listCustomers(db, { q: `buyer-${marker}@EXAMPLE`, page: 1 }, "EUR")).total).toBe(1);
  });

  it("treats % and _ in a search as themselves", async () => {
    expect(containsPattern("50%_off\\")).toBe("%50\\%\\_off\\\\%");
    expect((await listCustomers(db, { q: `_100% ${marker}`, page: 1 }, "EUR")).items.map((c) => c.id)).toEqual([
      browser.id,
    ]);
    expect((await listCustomers(db, { q: "%", page: 1 }, "EUR")).items.map((c) => c.id)).toEqual([browser.id]);
  });

  it("pages newest first and lists only customers", async () => {
    const first = await listCustomers(db, { page: 1 }, "EUR", 1);
    const second = await listCustomers(db, { page: 2 }, "EUR", 1);
    expect(first.pageCount).toBe(first.total);
    expect(first.items[0]?.id).not.toBe(second.items[0]?.id);
    expect((first.items[0]?.createdAt ?? 0) >= (second.items[0]?.createdAt ?? 0)).toBe(true);
    const all = await listCustomers(db, { page: 1 }, "EUR", 1000);
    expect(all.items.map((c) => c.id)).not.toContain(staff.id);
    expect(all.items.map((c) => c.id)).not.toContain(admin.id);
    expect((await listCustomers(db, { page: 9999 }, "EUR")).items).toEqual([]);
  });
});

describe("getCustomer", () => {
  it("shows profile, addresses and orders, never the password hash", async () => {
    const customer = await getCustomer(db, buyer.id, env.SHOP_CURRENCY);
    expect(customer).toMatchObject({ email: buyer.email, orderCount: 3, addresses: [{ city: "Galway" }] });
    expect(customer.spentMinor).toBe(await expectedSpent(buyer.id));
    expect(customer.orders).toHaveLength(3);
    expect(customer).not.toHaveProperty("passwordHash");
    expect(customer).not.toHaveProperty("sessionVersion");
    await expect(getCustomer(db, randomUUID(), "EUR")).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("customer pages", () => {
  it("list and detail render for staff, link the orders, and show account controls only to administrators", async () => {
    session.user = staff;
    const list = renderToStaticMarkup(await CustomersPage({ searchParams: Promise.resolve({ q: marker }) }));
    expect(list).toContain(`href="/admin/customers/${buyer.id}"`);
    expect(list).toContain("Odd_100%");
    const detail = renderToStaticMarkup(await CustomerPage({ params: Promise.resolve({ id: buyer.id }) }));
    for (const id of paidOrders) expect(detail).toContain(`href="/admin/orders/${id}"`);
    expect(detail).toContain("1 Quay St");
    expect(detail).not.toContain("Change role");
    session.user = admin;
    const asAdmin = renderToStaticMarkup(await CustomerPage({ params: Promise.resolve({ id: buyer.id }) }));
    expect(asAdmin).toContain("Change role");
    expect(asAdmin).toContain("Disable account");
  });

  it("a bad search in the address is reported, not fatal", async () => {
    session.user = staff;
    const html = renderToStaticMarkup(await CustomersPage({ searchParams: Promise.resolve({ page: "-1" }) }));
    expect(html).toContain("not valid");
  });
});

describe("GET /api/admin/customers", () => {
  it.each([
    ["anonymous", null, "/api/admin/customers", 401, "unauthenticated"],
    ["customer", () => buyer, "/api/admin/customers", 403, "forbidden"],
    ["page 0", () => staff, "/api/admin/customers?page=0", 400, "invalid_input"],
    ["page in words", () => staff, "/api/admin/customers?page=two", 400, "invalid_input"],
    ["huge page", () => staff, "/api/admin/customers?page=99999999999", 400, "invalid_input"],
    ["repeated page", () => staff, "/api/admin/customers?page=1&page=2", 400, "invalid_input"],
    ["over-long search", () => staff, `/api/admin/customers?q=${"a".repeat(101)}`, 400, "invalid_input"],
    ["control character in search", () => staff, "/api/admin/customers?q=a%00b", 400, "invalid_input"],
  ])("%s → %i %s", async (_, who, path, status, code) => {
    session.user = who ? who() : null;
    const response = await call(listCustomersRoute, path);
    expect(response.status).toBe(status);
    expect(errorOf(response.body).code).toBe(code);
  });

  it("answers staff with the page of customers", async () => {
    session.user = staff;
    const response = await call(listCustomersRoute, `/api/admin/customers?q=${marker}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ total: 2, page: 1, items: expect.any(Array) as unknown[] });
    expect(response.text).not.toContain("passwordHash");
  });

  it.each([
    ["anonymous", null, () => buyer.id, 401, "unauthenticated"],
    ["customer", () => buyer, () => buyer.id, 403, "forbidden"],
    ["malformed id", () => staff, () => "1 OR 1=1", 400, "invalid_input"],
    ["path traversal", () => staff, () => "../../etc/passwd", 400, "invalid_input"],
    ["unknown id", () => staff, () => randomUUID(), 404, "not_found"],
  ])("one customer: %s → %i %s", async (_, who, id, status, code) => {
    session.user = who ? who() : null;
    const response = await call(getCustomerRoute, `/api/admin/customers/${id()}`, { params: { id: id() } });
    expect(response.status).toBe(status);
    expect(errorOf(response.body).code).toBe(code);
  });

  it("one customer for staff, without secrets", async () => {
    session.user = staff;
    const response = await call(getCustomerRoute, `/api/admin/customers/${buyer.id}`, { params: { id: buyer.id } });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: buyer.id, orderCount: 3 });
    expect(response.text).not.toMatch(/passwordHash|sessionVersion/);
  });
});
