import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/accounts/types";
import type * as CurrentUserModule from "@/lib/auth/current-user";
import {
  deleteDeliveryMethodAction,
  deletePickupLocationAction,
  deleteZoneAction,
  saveDeliveryMethodAction,
  savePickupLocationAction,
  saveZoneAction,
} from "@/app/admin/delivery/actions";
import DeliveryPage from "@/app/admin/delivery/page";
import { POST as addLine } from "@/app/api/cart/lines/route";
import { GET as getOptions } from "@/app/api/checkout/options/route";
import { POST as checkout } from "@/app/api/checkout/route";
import type { CheckoutOptions } from "@/lib/checkout/checkout-options";
import { createDb } from "@/lib/db/client";
import { deliveryMethodFormSchema, zoneFormSchema } from "@/lib/delivery/admin-schemas";
import { saveZone } from "@/lib/delivery/save-zone";
import { AppError } from "@/lib/errors";
import { renderToStaticMarkup } from "react-dom/server";
import { DEMO_DELIVERY } from "@/prisma/seed/delivery-data";
import { actorOf, auditRowsFor, createAccount, form, submit } from "../support/admin-people";
import { createTestVariant } from "../support/fixtures";
import { call, errorOf } from "../support/route";
import { idleForm, type FormState } from "@/lib/http/form-state";

// The admin Delivery area against a real PostgreSQL: who may change it, what it refuses, and that the checkout
// charges what staff set, at once (GET /api/checkout/options and POST /api/checkout, the shopper's own routes).
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
// Only the server actions' session is chosen; the shopper's routes read their own (absent) session as usual.
// Server actions (no Request) act as the test's staff member; route handlers read the request's own cookies, so the
// guest carts below stay guests.
vi.mock("@/lib/auth/current-user", async (original) => {
  const real = await original<typeof CurrentUserModule>();
  return {
    getCurrentUser: (request?: Request) => (request ? real.getCurrentUser(request) : Promise.resolve(session.user)),
  };
});

const db = createDb(inject("databaseUrl"), 4);
let staff: CurrentUser;
let customer: CurrentUser;

// This file's zones hold countries no demo zone has (AR, BR; MX), so they never touch other tests' checkouts.
const ids = { south: "", north: "", banded: "", flat: "", mexico: "" };

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Runs an action as the browser would; a success redirects, which comes back as the redirect's target. */
async function post(action: Action, values: Record<string, string>): Promise<FormState | { redirect: string }> {
  try {
    return await action(idleForm, form(values));
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT"))
      return { redirect: digest.split(";")[2] ?? "" };
    throw error;
  }
}

const methodValues = (overrides: Record<string, string> = {}) => ({
  zoneId: ids.south,
  name: "Parcel",
  description: "3–5 days",
  kind: "HOME_DELIVERY",
  price: "9.99",
  pay_card: "on",
  active: "on",
  ...overrides,
});

async function zoneIdNamed(name: string): Promise<string> {
  return (await db.deliveryZone.findFirstOrThrow({ where: { name } })).id;
}
async function methodIdNamed(name: string): Promise<string> {
  return (await db.deliveryMethod.findFirstOrThrow({ where: { name } })).id;
}

beforeAll(async () => {
  staff = await createAccount(db, { role: "STAFF" });
  customer = await createAccount(db, { role: "CUSTOMER" });
  session.user = staff;
  const zoneName = `South ${randomUUID().slice(0, 6)}`;
  const northName = `North ${randomUUID().slice(0, 6)}`;
  expect(await post(saveZoneAction, { name: zoneName, countries: "br, ar" })).toEqual({
    redirect: "/admin/delivery?notice=zone-created",
  });
  expect(await post(saveZoneAction, { name: northName, countries: "MX", position: "5" })).toMatchObject({
    redirect: expect.any(String) as string,
  });
  ids.south = await zoneIdNamed(zoneName);
  ids.north = await zoneIdNamed(northName);
  const banded = `Banded ${randomUUID().slice(0, 6)}`;
  const flat = `Flat ${randomUUID().slice(0, 6)}`;
  const mexico = `Mexico ${randomUUID().slice(0, 6)}`;
  await post(
    saveDeliveryMethodAction,
    methodValues({ name: banded, weightBands: "5000 = 6.00\n1000 g = 3", freeFrom: "100", pay_bank_transfer: "on" }),
  );
  await post(
    saveDeliveryMethodAction,
    methodValues({ name: flat, price: "7.50", pay_card: "", pay_bank_transfer: "on", position: "1" }),
  );
  await post(saveDeliveryMethodAction, methodValues({ zoneId: ids.north, name: mexico, price: "12" }));
  ids.banded = await methodIdNamed(banded);
  ids.flat = await methodIdNamed(flat);
  ids.mexico = await methodIdNamed(mexico);
});

