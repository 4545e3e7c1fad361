import { randomUUID } from "node:crypto";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { testAccounts } from "../support/accounts";

// next-auth's standard routes under /api/auth, through HTTP against the running shop: the CSRF token and its cookie,
// the providers, the credentials sign-in (refused without the right CSRF token), the session, sign-out ending every
// older cookie, and hostile requests answered 4xx, never 500.

const SESSION_COOKIE = "next-auth.session-token";
const CSRF_COOKIE = "next-auth.csrf-token";
const json = { "content-type": "application/json" };
const form = { "content-type": "application/x-www-form-urlencoded" };

async function csrfToken(request: APIRequestContext): Promise<string> {
  const response = await request.get("/api/auth/csrf");
  expect(response.status()).toBe(200);
  const { csrfToken: token } = (await response.json()) as { csrfToken: string };
  return token;
}

async function newAccount(request: APIRequestContext, password: string): Promise<string> {
  const email = `next-auth-${randomUUID()}@example.com`;
  const created = await request.post("/api/account", { headers: json, data: { name: "Next Auth", email, password } });
  expect(created.status()).toBe(202);
  return email;
}

async function signIn(request: APIRequestContext, email: string, password: string) {
  return request.post("/api/auth/callback/credentials", {
    headers: json,
    data: { email, password, csrfToken: await csrfToken(request), json: true },
  });
}

async function sessionCookie(request: APIRequestContext): Promise<string | undefined> {
  return (await request.storageState()).cookies.find((c) => c.name === SESSION_COOKIE)?.value;
}

test("GET /api/auth/csrf returns a token and sets next-auth's double-submit cookie", async ({ request }) => {
  const response = await request.get("/api/auth/csrf");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { csrfToken: string };
  expect(body.csrfToken).toMatch(/^[0-9a-f]{64}$/);
  const setCookie = response.headers()["set-cookie"] ?? "";
  expect(setCookie).toContain(`${CSRF_COOKIE}=${body.csrfToken}%7C`);
  expect(setCookie).toMatch(/HttpOnly/i);
  // The same token again while the cookie lasts.
  expect(await csrfToken(request)).toBe(body.csrfToken);
});

test("GET /api/auth/providers lists the credentials provider", async ({ request }) => {
  const response = await request.get("/api/auth/providers");
  expect(response.status()).toBe(200);
  expect((await response.json()) as unknown).toMatchObject({
    credentials: {
      id: "credentials",
      type: "credentials",
      callbackUrl: expect.stringContaining("/api/auth/callback/credentials") as unknown,
    },
  });
});

test("a credentials sign-in without the CSRF token, or with another one, is refused with 403", async ({ request }) => {
  await csrfToken(request);
  for (const token of [undefined, "0".repeat(64)]) {
    const response = await request.post("/api/auth/callback/credentials", {
      headers: json,
      data: {
        email: testAccounts.customerEmail,
        password: testAccounts.customerPassword,
        csrfToken: token,
        json: true,
      },
    });
    expect(response.status()).toBe(403);
    expect((await response.json()) as unknown).toMatchObject({ error: { code: "forbidden" } });
    expect(await sessionCookie(request)).toBeUndefined();
  }
});

test("a wrong password is refused with the shop's one message, for JSON clients and for forms", async ({ request }) => {
  const refused = await signIn(request, testAccounts.customerEmail, "not the password 1");
  expect(refused.status()).toBe(401);
  expect((await refused.json()) as unknown).toMatchObject({
    error: { code: "unauthenticated", message: "The e-mail address or password is not correct." },
  });
  const unknown = await signIn(request, `nobody-${randomUUID()}@example.com`, "not the password 1");
  expect(unknown.status()).toBe(401);
  expect((await unknown.json()) as unknown).toMatchObject({
    error: { code: "unauthenticated", message: "The e-mail address or password is not correct." },
  });

  // A browser form posted straight to next-auth comes back to the shop's login page, with the reason.
  const posted = await request.post("/api/auth/callback/credentials", {
    headers: form,
    form: { email: testAccounts.customerEmail, password: "not the password 1", csrfToken: await csrfToken(request) },
    maxRedirects: 0,
  });
  expect(posted.status()).toBe(302);
  const next = await request.get(posted.headers().location ?? "", { maxRedirects: 0 });
  expect(next.headers().location).toMatch(/\/login\?error=unauthenticated$/);
  const page = await request.get("/login?error=unauthenticated");
  expect(await page.text()).toContain("The e-mail address or password is not correct.");
});

