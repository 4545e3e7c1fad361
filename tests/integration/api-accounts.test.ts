import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { POST as register } from "@/app/api/account/route";
import { POST as logIn } from "@/app/api/session/route";
import { createDb } from "@/lib/db/client";
import { testAccounts } from "../support/accounts";
import { call, errorOf } from "../support/route";

const db = createDb(inject("databaseUrl"), 2);
afterAll(() => db.$disconnect());

const json = { "content-type": "application/json" };
// Each call comes from its own address, so the per-address limits never interfere between cases.
const from = () => ({
  "x-forwarded-for": `198.51.100.7, 10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
});
const body = (value: unknown) => JSON.stringify(value);

describe("POST /api/account (registration)", () => {
  it("creates a customer even when the body asks for another role, and answers 202", async () => {
    const email = `api-${randomUUID()}@example.com`;
    const res = await call(register, "/api/account", {
      method: "POST",
      headers: { ...json, ...from() },
      body: body({ name: "Api Shopper", email, password: "a long secret 789", role: "ADMIN" }),
    });
    expect(res.status).toBe(202);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.role).toBe("CUSTOMER");
  });

  it("answers an existing e-mail exactly like a new one", async () => {
    const fresh = await call(register, "/api/account", {
      method: "POST",
      headers: { ...json, ...from() },
      body: body({ name: "A", email: `api-${randomUUID()}@example.com`, password: "a long secret 789" }),
    });
    const existing = await call(register, "/api/account", {
      method: "POST",
      headers: { ...json, ...from() },
      body: body({ name: "A", email: testAccounts.customerEmail, password: "a long secret 789" }),
    });
    expect(existing.status).toBe(fresh.status);
    expect(existing.text).toBe(fresh.text);
  });

  it.each([
    ["missing fields", json, body({}), 400, "invalid_input", ["name", "email", "password"]],
    [
      "short password",
      json,
      body({ name: "A", email: "a@example.com", password: "short" }),
      400,
      "invalid_input",
      ["password"],
    ],
    [
      "common password",
      json,
      body({ name: "A", email: "a@example.com", password: "password1234" }),
      400,
      "invalid_input",
      ["password"],
    ],
    [
      "e-mail with a header injection",
      json,
      body({ name: "A", email: "a@example.com\r\nBcc: x@evil.example", password: "a long secret 789" }),
      400,
      "invalid_input",
      ["email"],
    ],
    [
      "name as an object",
      json,
      body({ name: { $ne: 1 }, email: "a@example.com", password: "a long secret 789" }),
      400,
      "invalid_input",
      ["name"],
    ],
    [
      "text/plain from a foreign origin",
      { "content-type": "text/plain", origin: "https://evil.example" },
      body({ name: "A", email: "a@example.com", password: "a long secret 789" }),
      403,
      "forbidden",
      [],
    ],
    [
      "cross-site fetch",
      { ...json, "sec-fetch-site": "cross-site" },
      body({ name: "A", email: "a@example.com", password: "a long secret 789" }),
      403,
      "forbidden",
      [],
    ],
    ["not JSON", { "content-type": "application/x-www-form-urlencoded" }, "name=A", 415, "unsupported_media_type", []],
  ])("%s is refused", async (_name, headers, payload, status, code, fields) => {
    const res = await call(register, "/api/account", {
      method: "POST",
      headers: { ...headers, ...from() },
      body: payload,
    });
    expect(res.status).toBe(status);
    const error = errorOf(res.body);
    expect(error.code).toBe(code);
    for (const field of fields) expect(error.fields?.[field]).toBeTruthy();
    expect(res.text).not.toMatch(/prisma|stack|at \//i);
  });
});

describe("POST /api/session (login) failures", () => {
  it.each([
    [
      "wrong password",
      json,
      body({ email: testAccounts.customerEmail, password: "not the password" }),
      401,
      "unauthenticated",
    ],
    [
      "unknown e-mail",
      json,
      body({ email: `nobody-${randomUUID()}@example.com`, password: "whatever 123" }),
      401,
      "unauthenticated",
    ],
    ["missing password", json, body({ email: testAccounts.customerEmail }), 400, "invalid_input"],
    ["foreign origin", { "content-type": "text/plain", origin: "https://evil.example" }, "{}", 403, "forbidden"],
  ])("%s is refused", async (_name, headers, payload, status, code) => {
    const res = await call(logIn, "/api/session", {
      method: "POST",
      headers: { ...headers, ...from() },
      body: payload,
    });
    expect(res.status).toBe(status);
    expect(errorOf(res.body).code).toBe(code);
    expect(res.headers.get("set-cookie")).toBeNull();
  });

  it("gives a wrong password and an unknown e-mail the same message", async () => {
    const wrong = await call(logIn, "/api/session", {
      method: "POST",
      headers: { ...json, ...from() },
      body: body({ email: testAccounts.customerEmail, password: "not the password" }),
    });
    const unknown = await call(logIn, "/api/session", {
      method: "POST",
      headers: { ...json, ...from() },
      body: body({ email: `nobody-${randomUUID()}@example.com`, password: "not the password" }),
    });
    expect(errorOf(wrong.body).message).toBe(errorOf(unknown.body).message);
  });
});
