import { randomUUID } from "node:crypto";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { testAccounts } from "../support/accounts";
import { unusedTotpCode } from "../support/totp";

// Sessions, roles, throttling and cross-site protection, through HTTP against the running shop.

const SESSION_COOKIE = "next-auth.session-token";
const json = { "content-type": "application/json" };

async function logIn(request: APIRequestContext, email: string, password: string) {
  const response = await request.post("/api/session", { headers: json, data: { email, password } });
  expect(response.status()).toBe(200);
  const cookie = (await request.storageState()).cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error("no session cookie set");
  return cookie;
}

test("the session cookie is HttpOnly and SameSite=Lax", async ({ request }) => {
  const response = await request.post("/api/session", {
    headers: json,
    data: { email: testAccounts.customerEmail, password: testAccounts.customerPassword },
  });
  const setCookie = response.headers()["set-cookie"] ?? "";
  expect(setCookie).toContain(`${SESSION_COOKIE}=`);
  expect(setCookie).toMatch(/HttpOnly/i);
  expect(setCookie).toMatch(/SameSite=lax/i);
});

test("an old session cookie fails after logout and after a password change", async ({ playwright, page }) => {
  const replay = (value: string) =>
    playwright.request.newContext({
      baseURL: test.info().project.use.baseURL,
      extraHTTPHeaders: { cookie: `${SESSION_COOKIE}=${value}` },
    });

  const email = `shopper-${randomUUID()}@example.com`;
  const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  expect(
    (
      await api.post("/api/account", { headers: json, data: { name: "Rep Lay", email, password: "first secret 123" } })
    ).status(),
  ).toBe(202);
  const first = await logIn(api, email, "first secret 123");
  const old = await replay(first.value);
  expect((await old.get("/api/account/export")).status()).toBe(200);
  expect((await api.delete("/api/session")).status()).toBe(204);
  expect((await old.get("/api/account/export")).status()).toBe(401);

  // Log in in the browser, keep that cookie, change the password there.
  await page.goto("/login");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill("first secret 123");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/account$/);
  const before = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE);
  if (!before) throw new Error("no browser session");
  await page.goto("/account/password");
  await page.getByLabel("Current password").fill("first secret 123");
  await page.getByLabel("New password").fill("second secret 456");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password has been changed" })).toBeVisible();
  const stale = await replay(before.value);
  expect((await stale.get("/api/account/export")).status()).toBe(401);
  // The device that made the change stays logged in.
  expect((await page.request.get("/api/account/export")).status()).toBe(200);
  await Promise.all([old.dispose(), stale.dispose(), api.dispose()]);
});

test.describe("staff-only handlers", () => {
  for (const header of [
    "middleware",
    "proxy",
    "src/proxy",
    "proxy:proxy:proxy:proxy:proxy",
    "middleware:middleware:middleware:middleware:middleware",
  ]) {
    test(`anonymous with x-middleware-subrequest: ${header} → 401`, async ({ request }) => {
      const response = await request.get("/api/admin/whoami", { headers: { "x-middleware-subrequest": header } });
      expect(response.status()).toBe(401);
      expect((await response.json()) as unknown).toMatchObject({ error: { code: "unauthenticated" } });
    });
  }

  test("anonymous → 401, customer → 403, admin → 200", async ({ playwright }) => {
    const baseURL = test.info().project.use.baseURL;
    const anonymous = await playwright.request.newContext({ baseURL });
    expect((await anonymous.get("/api/admin/whoami")).status()).toBe(401);

    const customer = await playwright.request.newContext({ baseURL });
    await logIn(customer, testAccounts.customerEmail, testAccounts.customerPassword);
    const refused = await customer.get("/api/admin/whoami");
    expect(refused.status()).toBe(403);
    expect((await refused.json()) as unknown).toMatchObject({ error: { code: "forbidden" } });

    // Administrators have two-factor sign-in: the password alone gives no session, the code then does.
    const admin = await playwright.request.newContext({ baseURL });
    const password = await admin.post("/api/session", {
      headers: json,
      data: { email: testAccounts.adminEmail, password: testAccounts.adminPassword },
    });
    expect(password.status()).toBe(200);
    expect((await password.json()) as unknown).toEqual({ twoFactorRequired: true });
    expect((await admin.storageState()).cookies.map((c) => c.name)).not.toContain(SESSION_COOKIE);
    expect((await admin.get("/api/admin/whoami")).status()).toBe(401);
    const code = await admin.post("/api/session/two-factor", {
      headers: json,
      data: { code: await unusedTotpCode(testAccounts.adminTotpSecret) },
    });
    expect(code.status()).toBe(200);
    const allowed = await admin.get("/api/admin/whoami");
    expect(allowed.status()).toBe(200);
    expect((await allowed.json()) as unknown).toMatchObject({
      user: { email: testAccounts.adminEmail, role: "ADMIN" },
    });
    await Promise.all([anonymous.dispose(), customer.dispose(), admin.dispose()]);
  });

  test("a role in the registration body is ignored", async ({ playwright }) => {
    const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    const email = `climber-${randomUUID()}@example.com`;
    const created = await api.post("/api/account", {
      headers: json,
      data: { name: "Climber", email, password: "a long secret 789", role: "ADMIN" },
    });
    expect(created.status()).toBe(202);
    await logIn(api, email, "a long secret 789");
    expect((await api.get("/api/admin/whoami")).status()).toBe(403);
    await api.dispose();
  });
});

