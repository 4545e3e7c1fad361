import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/accounts/types";
import { PUT as putAddress } from "@/app/api/account/addresses/[id]/route";
import { GET as listAddresses, POST as postAddress } from "@/app/api/account/addresses/route";
import { addAddressAction } from "@/app/(account)/account/actions";
import { listAddresses as savedAddresses } from "@/lib/accounts/addresses";
import { placeOrder } from "@/lib/checkout/place-order";
import { checkoutFromForm, checkoutSchema } from "@/lib/checkout/schemas";
import { checkoutValuesFromSavedAddress } from "@/lib/checkout/values-from-saved-address";
import { createDb } from "@/lib/db/client";
import { idleForm } from "@/lib/http/form-state";
import { DEMO_DELIVERY } from "@/prisma/seed/delivery-data";
import { createAccount, form } from "../support/admin-people";
import { createTestVariant } from "../support/fixtures";
import { call, errorOf } from "../support/route";

// A saved address may carry a business buyer's company (name, registration number, VAT ID) under the same rules as
// the checkout, and choosing it at checkout puts the company on the order.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: () => Promise.resolve(session.user),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const db = createDb(inject("databaseUrl"), 4);
let customer: CurrentUser;
afterAll(() => db.$disconnect());
beforeAll(async () => {
  customer = await createAccount(db);
});

const home = {
  fullName: "Jana Nováková",
  line1: "Dlouhá 12",
  city: "Praha",
  postalCode: "110 00",
  country: "CZ",
};
const company = { companyName: "Pražská Obchodní s.r.o.", companyRegistrationNumber: "27082440" };

const send = (method: string, body: unknown) => ({
  method,
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

async function post(body: unknown) {
  session.user = customer;
  return call(postAddress, "/api/account/addresses", send("POST", body));
}

describe("saved addresses with a company", () => {
  it("saves the company with its VAT ID normalised, lists it and clears it on a PUT without it", async () => {
    const saved = await post({ ...home, ...company, companyVatId: "cz 270 824 40" });
    expect(saved.status).toBe(201);
    const body = saved.body as { id: string };
    expect(saved.body).toMatchObject({ ...company, companyVatId: "CZ27082440" });
    const list = await call(listAddresses, "/api/account/addresses");
    expect((list.body as { items: unknown[] }).items).toContainEqual(saved.body);

    const replaced = await call(putAddress, `/api/account/addresses/${body.id}`, {
      ...send("PUT", home),
      params: { id: body.id },
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ companyName: "", companyRegistrationNumber: "", companyVatId: "" });
  });

  it("keeps markup and formula-like names as plain text", async () => {
    const hostile = '<script>alert(1)</script> =HYPERLINK("x")';
    const saved = await post({ ...home, companyName: hostile });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ companyName: hostile });
  });

  it.each([
    [
      "a VAT ID without an EU country code",
      { ...company, companyVatId: "US123456789" },
      "companyVatId",
      /EU country code/,
    ],
    ["a Greek VAT ID with GR", { ...company, companyVatId: "GR123456789" }, "companyVatId", /start with EL/],
    ["a Czech VAT ID too short", { ...company, companyVatId: "CZ1234" }, "companyVatId", /CZ and 8 to 10 digits/],
    ["a VAT ID as a number", { ...company, companyVatId: 27082440 }, "companyVatId", /./],
    ["a VAT ID without a company name", { companyVatId: "CZ27082440" }, "companyName", /Company name is required/],
    [
      "a registration number without a company name",
      { companyRegistrationNumber: "27082440" },
      "companyName",
      /Company name is required/,
    ],
    ["a company name over 120 characters", { companyName: "x".repeat(121) }, "companyName", /120/],
    ["a line break in the company name", { companyName: "Evil\r\nBcc: x@example.com" }, "companyName", /single line/],
    ["a NUL byte in the company name", { companyName: "Co\u0000rp" }, "companyName", /./],
    [
      "markup in the registration number",
      { ...company, companyRegistrationNumber: "<b>1</b>" },
      "companyRegistrationNumber",
      /letters and digits/,
    ],
    [
      "SQL in the registration number",
      { ...company, companyRegistrationNumber: "1'; DROP TABLE addresses;--" },
      "companyRegistrationNumber",
      /letters and digits/,
    ],
  ])("refuses %s with a 400 on that field, storing nothing", async (_label, patch, field, message) => {
    const before = await db.address.count({ where: { userId: customer.id } });
    const result = await post({ ...home, ...patch });
    expect(result.status).toBe(400);
    const error = errorOf(result.body);
    expect(error.code).toBe("invalid_input");
    expect(Object.keys(error.fields ?? {})).toEqual([field]);
    expect(error.fields?.[field]).toMatch(message);
    expect(await db.address.count({ where: { userId: customer.id } })).toBe(before);
  });

  it("the account page's form applies the same rules and saves a valid company", async () => {
    session.user = customer;
    const refused = await addAddressAction(idleForm, form({ ...home, companyVatId: "CZ27082440" }));
    expect(refused.status).toBe("error");
    expect(refused.fields).toEqual({ companyName: "Company name is required." });
    const wrongVat = await addAddressAction(idleForm, form({ ...home, ...company, companyVatId: "DE12" }));
    expect(wrongVat.fields).toEqual({ companyVatId: "A VAT ID from DE is DE and 9 digits." });
    const saved = await addAddressAction(idleForm, form({ ...home, ...company, companyVatId: "de 123456789" }));
    expect(saved.status).toBe("success");
    expect(await savedAddresses(db, customer.id)).toContainEqual(
      expect.objectContaining({ ...company, companyVatId: "DE123456789" }),
    );
    session.user = null;
    const before = await db.address.count();
    const anonymous = await addAddressAction(idleForm, form({ ...home, ...company }));
    expect(anonymous).toMatchObject({ status: "error", message: "Log in to continue." });
    expect(await db.address.count()).toBe(before);
  });

  it("refuses a VAT ID without a company name at the database too", async () => {
    const saved = await post({ ...home, ...company });
    const { id } = saved.body as { id: string };
    await expect(
      db.$executeRaw`UPDATE addresses SET "companyName" = '', "companyVatId" = 'CZ27082440' WHERE id = ${id}::uuid`,
    ).rejects.toThrow(/addresses_company_named_check/);
  });
});

