import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { hashPassword } from "@/lib/accounts/password";
import { OIDC_FLOW_COOKIE, issueFlowCookie, readFlowCookie } from "@/lib/auth/oidc/flow-state";
import { createDb } from "@/lib/db/client";
import { testAccounts } from "../support/accounts";
import { FAULT_APP_PORTS, freePortIn } from "../support/free-port";
import { TestBrowser, type TestProvider, startTestProvider } from "../support/oidc-provider";
import { type ShopProcess, startShopProcess } from "../support/shop-process";

// Sign-in with an OpenID Connect provider, end to end: a real provider (oidc-provider) on loopback, the shop's
// production server, and a scripted browser. Authorisation code with PKCE, state and nonce; tampering refused; an
// e-mail address never hands over an existing account without its password; staff held to the shop's provider and
// domain.

const url = inject("databaseUrl");
const db = createDb(url, 2);
let shop: ShopProcess;
let provider: TestProvider;
let shopPort: number;

const SESSION = "next-auth.session-token";
const SHOP_HOST = "127.0.0.1";

beforeAll(async () => {
  shopPort = await freePortIn(...FAULT_APP_PORTS);
  const providerPort = await freePortIn(...FAULT_APP_PORTS);
  provider = await startTestProvider({
    port: providerPort,
    redirectUris: [`http://127.0.0.1:${shopPort}/api/auth/oidc/test/callback`],
  });
  shop = await startShopProcess({
    port: shopPort,
    databaseUrl: url,
    env: {
      OIDC_PROVIDERS: "test",
      OIDC_TEST_NAME: "Test ID",
      OIDC_TEST_ISSUER: provider.issuer,
      OIDC_TEST_CLIENT_ID: provider.clientId,
      OIDC_TEST_CLIENT_SECRET: provider.clientSecret,
      STAFF_SSO_ONLY: "test",
      STAFF_SSO_DOMAINS: "staff.example",
    },
  });
});
afterAll(async () => {
  await shop.stop();
  await provider.close();
  await db.$disconnect();
});

const start = (next = "/account") => `${shop.baseUrl}/api/auth/oidc/test?next=${encodeURIComponent(next)}`;
const isCallback = (u: string) => u.startsWith(`${shop.baseUrl}/api/auth/oidc/test/callback`);

function identity(email: string | undefined, emailVerified: boolean): string {
  const subject = `sub-${randomUUID()}`;
  provider.identities.set(subject, { email, emailVerified, name: "Ada Lovelace" });
  return subject;
}

/** Who the browser is signed in as, from the shop's personal-data export (401 when nobody). */
async function signedInEmail(browser: TestBrowser): Promise<string | null> {
  const response = await browser.request(`${shop.baseUrl}/api/account/export`);
  if (response.status === 401) return null;
  expect(response.status).toBe(200);
  const body = (await response.json()) as { profile?: { email?: string } };
  return body.profile?.email ?? null;
}