test("sign-in, session and sign-out through next-auth; the old cookie fails afterwards", async ({ playwright }) => {
  const baseURL = test.info().project.use.baseURL;
  const api = await playwright.request.newContext({ baseURL });
  const email = await newAccount(api, "next auth secret 123");
  const signedIn = await signIn(api, email, "next auth secret 123");
  expect(signedIn.status()).toBe(200);
  expect((await signedIn.json()) as unknown).toEqual({ url: expect.any(String) as unknown });
  const cookie = await sessionCookie(api);
  if (!cookie) throw new Error("no session cookie set");

  const session = await api.get("/api/auth/session");
  expect((await session.json()) as unknown).toMatchObject({ user: { email, role: "CUSTOMER" } });
  expect((await api.get("/api/account/export")).status()).toBe(200);

  const replay = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { cookie: `${SESSION_COOKIE}=${cookie}` },
  });
  expect((await replay.get("/api/account/export")).status()).toBe(200);

  const signedOut = await api.post("/api/auth/signout", {
    headers: json,
    data: { csrfToken: await csrfToken(api), json: true },
  });
  expect(signedOut.status()).toBe(200);
  expect(await sessionCookie(api)).toBeUndefined();
  // Signing out ended every session of the account: the copied cookie too.
  expect((await replay.get("/api/account/export")).status()).toBe(401);
  expect((await (await replay.get("/api/auth/session")).json()) as unknown).toEqual({});
  await Promise.all([api.dispose(), replay.dispose()]);
});

test("an account with two-factor sign-in gets no session from the password, only the code step", async ({
  request,
}) => {
  const response = await signIn(request, testAccounts.adminEmail, testAccounts.adminPassword);
  expect(response.status()).toBe(200);
  expect((await response.json()) as unknown).toEqual({
    url: expect.stringContaining("/login/two-factor?next=") as unknown,
  });
  const names = (await request.storageState()).cookies.map((c) => c.name);
  expect(names).not.toContain(SESSION_COOKIE);
  expect(names).toContain("two_factor_pending");
  expect((await request.get("/api/admin/whoami")).status()).toBe(401);
});

test.describe("hostile requests to /api/auth get 4xx, never 500", () => {
  const cases: {
    name: string;
    path: string;
    method?: "GET" | "POST";
    headers?: Record<string, string>;
    data?: string;
    status: number;
  }[] = [
    { name: "not JSON", path: "/api/auth/callback/credentials", headers: json, data: "{not json", status: 400 },
    { name: "a JSON array", path: "/api/auth/callback/credentials", headers: json, data: "[1,2]", status: 400 },
    {
      name: "a nested value",
      path: "/api/auth/callback/credentials",
      headers: json,
      data: '{"email":{"$gt":""}}',
      status: 400,
    },
    {
      name: "a NUL in a field",
      path: "/api/auth/callback/credentials",
      headers: form,
      data: "email=a%00b%40example.com",
      status: 400,
    },
    {
      name: "text/plain",
      path: "/api/auth/callback/credentials",
      headers: { "content-type": "text/plain" },
      data: "x",
      status: 415,
    },
    {
      name: "a foreign callback URL",
      path: "/api/auth/signin/credentials",
      headers: form,
      data: "callbackUrl=javascript%3Aalert(1)",
      status: 400,
    },
    {
      name: "an oversized body",
      path: "/api/auth/callback/credentials",
      headers: form,
      data: `email=${"a".repeat(8000)}`,
      status: 413,
    },
    {
      name: "a foreign origin",
      path: "/api/auth/signout",
      headers: { ...form, origin: "https://evil.example" },
      data: "csrfToken=x",
      status: 403,
    },
    { name: "an action the shop does not offer", path: "/api/auth/_log", headers: json, data: "{}", status: 404 },
    { name: "another provider", path: "/api/auth/callback/github", headers: json, data: "{}", status: 404 },
    { name: "a GET to the credentials callback", path: "/api/auth/callback/credentials", method: "GET", status: 404 },
    { name: "e-mail sign-in's page", path: "/api/auth/verify-request", method: "GET", status: 404 },
    {
      name: "a foreign callback URL in the query",
      path: "/api/auth/signin?callbackUrl=javascript:alert(1)",
      method: "GET",
      status: 400,
    },
    { name: "a path too deep", path: "/api/auth/callback/credentials/x", headers: json, data: "{}", status: 400 },
  ];
  for (const c of cases) {
    test(`${c.name} → ${c.status}`, async ({ request }) => {
      const response =
        c.method === "GET"
          ? await request.get(c.path, { maxRedirects: 0 })
          : await request.post(c.path, { headers: c.headers, data: c.data, maxRedirects: 0 });
      expect(response.status()).toBe(c.status);
    });
  }

  test("a callback-URL cookie that is not the shop's → 400", async ({ playwright }) => {
    for (const value of ["javascript:alert(1)", "%E0%A4%A"]) {
      const context = await playwright.request.newContext({
        baseURL: test.info().project.use.baseURL,
        extraHTTPHeaders: { cookie: `next-auth.callback-url=${value}` },
      });
      expect((await context.get("/api/auth/csrf")).status()).toBe(400);
      await context.dispose();
    }
  });
});
