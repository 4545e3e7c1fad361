import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { DELETE as deleteAddress, GET as getAddress, PUT as putAddress } from "@/app/api/account/addresses/[id]/route";
import { GET as listAddresses, POST as addAddress } from "@/app/api/account/addresses/route";
import { SESSION_COOKIE, issueSessionToken } from "@/lib/auth/session-token";
import { createDb } from "@/lib/db/client";
import { call, errorOf } from "../support/route";

// /api/account/addresses: the signed-in customer's saved addresses, PUT replacing one whole. Real sessions: the
// cookie a login sets, checked against the database as on every request.

const db = createDb(inject("databaseUrl"), 2);
afterAll(() => db.$disconnect());

async function customer() {
  const user = await db.user.create({
    data: { email: `addr-${randomUUID()}@example.com`, name: "Address Owner", passwordHash: "x" },
  });
  const token = await issueSessionToken({ userId: user.id, sessionVersion: user.sessionVersion, secondFactor: false });
  return { id: user.id, cookie: `${SESSION_COOKIE}=${token}` };
}

const full = {
  fullName: "Jana Nováková",
  line1: "Dlouhá 12",
  line2: "3. patro",
  city: "Praha",
  postalCode: "110 00",
  country: "CZ",
  phone: "+420 123 456 789",
};

const send = (method: string, body: unknown, cookie?: string, extra: Record<string, string> = {}) => ({
  method,
  headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}), ...extra },
  body: typeof body === "string" ? body : JSON.stringify(body),
});

async function saved(cookie: string, body: unknown = full) {
  const result = await call(addAddress, "/api/account/addresses", send("POST", body, cookie));
  expect(result.status).toBe(201);
  return result.body as typeof full & { id: string };
}

function put(id: string, body: unknown, cookie?: string, extra: Record<string, string> = {}) {
  return call(putAddress, `/api/account/addresses/${id}`, { ...send("PUT", body, cookie, extra), params: { id } });
}

const stored = (id: string) =>
  db.address.findUnique({
    where: { id },
    select: { fullName: true, line1: true, line2: true, city: true, postalCode: true, country: true, phone: true },
  });