describe("sign in with an OpenID Connect provider", () => {
  it("creates a customer account on the first sign-in and signs in to it the next time", async () => {
    const email = `oidc-${randomUUID().slice(0, 8)}@example.com`;
    const subject = identity(email, true);
    const browser = new TestBrowser();
    const { url: landed, response } = await browser.go(start("/account"), subject);
    expect(landed).toBe(`http://localhost:${shopPort}/account`.replace("localhost", SHOP_HOST));
    expect(response?.status).toBe(200);
    expect(browser.cookie(SHOP_HOST, SESSION)).toBeTruthy();
    expect(browser.cookie(SHOP_HOST, OIDC_FLOW_COOKIE)).toBeUndefined();
    expect(await signedInEmail(browser)).toBe(email);
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true } });
    expect(user.role).toBe("CUSTOMER");
    expect(await db.oidcIdentity.count({ where: { provider: "test", subject, userId: user.id } })).toBe(1);

    const again = new TestBrowser();
    await again.go(start(), subject);
    expect(await signedInEmail(again)).toBe(email);
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("sends the authorisation request with PKCE (S256), state and nonce", async () => {
    const browser = new TestBrowser();
    const response = await browser.request(start());
    expect(response.status).toBe(303);
    const authorise = new URL(response.headers.get("location") ?? "");
    expect(authorise.origin).toBe(provider.issuer);
    expect(authorise.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorise.searchParams.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(authorise.searchParams.get("state")).toBeTruthy();
    expect(authorise.searchParams.get("nonce")).toBeTruthy();
    expect(authorise.searchParams.get("redirect_uri")).toBe(`${shop.baseUrl}/api/auth/oidc/test/callback`);
    const flow = readFlowCookie(browser.cookie(SHOP_HOST, OIDC_FLOW_COOKIE));
    expect(flow?.state).toBe(authorise.searchParams.get("state"));
  });

  it("refuses a callback whose state was tampered with, and signs nobody in", async () => {
    const subject = identity(`tamper-${randomUUID().slice(0, 8)}@example.com`, true);
    const browser = new TestBrowser();
    const { url: callback } = await browser.go(start(), subject, isCallback);
    const forged = new URL(callback);
    forged.searchParams.set("state", "forged-state-0123456789abcdef");
    const response = await browser.request(forged.toString());
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${shop.baseUrl}/login?signin=failed`);
    expect(browser.cookie(SHOP_HOST, SESSION)).toBeUndefined();
    expect(await signedInEmail(browser)).toBeNull();
  });

  it("refuses an ID token whose nonce is not the one this browser's flow sent", async () => {
    const subject = identity(`nonce-${randomUUID().slice(0, 8)}@example.com`, true);
    const browser = new TestBrowser();
    const { url: callback } = await browser.go(start(), subject, isCallback);
    const flow = readFlowCookie(browser.cookie(SHOP_HOST, OIDC_FLOW_COOKIE));
    if (!flow) throw new Error("no flow cookie");
    // A validly signed flow that expects another nonce: the provider's ID token carries the original one.
    const { provider: id, state, verifier, next } = flow;
    const other = issueFlowCookie({ provider: id, state, verifier, next, nonce: "another-nonce-0123456789abcdef" });
    browser.setCookie(SHOP_HOST, OIDC_FLOW_COOKIE, other);
    const response = await browser.request(callback);
    expect(response.headers.get("location")).toBe(`${shop.baseUrl}/login?signin=failed`);
    expect(await signedInEmail(browser)).toBeNull();
  });

  it("refuses a callback without this browser's flow cookie, or with a forged one", async () => {
    const subject = identity(`forged-${randomUUID().slice(0, 8)}@example.com`, true);
    const browser = new TestBrowser();
    const { url: callback } = await browser.go(start(), subject, isCallback);
    const stranger = new TestBrowser();
    const response = await stranger.request(callback);
    expect(response.headers.get("location")).toBe(`${shop.baseUrl}/login?signin=expired`);
    browser.setCookie(SHOP_HOST, OIDC_FLOW_COOKIE, `${browser.cookie(SHOP_HOST, OIDC_FLOW_COOKIE) ?? ""}x`);
    const forged = await browser.request(callback);
    expect(forged.headers.get("location")).toBe(`${shop.baseUrl}/login?signin=expired`);
    expect(await signedInEmail(browser)).toBeNull();
  });

  it("never links an unverified e-mail to the existing account that has it", async () => {
    const subject = identity(testAccounts.customerEmail, false);
    const browser = new TestBrowser();
    const { url: landed } = await browser.go(start(), subject);
    expect(landed).toBe(`${shop.baseUrl}/login?signin=unverified-email`);
    expect(await signedInEmail(browser)).toBeNull();
    expect(await db.oidcIdentity.count({ where: { subject } })).toBe(0);
  });

  it("links a verified e-mail to its existing account only after the owner's password", async () => {
    const subject = identity(testAccounts.customerEmail, true);
    const browser = new TestBrowser();
    const { url: landed, response } = await browser.go(start("/account"), subject);
    expect(landed).toBe(`${shop.baseUrl}/login?link=test&next=%2Faccount`);
    expect(await response?.text()).toContain("Log in with its password to link your Test ID account");
    expect(await signedInEmail(browser)).toBeNull();
    expect(await db.oidcIdentity.count({ where: { subject } })).toBe(0);

    const login = await browser.request(`${shop.baseUrl}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: testAccounts.customerEmail, password: testAccounts.customerPassword }),
    });
    expect(login.status).toBe(200);
    const customer = await db.user.findUniqueOrThrow({ where: { email: testAccounts.customerEmail } });
    expect(await db.oidcIdentity.count({ where: { subject, userId: customer.id } })).toBe(1);

    const later = new TestBrowser();
    await later.go(start(), subject);
    expect(await signedInEmail(later)).toBe(testAccounts.customerEmail);
  });

  it("holds staff to the shop's provider and domain: no password, no other domain", async () => {
    const password = "staff-password-0123";
    const email = `staff-${randomUUID().slice(0, 8)}@staff.example`;
    const outsider = `staff-${randomUUID().slice(0, 8)}@elsewhere.example`;
    const passwordHash = await hashPassword(password);
    await db.user.createMany({
      data: [
        { email, name: "Staff", passwordHash, role: "STAFF" },
        { email: outsider, name: "Outsider", passwordHash, role: "STAFF" },
      ],
    });
    const byPassword = await new TestBrowser().request(`${shop.baseUrl}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    });
    expect(byPassword.status).toBe(403);
    expect(((await byPassword.json()) as { error: { message: string } }).error.message).toBe(
      "Staff accounts sign in with the shop's identity provider.",
    );

    // The same rule through next-auth's credentials sign-in.
    const viaNextAuth = new TestBrowser();
    const csrf = (await (await viaNextAuth.request(`${shop.baseUrl}/api/auth/csrf`)).json()) as { csrfToken: string };
    const byNextAuth = await viaNextAuth.request(`${shop.baseUrl}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password, csrfToken: csrf.csrfToken, json: true }),
    });
    expect(byNextAuth.status).toBe(403);
    expect(((await byNextAuth.json()) as { error: { message: string } }).error.message).toBe(
      "Staff accounts sign in with the shop's identity provider.",
    );
    expect(await signedInEmail(viaNextAuth)).toBeNull();

    const browser = new TestBrowser();
    await browser.go(start(), identity(email, true));
    expect(await signedInEmail(browser)).toBe(email);

    const other = new TestBrowser();
    const { url: landed } = await other.go(start(), identity(outsider, true));
    expect(landed).toBe(`${shop.baseUrl}/login?signin=staff-domain`);
    expect(await signedInEmail(other)).toBeNull();
  });

  it("is listed by next-auth's GET /api/auth/providers beside the credentials provider", async () => {
    const response = await new TestBrowser().request(`${shop.baseUrl}/api/auth/providers`);
    expect(response.status).toBe(200);
    expect((await response.json()) as unknown).toMatchObject({
      credentials: { id: "credentials", type: "credentials" },
      test: {
        id: "test",
        name: "Test ID",
        type: "oidc",
        signinUrl: `${shop.baseUrl}/api/auth/oidc/test`,
        callbackUrl: `${shop.baseUrl}/api/auth/oidc/test/callback`,
      },
    });
  });

  it("answers 404 for a provider that is not configured", async () => {
    const response = await new TestBrowser().request(`${shop.baseUrl}/api/auth/oidc/nobody`);
    expect(response.status).toBe(404);
  });
});
