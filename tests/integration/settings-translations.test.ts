import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import {
  saveDeliveryMethodTranslationsAction,
  savePickupLocationTranslationsAction,
} from "@/app/admin/delivery/translation-actions";
import MethodPage from "@/app/admin/delivery/methods/[id]/page";
import PaymentsPage from "@/app/admin/payments/page";
import { savePaymentMethodTranslationsAction } from "@/app/admin/payments/translation-actions";
import { POST as addLine } from "@/app/api/cart/lines/route";
import { GET as getOptions } from "@/app/api/checkout/options/route";
import { POST as checkout } from "@/app/api/checkout/route";
import type { CurrentUser } from "@/lib/accounts/types";
import type * as CurrentUserModule from "@/lib/auth/current-user";
import type { CheckoutOptions } from "@/lib/checkout/checkout-options";
import { createDb } from "@/lib/db/client";
import { saveDeliveryMethodTranslations } from "@/lib/delivery/save-settings-translations";
import type { FormState } from "@/lib/http/form-state";
import { renderToStaticMarkup } from "react-dom/server";
import { actorOf, auditRowsFor, createAccount, submit } from "../support/admin-people";
import { createTestVariant } from "../support/fixtures";
import { call } from "../support/route";

// Staff's Czech texts for delivery and payment settings, against a real PostgreSQL: the admin forms' server actions
// (what they store, audit and refuse) and what a Czech shopper then reads at checkout and keeps on the order.

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
// Server actions (no Request) act as the test's session; route handlers read the request's own (absent) session.
vi.mock("@/lib/auth/current-user", async (original) => {
  const real = await original<typeof CurrentUserModule>();
  return {
    getCurrentUser: (request?: Request) => (request ? real.getCurrentUser(request) : Promise.resolve(session.user)),
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const db = createDb(inject("databaseUrl"), 4);
let staff: CurrentUser;
let customer: CurrentUser;
// A zone of its own (Uruguay, Paraguay: no other test delivers there), with one home delivery and one click & collect.
const ids = { zone: "", home: "", collect: "", pickup: "" };
let codInstructions: string | null = null;

beforeAll(async () => {
  staff = await createAccount(db, { role: "STAFF" });
  customer = await createAccount(db, { role: "CUSTOMER" });
  const zone = await db.deliveryZone.create({
    data: { name: `South ${randomUUID().slice(0, 6)}`, countries: ["PY", "UY"] },
  });
  const method = (name: string, description: string, kind: "HOME_DELIVERY" | "CLICK_AND_COLLECT") =>
    db.deliveryMethod.create({
      data: {
        zoneId: zone.id,
        name,
        description,
        kind,
        priceMinor: 500,
        currency: "EUR",
        paymentMethods: ["bank_transfer", "cash_on_delivery"],
      },
    });
  const pickup = await db.pickupLocation.create({
    data: {
      name: "Depot",
      line1: "Calle 1",
      city: "Montevideo",
      postalCode: "11000",
      country: "UY",
      openingHours: "Mon–Fri 9–17",
    },
  });
  Object.assign(ids, {
    zone: zone.id,
    home: (await method("Courier", "Two days", "HOME_DELIVERY")).id,
    collect: (await method("Collect", "Same day", "CLICK_AND_COLLECT")).id,
    pickup: pickup.id,
  });
  codInstructions =
    (
      await db.paymentMethodTranslation.findUnique({
        where: { method_language: { method: "cash_on_delivery", language: "cs" } },
      })
    )?.instructions ?? null;
});

afterAll(async () => {
  await db.deliveryZone.deleteMany({ where: { id: ids.zone } });
  await db.pickupLocation.deleteMany({ where: { id: ids.pickup } });
  await db.paymentMethodTranslation.upsert({
    where: { method_language: { method: "cash_on_delivery", language: "cs" } },
    create: { method: "cash_on_delivery", language: "cs", instructions: codInstructions },
    update: { instructions: codInstructions },
  });
  await db.$disconnect();
});

async function cart(): Promise<string> {
  const { variant } = await createTestVariant(db, { stock: 50, priceMinor: 1000 });
  const added = await call(addLine, "/api/cart/lines", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ variantId: variant.id, quantity: 1 }),
  });
  expect(added.status).toBe(201);
  return (added.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

async function options(cookie: string, language: string): Promise<CheckoutOptions & { language: string | null }> {
  const result = await call(getOptions, "/api/checkout/options?country=UY", {
    headers: { cookie, "accept-language": language },
  });
  expect(result.status).toBe(200);
  return { ...(result.body as CheckoutOptions), language: result.headers.get("content-language") };
}

const czech = (methodId: string) =>
  db.deliveryMethodTranslation.findUnique({ where: { methodId_language: { methodId, language: "cs" } } });

describe("delivery method translations", () => {
  it("are stored with an audit record, shown to a Czech shopper field by field, and kept on the order", async () => {
    session.user = staff;
    const saved = (await submit(saveDeliveryMethodTranslationsAction, {
      id: ids.home,
      "translations.cs.name": "Kurýr",
      "translations.cs.description": "",
    })) as FormState;
    expect(saved).toMatchObject({ status: "success" });
    expect(await czech(ids.home)).toMatchObject({ name: "Kurýr", description: null });
    const audits = (await auditRowsFor(db, ids.home)).filter((r) => r.action === "delivery_method.translate");
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: staff.id, before: { "cs.name": null }, after: { "cs.name": "Kurýr" } });

    // The same text again changes and records nothing.
    const again = (await submit(saveDeliveryMethodTranslationsAction, {
      id: ids.home,
      "translations.cs.name": "Kurýr",
    })) as FormState;
    expect(again.status).toBe("success");
    expect((await auditRowsFor(db, ids.home)).filter((r) => r.action === "delivery_method.translate")).toHaveLength(1);

    const cookie = await cart();
    const inCzech = await options(cookie, "cs-CZ,cs;q=0.9");
    expect(inCzech.language).toBe("cs");
    expect(inCzech.countryName).toBe("Uruguay");
    const home = inCzech.shippingMethods.find((m) => m.id === ids.home);
    // The description has no Czech text: the shop's own shows instead.
    expect(home).toMatchObject({ name: "Kurýr", description: "Two days" });
    expect(inCzech.paymentMethods.map((p) => p.name)).toContain("Dobírka");
    const inEnglish = await options(cookie, "en");
    expect(inEnglish.shippingMethods.find((m) => m.id === ids.home)).toMatchObject({ name: "Courier" });
    expect(inEnglish.paymentMethods.map((p) => p.name)).toContain("Cash on delivery");

    const placed = await call(checkout, "/api/checkout", {
      method: "POST",
      headers: { "content-type": "application/json", cookie, "accept-language": "cs" },
      body: JSON.stringify({
        email: "kupujici@example.com",
        shippingAddress: {
          name: "Ana Pérez",
          line1: "Calle 2",
          city: "Montevideo",
          postalCode: "11000",
          country: "UY",
        },
        shippingMethodId: ids.home,
        paymentMethod: "cash_on_delivery",
        termsAccepted: true,
        idempotencyKey: randomUUID(),
      }),
    });
    expect(placed.status).toBe(201);
    const { orderId } = placed.body as { orderId: string };
    expect(await db.order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({
      shippingMethod: "Kurýr",
      locale: "cs",
    });
  });

  it("show staff the stored Czech text, with the shop's own as the placeholder", async () => {
    session.user = staff;
    await submit(saveDeliveryMethodTranslationsAction, { id: ids.home, "translations.cs.name": "Kurýr" });
    const html = renderToStaticMarkup(await MethodPage({ params: Promise.resolve({ id: ids.home }) }));
    expect(html).toMatch(/<input[^>]*name="translations\.cs\.name"[^>]*>/);
    const input = /<input[^>]*name="translations\.cs\.name"[^>]*>/.exec(html)?.[0] ?? "";
    expect(input).toContain('value="Kurýr"');
    expect(input).toContain('placeholder="Courier"');
    expect(input).toContain('lang="cs"');
    const payments = renderToStaticMarkup(await PaymentsPage({ searchParams: Promise.resolve({}) }));
    expect(payments).toContain('name="translations.cs.instructions"');
  });

  it("a change made outside the shop reaches the checkout through the settings trigger", async () => {
    session.user = staff;
    await submit(saveDeliveryMethodTranslationsAction, { id: ids.collect, "translations.cs.name": "Odběr" });
    const cookie = await cart();
    expect((await options(cookie, "cs")).shippingMethods.find((m) => m.id === ids.collect)?.name).toBe("Odběr");
    // Another tool writes: no dropShopSettings in this process, only the NOTIFY.
    await db.$executeRaw`UPDATE delivery_method_translations SET name = 'Osobní odběr' WHERE "methodId" = ${ids.collect}::uuid`;
    await expect
      .poll(async () => (await options(cookie, "cs")).shippingMethods.find((m) => m.id === ids.collect)?.name, {
        timeout: 5_000,
      })
      .toBe("Osobní odběr");
  });

  it("two staff saving at once both land, each audited, with one row per language", async () => {
    const actor = actorOf(staff);
    const [a, b] = await Promise.all([
      saveDeliveryMethodTranslations(db, actor, ids.collect, { translations: { cs: { description: "Týž den" } } }),
      saveDeliveryMethodTranslations(db, actor, ids.collect, { translations: { cs: { name: "Výdejna" } } }),
    ]);
    expect([a.changed, b.changed]).toEqual([true, true]);
    expect(await czech(ids.collect)).toMatchObject({ name: "Výdejna", description: "Týž den" });
    expect(await db.deliveryMethodTranslation.count({ where: { methodId: ids.collect } })).toBe(1);
  });

  it.each([
    ["a name too long", { "translations.cs.name": "x".repeat(81) }, "translations.cs.name"],
    ["a two-line name", { "translations.cs.name": "Kurýr\nrychlý" }, "translations.cs.name"],
    ["a control character", { "translations.cs.description": "Dva dny\u0007" }, "translations.cs.description"],
    ["a description too long", { "translations.cs.description": "x".repeat(201) }, "translations.cs.description"],
    ["an unknown language", { "translations.xx.name": "Courier" }, "translations"],
    ["an unknown field", { "translations.cs.priceMinor": "0" }, "translations.cs"],
  ])("refuse %s as a field error, storing nothing", async (_what, bad, field) => {
    session.user = staff;
    const before = await czech(ids.home);
    const audits = (await auditRowsFor(db, ids.home)).length;
    const result = (await submit(saveDeliveryMethodTranslationsAction, {
      id: ids.home,
      "translations.cs.name": "Platný",
      ...bad,
    })) as FormState;
    expect(result.status).toBe("error");
    expect(Object.keys(result.fields ?? {}).some((key) => key.startsWith(field))).toBe(true);
    expect(await czech(ids.home)).toEqual(before);
    expect(await auditRowsFor(db, ids.home)).toHaveLength(audits);
  });

  it("answer an unknown method as an error, storing nothing", async () => {
    session.user = staff;
    const result = await submit(saveDeliveryMethodTranslationsAction, {
      id: randomUUID(),
      "translations.cs.name": "Nikdo",
    });
    expect(result).toMatchObject({ status: "error" });
    expect(await db.deliveryMethodTranslation.count({ where: { name: "Nikdo" } })).toBe(0);
  });

  it("a read-only API token cannot translate", async () => {
    await expect(
      saveDeliveryMethodTranslations(db, actorOf(staff, { scope: "READ" }), ids.home, {
        translations: { cs: { name: "Jen čtení" } },
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect((await czech(ids.home))?.name).not.toBe("Jen čtení");
  });
});

describe("pickup and payment translations", () => {
  it("show a Czech shopper the opening hours and payment instructions staff translated", async () => {
    session.user = staff;
    expect(
      await submit(savePickupLocationTranslationsAction, {
        id: ids.pickup,
        "translations.cs.openingHours": "Po–Pá 9–17",
      }),
    ).toMatchObject({ status: "success" });
    expect(
      await submit(savePaymentMethodTranslationsAction, {
        id: "cash_on_delivery",
        "translations.cs.instructions": "Platíte kurýrovi v hotovosti.",
      }),
    ).toMatchObject({ status: "success" });
    expect((await auditRowsFor(db, ids.pickup)).map((r) => r.action)).toContain("pickup_location.translate");
    expect(
      await db.auditLog.count({ where: { action: "payment_method.translate", actorId: staff.id } }),
    ).toBeGreaterThanOrEqual(1);

    const cookie = await cart();
    const inCzech = await options(cookie, "cs");
    const collect = inCzech.shippingMethods.find((m) => m.id === ids.collect);
    expect(collect?.pickupLocations.find((p) => p.id === ids.pickup)?.openingHours).toBe("Po–Pá 9–17");
    expect(inCzech.paymentMethods.find((p) => p.id === "cash_on_delivery")?.instructions).toBe(
      "Platíte kurýrovi v hotovosti.",
    );
    const inEnglish = await options(cookie, "en");
    expect(
      inEnglish.shippingMethods.find((m) => m.id === ids.collect)?.pickupLocations.find((p) => p.id === ids.pickup),
    ).toMatchObject({ openingHours: "Mon–Fri 9–17" });
  });

  it.each(["test", "bogus", ""])("refuse the payment method %j, storing nothing", async (method) => {
    session.user = staff;
    const before = await db.paymentMethodTranslation.count();
    const result = await submit(savePaymentMethodTranslationsAction, {
      id: method,
      "translations.cs.instructions": "Cokoli",
    });
    expect(result).toMatchObject({ status: "error" });
    expect(await db.paymentMethodTranslation.count()).toBe(before);
  });

  it("refuse instructions too long as a field error", async () => {
    session.user = staff;
    const result = (await submit(savePaymentMethodTranslationsAction, {
      id: "bank_transfer",
      "translations.cs.instructions": "x".repeat(1_001),
    })) as FormState;
    expect(result.fields?.["translations.cs.instructions"]).toBe("The instructions text has at most 1,000 characters.");
  });

  it.each([
    ["anonymous", () => null, "unauthenticated"],
    ["a customer", () => customer, "forbidden"],
  ])("%s is refused by every translations action before the form is read", async (_who, who, code) => {
    session.user = who();
    const rows = await Promise.all([
      db.deliveryMethodTranslation.count(),
      db.pickupLocationTranslation.count(),
      db.paymentMethodTranslation.count(),
    ]);
    expect(await submit(saveDeliveryMethodTranslationsAction, { id: ids.home, "translations.cs.name": "X" })).toEqual({
      thrown: code,
    });
    expect(
      await submit(savePickupLocationTranslationsAction, { id: ids.pickup, "translations.cs.openingHours": "X" }),
    ).toEqual({ thrown: code });
    expect(
      await submit(savePaymentMethodTranslationsAction, { id: "card", "translations.cs.instructions": "X" }),
    ).toEqual({ thrown: code });
    expect(
      await Promise.all([
        db.deliveryMethodTranslation.count(),
        db.pickupLocationTranslation.count(),
        db.paymentMethodTranslation.count(),
      ]),
    ).toEqual(rows);
  });
});