describe("/api/account/addresses", () => {
  it("saves, lists, gets and deletes the customer's own addresses", async () => {
    const owner = await customer();
    const address = await saved(owner.cookie);
    expect(address).toMatchObject(full);
    const list = await call(listAddresses, "/api/account/addresses", { headers: { cookie: owner.cookie } });
    expect(list.body).toEqual({ items: [address] });
    const one = await call(getAddress, `/api/account/addresses/${address.id}`, {
      headers: { cookie: owner.cookie },
      params: { id: address.id },
    });
    expect(one.body).toEqual(address);
    const removed = await call(deleteAddress, `/api/account/addresses/${address.id}`, {
      method: "DELETE",
      headers: { cookie: owner.cookie },
      params: { id: address.id },
    });
    expect(removed.status).toBe(204);
    expect(await db.address.count({ where: { userId: owner.id } })).toBe(0);
  });

  it("PUT replaces the address whole (a field left out is cleared), and the same PUT twice gives the same state", async () => {
    const owner = await customer();
    const { id } = await saved(owner.cookie);
    const replacement = {
      fullName: "Jana Dvořáková",
      line1: "Krátká 1",
      city: "Brno",
      postalCode: "602 00",
      country: "cz",
    };
    const expected = { ...replacement, country: "CZ", line2: "", phone: "" };

    const first = await put(id, replacement, owner.cookie);
    expect(first.status).toBe(200);
    const noCompany = { companyName: "", companyRegistrationNumber: "", companyVatId: "" };
    expect(first.body).toEqual({ id, ...expected, ...noCompany });
    expect(await stored(id)).toEqual(expected);

    const second = await put(id, replacement, owner.cookie);
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(await stored(id)).toEqual(expected);
    expect(await db.address.count({ where: { userId: owner.id } })).toBe(1);
  });

  it.each([
    ["no full name", { ...full, fullName: "" }, "fullName"],
    ["no street address", { line1: undefined }, "line1"],
    ["a postal code past its length", { postalCode: "1".repeat(21) }, "postalCode"],
    ["a country that is not a code", { country: "Czechia" }, "country"],
    ["letters in the phone number", { phone: "call me" }, "phone"],
    ["a NUL byte in the city", { city: "Pra\u0000ha" }, "city"],
    ["a number for the city", { city: 42 }, "city"],
    ["an unknown field (a different owner)", { userId: randomUUID() }, ""],
  ])("PUT with %s → 400 naming the field, nothing stored", async (_label, patch, field) => {
    const owner = await customer();
    const { id } = await saved(owner.cookie);
    const result = await put(id, { ...full, ...patch }, owner.cookie);
    expect(result.status).toBe(400);
    const error = errorOf(result.body);
    expect(error.code).toBe("invalid_input");
    if (field) expect(Object.keys(error.fields ?? {})).toEqual([field]);
    else expect(Object.keys(error.fields ?? {}).length).toBeGreaterThan(0);
    expect(await stored(id)).toEqual(full);
  });

  it.each([
    ["malformed JSON", "{", {}, 400],
    ["a text/plain body", JSON.stringify(full), { "content-type": "text/plain" }, 415],
    ["a 1 MB body", JSON.stringify({ ...full, line1: "x".repeat(1024 * 1024) }), {}, 413],
    ["a foreign Origin", full, { origin: "https://evil.example" }, 403],
  ])("PUT with %s → %i, nothing stored", async (_label, body, headers, status) => {
    const owner = await customer();
    const { id } = await saved(owner.cookie);
    const result = await put(id, body, owner.cookie, headers);
    expect(result.status).toBe(status);
    expect(errorOf(result.body).code).toBeTruthy();
    expect(await stored(id)).toEqual(full);
  });

  it("answers 401 without a session, or with a forged or ended one, before reading the body", async () => {
    const owner = await customer();
    const { id } = await saved(owner.cookie);
    for (const cookie of [undefined, `${SESSION_COOKIE}=forged`]) {
      expect((await put(id, { ...full, city: "Brno" }, cookie)).status).toBe(401);
      expect((await put(id, "not even JSON", cookie)).status).toBe(401);
      const list = await call(listAddresses, "/api/account/addresses", { headers: cookie ? { cookie } : {} });
      expect(list.status).toBe(401);
    }
    await db.user.update({ where: { id: owner.id }, data: { sessionVersion: { increment: 1 } } });
    expect((await put(id, { ...full, city: "Brno" }, owner.cookie)).status).toBe(401);
    expect(await stored(id)).toEqual(full);
  });

  it("answers 404 for another customer's address on GET, PUT and DELETE, and leaves it alone", async () => {
    const owner = await customer();
    const intruder = await customer();
    const { id } = await saved(owner.cookie);
    const seen = await call(getAddress, `/api/account/addresses/${id}`, {
      headers: { cookie: intruder.cookie },
      params: { id },
    });
    expect(seen.status).toBe(404);
    expect((await put(id, { ...full, city: "Elsewhere" }, intruder.cookie)).status).toBe(404);
    const removed = await call(deleteAddress, `/api/account/addresses/${id}`, {
      method: "DELETE",
      headers: { cookie: intruder.cookie },
      params: { id },
    });
    expect(removed.status).toBe(404);
    expect(await stored(id)).toEqual(full);
    expect((await put(randomUUID(), full, owner.cookie)).status).toBe(404);
    const badId = await call(getAddress, "/api/account/addresses/1%20OR%201=1", {
      headers: { cookie: owner.cookie },
      params: { id: "1 OR 1=1" },
    });
    expect(badId.status).toBe(400);
  });
});
