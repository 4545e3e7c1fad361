import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/accounts/types";
import type * as CurrentUserModule from "@/lib/auth/current-user";
import { markCashReceivedAction } from "@/app/admin/orders/actions";
import { saveBankAccountAction, savePaymentMethodAction } from "@/app/admin/payments/actions";
import { placeOrder } from "@/lib/checkout/place-order";
import { createDb } from "@/lib/db/client";
import { idleForm, type FormState } from "@/lib/http/form-state";
import { DEMO_DELIVERY } from "@/prisma/seed/delivery-data";
import { createAccount, form, submit } from "../support/admin-people";
import { checkoutInput, createTestVariant, guestCartWith } from "../support/fixtures";

// The admin Payments area and the order page's "Cash received" button, called as the browser calls them.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", async (original) => ({
  ...(await original<typeof CurrentUserModule>()),
  getCurrentUser: () => Promise.resolve(session.user),
}));

const db = createDb(inject("databaseUrl"), 4);
let staff: CurrentUser;
let customer: CurrentUser;
beforeAll(async () => {
  staff = await createAccount(db, { role: "STAFF" });
  customer = await createAccount(db, { role: "CUSTOMER" });
});
afterAll(() => db.$disconnect());

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
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

describe("Payments admin actions", () => {
  it.each([
    ["anonymous", () => null, "unauthenticated"],
    ["customer", () => customer, "forbidden"],
  ])("refuse %s before reading the form", async (_, who, code) => {
    session.user = who();
    expect(await submit(savePaymentMethodAction, { method: "cash_on_delivery", surcharge: "0" })).toEqual({
      thrown: code,
    });
    expect(await submit(markCashReceivedAction, { id: randomUUID() })).toEqual({ thrown: code });
  });

  it.each([
    ["a bad IBAN checksum", { iban: "CZ65 0800 0000 1920 0014 5398" }, "iban"],
    ["a bad BIC", { bic: "NOTABIC" }, "bic"],
    ["an unknown currency", { currency: "XYZ" }, "currency"],
    ["a currency that already has an account", { currency: "EUR" }, "currency"],
  ])("a bank account with %s is a field error and nothing is stored", async (_, overrides, field) => {
    session.user = staff;
    const before = await db.bankAccount.count();
    const state = await post(saveBankAccountAction, {
      currency: "GBP",
      accountHolder: "Northwind",
      iban: "GB33BUKB20201555555555",
      ...overrides,
    });
    expect(state).toMatchObject({ status: "error", fields: { [field]: expect.any(String) as string } });
    expect(await db.bankAccount.count()).toBe(before);
  });

  it.each([
    ["a negative surcharge", { method: "cash_on_delivery", surcharge: "-1" }, "surcharge"],
    ["0 reservation days", { method: "bank_transfer", reservationDays: "0" }, "reservationDays"],
    ["the test provider", { method: "test" }, "method"],
  ])("a payment setting with %s is a field error", async (_, values, field) => {
    session.user = staff;
    expect(await post(savePaymentMethodAction, values)).toMatchObject({
      status: "error",
      fields: { [field]: expect.any(String) as string },
    });
  });
});

describe("Cash received button", () => {
  it("pays a cash-on-delivery order once; a second press is refused", async () => {
    session.user = staff;
    const { variant } = await createTestVariant(db, { stock: 5, priceMinor: 2500 });
    const ref = await guestCartWith(db, [{ variantId: variant.id, quantity: 1 }]);
    const placed = await placeOrder(
      db,
      ref,
      checkoutInput({
        shippingAddress: undefined,
        recipient: { name: "Jana Nováková" },
        shippingMethodId: DEMO_DELIVERY.methods.clickAndCollect,
        pickupLocationId: DEMO_DELIVERY.pickupLocation,
        paymentMethod: "cash_on_delivery",
      }),
      { paymentProvider: "cash_on_delivery" },
    );
    expect(await post(markCashReceivedAction, { id: placed.orderId })).toEqual({
      redirect: `/admin/orders/${placed.orderId}?notice=cash-received`,
    });
    expect(await post(markCashReceivedAction, { id: placed.orderId })).toMatchObject({
      status: "error",
      message: expect.stringMatching(/already recorded/) as string,
    });
    const order = await db.order.findUniqueOrThrow({ where: { id: placed.orderId } });
    expect(order.status).toBe("PAID");
    expect(await db.invoice.count({ where: { orderId: placed.orderId } })).toBe(1);
  });
});