afterAll(async () => {
  await db.deliveryZone.deleteMany({ where: { id: { in: [ids.south, ids.north].filter(Boolean) } } });
  await db.$disconnect();
});

/** A guest cart of `quantity` units of a new variant with the given price and weight; returns its cookie. */
async function cartOf(priceMinor: number, weightGrams: number, quantity = 1): Promise<string> {
  const { variant } = await createTestVariant(db, { stock: 50, priceMinor });
  await db.productVariant.update({ where: { id: variant.id }, data: { weightGrams } });
  const added = await call(addLine, "/api/cart/lines", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ variantId: variant.id, quantity }),
  });
  expect(added.status).toBe(201);
  return (added.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

async function optionsFor(cookie: string, country: string) {
  return call(getOptions, `/api/checkout/options?country=${country}`, { headers: { cookie } });
}

/** The prices the checkout offers for this file's methods, by method id. */
async function pricesFor(cookie: string, country: string): Promise<Record<string, number>> {
  const result = await optionsFor(cookie, country);
  expect(result.status).toBe(200);
  const { shippingMethods } = result.body as CheckoutOptions;
  return Object.fromEntries(shippingMethods.map((m) => [m.id, m.price.amountMinor]));
}

describe("delivery rates as staff set them (GET /api/checkout/options)", () => {
  // Banded: up to 1 kg 3.00, up to 5 kg 6.00, free from 100.00 goods. Flat: 7.50. Mexico: 12.00 (another zone).
  it.each([
    ["light cart", "BR", 1000, 500, 1, { banded: 300, flat: 750 }],
    ["exactly the first band's limit", "AR", 1000, 1000, 1, { banded: 300, flat: 750 }],
    ["one gram over it", "BR", 1000, 1001, 1, { banded: 600, flat: 750 }],
    ["weight summed over units", "BR", 1000, 600, 2, { banded: 600, flat: 750 }],
    ["heavier than every band: banded not offered", "BR", 1000, 5001, 1, { flat: 750 }],
    ["just below free-from", "BR", 9999, 500, 1, { banded: 300, flat: 750 }],
    ["free-from reached", "BR", 10000, 500, 1, { banded: 0, flat: 750 }],
    ["free-from with goods over it, second band", "BR", 6000, 2000, 2, { banded: 0, flat: 750 }],
    ["another zone's country", "MX", 1000, 500, 1, { mexico: 1200 }],
  ])("%s", async (_, country, priceMinor, weightGrams, quantity, expected) => {
    const cookie = await cartOf(priceMinor, weightGrams, quantity);
    const prices = await pricesFor(cookie, country);
    const wanted = Object.fromEntries(
      Object.entries(expected).map(([key, price]) => [ids[key as keyof typeof ids], price]),
    );
    expect(prices).toEqual(wanted);
  });

  it("refuses a country outside every zone with 400 naming the field", async () => {
    const cookie = await cartOf(1000, 100);
    const result = await optionsFor(cookie, "PE");
    expect(result.status).toBe(400);
    expect(errorOf(result.body).fields).toHaveProperty("country");
  });

  it("charges a rate staff change at once", async () => {
    const cookie = await cartOf(1000, 100);
    expect((await pricesFor(cookie, "BR"))[ids.flat]).toBe(750);
    const current = await db.deliveryMethod.findUniqueOrThrow({ where: { id: ids.flat } });
    expect(
      await post(
        saveDeliveryMethodAction,
        methodValues({
          id: ids.flat,
          name: current.name,
          price: "8.25",
          pay_card: "",
          pay_bank_transfer: "on",
          position: "1",
        }),
      ),
    ).toEqual({ redirect: "/admin/delivery?notice=method-saved" });
    expect((await pricesFor(cookie, "BR"))[ids.flat]).toBe(825);
    const [audit] = (await auditRowsFor(db, ids.flat)).filter((r) => r.action === "delivery_method.update");
    expect(audit).toMatchObject({
      actorId: staff.id,
      before: expect.objectContaining({ priceMinor: 750 }) as unknown,
      after: expect.objectContaining({ priceMinor: 825 }) as unknown,
    });
  });
});

describe("checkout refuses a delivery the settings do not allow (POST /api/checkout)", () => {
  const address = (country: string) => ({
    name: "Ana Souza",
    line1: "Rua A 1",
    city: "Recife",
    postalCode: "50000",
    country,
  });

  it.each([
    ["a method of another zone", "BR", () => ids.mexico, "test", "shippingMethodId"],
    ["a method too light for the cart", "BR", () => ids.banded, "test", "shippingMethodId", 6000],
    ["a payment method the delivery does not allow", "BR", () => ids.flat, "cash_on_delivery", "paymentMethod"],
    ["card on a bank-transfer-only delivery", "BR", () => ids.flat, "card", "paymentMethod"],
    ["a country outside every zone", "PE", () => ids.flat, "test", "shippingAddress.country"],
    ["an unknown method", "BR", () => randomUUID(), "test", "shippingMethodId"],
  ])("%s: 400 with the field, nothing stored", async (_, country, method, paymentMethod, field, grams = 100) => {
    const cookie = await cartOf(1000, grams);
    const orders = await db.order.count();
    const result = await call(checkout, "/api/checkout", {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({
        email: "guest@example.com",
        shippingAddress: address(country),
        shippingMethodId: method(),
        paymentMethod,
        termsAccepted: true,
        idempotencyKey: randomUUID(),
      }),
    });
    expect(result.status).toBe(400);
    expect(errorOf(result.body).fields).toHaveProperty(field);
    expect(await db.order.count()).toBe(orders);
  });
});

describe("Delivery admin actions", () => {
  const actions: [string, Action][] = [
    ["saveZoneAction", saveZoneAction],
    ["deleteZoneAction", deleteZoneAction],
    ["saveDeliveryMethodAction", saveDeliveryMethodAction],
    ["deleteDeliveryMethodAction", deleteDeliveryMethodAction],
    ["savePickupLocationAction", savePickupLocationAction],
    ["deletePickupLocationAction", deletePickupLocationAction],
  ];

  it.each([
    ["anonymous", () => null, "unauthenticated"],
    ["customer", () => customer, "forbidden"],
  ])("refuse %s before reading the form, storing nothing", async (_, who, code) => {
    session.user = who();
    const zones = await db.deliveryZone.count();
    for (const [, action] of actions) {
      expect(await submit(action, { id: ids.south, name: "Hijack", countries: "PE" })).toEqual({ thrown: code });
    }
    expect(await db.deliveryZone.count()).toBe(zones);
    expect(await db.deliveryZone.findUnique({ where: { id: ids.south } })).not.toBeNull();
  });

  it("a read-only API token cannot change a zone", async () => {
    const input = zoneFormSchema.parse({ name: "Read only", countries: "PE" });
    await expect(saveZone(db, actorOf(staff, { scope: "READ" }), input)).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.deliveryZone.count({ where: { name: "Read only" } })).toBe(0);
  });

  it.each([
    [
      "a country already in a zone",
      { name: "Clash", countries: "CZ, PE" },
      "countries",
      /Czech Republic.*Czechia|Czechia/,
    ],
    ["a code ISO does not assign", { name: "Nowhere", countries: "PE, XX" }, "countries", /XX/],
    ["no countries", { name: "Empty", countries: " , " }, "countries", /at least one/],
    ["a blank name", { name: "  ", countries: "PE" }, "name", /required/],
    ["a control character", { name: "Evil\u0007", countries: "PE" }, "name", /not allowed/],
    ["a huge list", { name: "Huge", countries: "PE,".repeat(10_000) }, "countries", /too long/],
    ["a negative position", { name: "Neg", countries: "PE", position: "-1" }, "position", /0 or more/],
    ["a forged id", { id: "1 OR 1=1", name: "Forged", countries: "PE" }, "id", /Unknown/],
  ])("a zone with %s is a field error and nothing is stored", async (_, values, field, message) => {
    session.user = staff;
    const zones = await db.deliveryZone.count();
    const state = await post(saveZoneAction, values);
    expect(state).toMatchObject({ status: "error", fields: { [field]: expect.stringMatching(message) as string } });
    expect(await db.deliveryZone.count()).toBe(zones);
  });

  it("an unknown zone id is not found, not created", async () => {
    session.user = staff;
    const zones = await db.deliveryZone.count();
    expect(await post(saveZoneAction, { id: randomUUID(), name: "Ghost", countries: "PE" })).toMatchObject({
      status: "error",
      message: expect.stringMatching(/not found/) as string,
    });
    expect(await db.deliveryZone.count()).toBe(zones);
  });

  it.each([
    ["a negative price", { price: "-1" }, "price"],
    ["a price with too many decimals", { price: "4.999" }, "price"],
    ["a price as words", { price: "four" }, "price"],
    ["an absurd price", { price: "99999999999" }, "price"],
    ["a malformed weight band", { weightBands: "2000 = x" }, "weightBands"],
    ["two bands with one limit", { weightBands: "2000 = 1\n2000 = 2" }, "weightBands"],
    ["a zero-gram band", { weightBands: "0 = 1" }, "weightBands"],
    ["no payment method", { pay_card: "" }, "paymentMethods"],
    ["an unknown zone", { zoneId: randomUUID() }, "zoneId"],
    ["an unknown kind", { kind: "DRONE" }, "kind"],
    ["a line break in the name", { name: "Parcel\r\n<script>alert(1)</script>" }, "name"],
  ])("a delivery method with %s is a field error and nothing is stored", async (_, overrides, field) => {
    session.user = staff;
    const methods = await db.deliveryMethod.count();
    const state = await post(saveDeliveryMethodAction, methodValues({ name: `Bad ${randomUUID()}`, ...overrides }));
    expect(state).toMatchObject({ status: "error", fields: { [field]: expect.any(String) as string } });
    expect(await db.deliveryMethod.count()).toBe(methods);
  });

  it("keeps weight bands ascending whatever order they are typed in", () => {
    const parsed = deliveryMethodFormSchema.parse(
      methodValues({ zoneId: randomUUID(), weightBands: "20000 = 15\n2000=4.95\n5 000 = 1".replace("5 000", "5000") }),
    );
    expect(parsed.weightBands).toEqual([
      { maxGrams: 2000, priceMinor: 495 },
      { maxGrams: 5000, priceMinor: 100 },
      { maxGrams: 20000, priceMinor: 1500 },
    ]);
  });

  it.each([
    ["an unknown country", { country: "ZZ" }, "country"],
    ["a missing address", { line1: "" }, "line1"],
    ["a two-line name", { name: "A\nB" }, "name"],
  ])("a pickup location with %s is a field error", async (_, overrides, field) => {
    session.user = staff;
    const before = await db.pickupLocation.count();
    const state = await post(savePickupLocationAction, {
      name: "Depot",
      line1: "Rua B 2",
      city: "Recife",
      postalCode: "50000",
      country: "BR",
      ...overrides,
    });
    expect(state).toMatchObject({ status: "error", fields: { [field]: expect.any(String) as string } });
    expect(await db.pickupLocation.count()).toBe(before);
  });

  it("creates, edits and deletes a pickup location, each audited", async () => {
    session.user = staff;
    const name = `Depot ${randomUUID().slice(0, 6)}`;
    const values = { name, line1: "Rua B 2", city: "Recife", postalCode: "50000", country: "br", openingHours: "9–5" };
    expect(await post(savePickupLocationAction, { ...values, active: "on" })).toEqual({
      redirect: "/admin/delivery?notice=pickup-created",
    });
    const created = await db.pickupLocation.findFirstOrThrow({ where: { name } });
    expect(created).toMatchObject({ country: "BR", active: true, openingHours: "9–5" });
    await post(savePickupLocationAction, { ...values, id: created.id, city: "Olinda" });
    expect(await db.pickupLocation.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      city: "Olinda",
      active: false,
    });
    expect(await post(deletePickupLocationAction, { id: created.id })).toEqual({
      redirect: "/admin/delivery?notice=pickup-deleted",
    });
    expect((await auditRowsFor(db, created.id)).map((r) => r.action)).toEqual([
      "pickup_location.create",
      "pickup_location.update",
      "pickup_location.delete",
    ]);
  });

  it("refuses to delete a zone that still has methods, and deletes an empty one", async () => {
    session.user = staff;
    expect(await post(deleteZoneAction, { id: DEMO_DELIVERY.zones.domestic })).toMatchObject({
      status: "error",
      message: expect.stringMatching(/still has delivery methods/) as string,
    });
    const name = `Empty ${randomUUID().slice(0, 6)}`;
    await post(saveZoneAction, { name, countries: "PE" });
    const id = await zoneIdNamed(name);
    expect(await post(deleteZoneAction, { id })).toEqual({ redirect: "/admin/delivery?notice=zone-deleted" });
    expect(await db.deliveryZone.findUnique({ where: { id } })).toBeNull();
  });

  it("the overview lists zones, methods and prices, escaped", async () => {
    session.user = staff;
    const html = renderToStaticMarkup(await DeliveryPage({ searchParams: Promise.resolve({ notice: "<b>x</b>" }) }));
    expect(html).toContain("<h1>Delivery</h1>");
    expect(html).toContain("Czech Republic");
    expect(html).toContain(`href="/admin/delivery/methods/${ids.banded}"`);
    expect(html).not.toContain("<b>x</b>");
  });

  it("domain errors stay AppErrors (never a 500)", async () => {
    const input = zoneFormSchema.parse({ name: "Clash", countries: "CZ" });
    await expect(saveZone(db, actorOf(staff), input)).rejects.toBeInstanceOf(AppError);
  });
});