test.describe("input and cross-site protection", () => {
  const cases: { name: string; headers: Record<string, string>; data: string; status: number; code: string }[] = [
    {
      name: "foreign Origin, text/plain body",
      headers: { origin: "https://evil.example", "content-type": "text/plain" },
      data: '{"email":"a@example.com","password":"x"}',
      status: 403,
      code: "forbidden",
    },
    {
      name: "cross-site fetch metadata",
      headers: { "sec-fetch-site": "cross-site", "content-type": "application/json" },
      data: '{"email":"a@example.com","password":"x"}',
      status: 403,
      code: "forbidden",
    },
    {
      name: "same origin but text/plain",
      headers: { "content-type": "text/plain" },
      data: '{"email":"a@example.com","password":"x"}',
      status: 415,
      code: "unsupported_media_type",
    },
    { name: "broken JSON", headers: json, data: "{", status: 400, code: "invalid_input" },
    {
      name: "e-mail as an array",
      headers: json,
      data: '{"email":["a@example.com"],"password":"x"}',
      status: 400,
      code: "invalid_input",
    },
    {
      name: "oversized body",
      headers: json,
      data: JSON.stringify({ email: "a@example.com", password: "x".repeat(5000) }),
      status: 413,
      code: "payload_too_large",
    },
  ];
  for (const c of cases) {
    test(`POST /api/session with ${c.name} → ${c.status}`, async ({ request }) => {
      const response = await request.post("/api/session", { headers: c.headers, data: c.data });
      expect(response.status()).toBe(c.status);
      expect((await response.json()) as unknown).toMatchObject({ error: { code: c.code } });
      expect(response.headers()["set-cookie"]).toBeUndefined();
    });
  }

  test("a cross-site POST to registration is refused and creates nothing", async ({ request }) => {
    const email = `csrf-${randomUUID()}@example.com`;
    const response = await request.post("/api/account", {
      headers: { origin: "https://evil.example", "content-type": "text/plain" },
      data: JSON.stringify({ name: "X", email, password: "a long secret 789" }),
    });
    expect(response.status()).toBe(403);
    expect(
      (await request.post("/api/session", { headers: json, data: { email, password: "a long secret 789" } })).status(),
    ).toBe(401);
  });
});

test("20 wrong logins from rotating X-Forwarded-For are throttled; the owner gets in after the window", async ({
  playwright,
}) => {
  const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const email = `target-${randomUUID()}@example.com`;
  expect(
    (
      await api.post("/api/account", { headers: json, data: { name: "Target", email, password: "owner secret 4242" } })
    ).status(),
  ).toBe(202);

  const statuses: number[] = [];
  let retryAfter = 0;
  for (let i = 0; i < 20; i++) {
    const response = await api.post("/api/session", {
      headers: { ...json, "x-forwarded-for": `203.0.113.${i + 1}` },
      data: { email, password: `guess number ${i}` },
    });
    statuses.push(response.status());
    if (response.status() === 429) retryAfter = Number(response.headers()["retry-after"]);
  }
  expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1);
  expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
  expect(statuses.at(-1)).toBe(429);
  expect(retryAfter).toBeGreaterThanOrEqual(1);

  // The owner is refused too while the window lasts, and gets in once it has passed.
  const during = await api.post("/api/session", { headers: json, data: { email, password: "owner secret 4242" } });
  expect(during.status()).toBe(429);
  const wait = Number(during.headers()["retry-after"]);
  await new Promise((resolve) => setTimeout(resolve, wait * 1000 + 200));
  const after = await api.post("/api/session", { headers: json, data: { email, password: "owner secret 4242" } });
  expect(after.status()).toBe(200);
  await api.dispose();
});