describe("a saved company address at checkout", () => {
  function checkoutWith(values: Record<string, string>) {
    const data = form({
      ...values,
      email: customer.email,
      shippingMethodId: DEMO_DELIVERY.methods.domesticStandard,
      paymentMethod: "test",
      idempotencyKey: randomUUID(),
      termsAccepted: "on",
    });
    data.set("country", "CZ");
    return checkoutSchema.safeParse(checkoutFromForm(data, true));
  }

  it("fills the delivery address and the company, which the order records", async () => {
    const saved = await post({ ...home, ...company, companyVatId: "CZ27082440", phone: "+420 601 234 567" });
    const address = (await savedAddresses(db, customer.id)).find((a) => a.id === (saved.body as { id: string }).id);
    if (!address) throw new Error("saved address not listed");
    const values = checkoutValuesFromSavedAddress(address);
    expect(values).toMatchObject({ asCompany: "on", companyName: company.companyName, line1: home.line1 });
    const parsed = checkoutWith(values);
    if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));

    const { variant } = await createTestVariant(db, { stock: 2 });
    const cart = await db.cart.upsert({ where: { userId: customer.id }, update: {}, create: { userId: customer.id } });
    await db.cartLine.create({ data: { cartId: cart.id, variantId: variant.id, quantity: 1 } });
    const placed = await placeOrder(db, { userId: customer.id, cartId: null }, parsed.data, {
      paymentProvider: "test",
    });
    const order = await db.order.findUniqueOrThrow({ where: { id: placed.orderId } });
    expect(order.buyerCompany).toEqual({
      name: company.companyName,
      registrationNumber: company.companyRegistrationNumber,
      vatId: "CZ27082440",
    });
    expect(order.shippingAddress).toMatchObject({ name: home.fullName, line1: home.line1, country: "CZ" });
  });

  it("leaves the company unticked for a private address", async () => {
    const saved = await post(home);
    const address = (await savedAddresses(db, customer.id)).find((a) => a.id === (saved.body as { id: string }).id);
    if (!address) throw new Error("saved address not listed");
    const parsed = checkoutWith(checkoutValuesFromSavedAddress(address));
    expect(parsed.success && parsed.data.company).toBeUndefined();
  });

  it("checks a saved VAT ID again at checkout (one rule for both), so a stale one is refused there", async () => {
    const saved = await post({ ...home, ...company });
    const { id } = saved.body as { id: string };
    // Stored before a rule changed, say: the checkout does not trust it.
    await db.address.update({ where: { id }, data: { companyVatId: "CZ12" } });
    const address = (await savedAddresses(db, customer.id)).find((a) => a.id === id);
    if (!address) throw new Error("saved address not listed");
    const parsed = checkoutWith(checkoutValuesFromSavedAddress(address));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(["company.vatId"]);
  });
});
