import { readFileSync } from "node:fs";
import { request } from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { testAccounts } from "../support/accounts";
import { dynamicRoutes, dynamicSegmentCount, routeAddress } from "../support/app-routes";
import { FAULT_APP_PORTS, freePortIn } from "../support/free-port";
import { type HttpResult, send } from "../support/http-shopper";
import { type ShopProcess, startShopProcess } from "../support/shop-process";

// Requests an attacker sends on purpose, against the production server: addresses that cannot be decoded or carry
// NUL bytes, server actions from another site or from a customer, and forged forwarded hosts. Each is refused
// with a 4xx and the usual security headers, logged at warn, and never answered with a 5xx.

const url = inject("databaseUrl");
let shop: ShopProcess;

beforeAll(async () => {
  shop = await startShopProcess({ port: await freePortIn(...FAULT_APP_PORTS), databaseUrl: url });
});
afterAll(() => shop.kill());

function expectSecurityHeaders(result: HttpResult) {
  expect(result.headers.get("x-content-type-options")).toBe("nosniff");
  expect(result.headers.get("x-frame-options")).toBe("DENY");
  expect(result.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
}

describe("addresses that cannot be decoded, or decode to control characters", () => {
  it.each([
    ["/products/%E0%A4%A", "path"],
    ["/categories/%E0", "path"],
    ["/products/a%00b", "path"],
    ["/categories/a%1Bb", "path"],
    ["/search?q=a%00", "q"],
    ["/search?q=%E0%A4%A", "q"],
    ["/orders/%00?token=x", "path"],
    ["/search?%E0=1", "query"],
  ])("page %s → 400 with the shop's page", async (target) => {
    const result = await send(`${shop.baseUrl}${target}`);
    expect(result.status).toBe(400);
    expect(result.headers.get("content-type")).toContain("text/html");
    expect(String(result.body)).toContain("This address is not valid");
    expectSecurityHeaders(result);
  });

  it.each([
    ["/api/products/%E0%A4%A", "path"],
    ["/api/products/a%00", "path"],
    ["/api/products?q=a%00", "q"],
    ["/api/products?q=%E0%A4%A", "q"],
    ["/api/orders/%E0/invoice", "path"],
    ["/api/admin/products/%00", "path"],
  ])("API %s → 400 invalid_input naming %s", async (target, field) => {
    const result = await send(`${shop.baseUrl}${target}`);
    expect(result.status).toBe(400);
    expect(result.headers.get("content-type")).toContain("application/json");
    const error = (result.body as { error: { code: string; fields?: Record<string, string> } }).error;
    expect(error.code).toBe("invalid_input");
    expect(error.fields?.[field]).toBeTruthy();
    expectSecurityHeaders(result);
  });

  // Every page and route handler with a dynamic segment, read from app/: each segment in turn gets a broken
  // percent-encoding and a NUL byte, and the valid address a query with each.
  const routes = dynamicRoutes();
  const HOSTILE = ["%E0%A4%A", "%E0", "a%00b"];
  const table = routes.flatMap((route) => {
    const method = route.methods.includes("GET") ? "GET" : (route.methods[0] ?? "GET");
    const label = `${route.kind} ${route.folder} (${method})`;
    const inSegments = Array.from({ length: dynamicSegmentCount(route) }, (_, at) =>
      HOSTILE.map((value) => [label, method, routeAddress(route, at, value), "path"] as const),
    ).flat();
    const inQuery = ["a%00", "%E0%A4%A"].map(
      (value) => [label, method, `${routeAddress(route, -1, "x")}?q=${value}`, "q"] as const,
    );
    return [...inSegments, ...inQuery];
  });

  it("the table covers every dynamic route under app/", () => {
    // A walk that found nothing would make the table below pass without testing anything.
    expect(routes.length).toBeGreaterThanOrEqual(40);
    expect(routes.map((r) => r.folder)).toEqual(
      expect.arrayContaining([
        "app/(shop)/products/[slug]",
        "app/(shop)/categories/[slug]",
        "app/api/products/[slug]",
        "app/api/cart/lines/[line]",
        "app/media/[...path]",
        "app/admin/mailbox/[id]/attachments/[attachmentId]",
      ]),
    );
    for (const route of routes) expect(route.methods, route.folder).not.toEqual([]);
  });

  it.each(table)("%s: %s %s → 400", async (_label, method, target, field) => {
    const result = await send(`${shop.baseUrl}${target}`, {
      method,
      headers: method === "GET" ? {} : { origin: shop.baseUrl, "content-type": "application/json" },
      ...(method === "GET" ? {} : { body: "{}" }),
    });
    expect(result.status).toBe(400);
    expectSecurityHeaders(result);
    if (target.startsWith("/api/")) {
      expect(result.headers.get("content-type")).toContain("application/json");
      const error = (result.body as { error: { code: string; fields?: Record<string, string> } }).error;
      expect(error.code).toBe("invalid_input");
      expect(error.fields?.[field]).toBeTruthy();
    } else {
      expect(result.headers.get("content-type")).toContain("text/html");
      expect(String(result.body)).toContain("This address is not valid");
    }
  });

  it("refuses a write to an API path that cannot be decoded the same way", async () => {
    const result = await send(`${shop.baseUrl}/api/cart/lines/%E0%A4%A`, {
      method: "DELETE",
      headers: { origin: shop.baseUrl },
    });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ error: { code: "invalid_input" } });
  });

  it("refuses NUL in a JSON text field with a field error", async () => {
    const result = await send(`${shop.baseUrl}/api/account`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: shop.baseUrl },
      body: JSON.stringify({ name: "Mallory\u0000", email: "mallory@example.com", password: "a long enough password" }),
    });
    expect(result.status).toBe(400);
    const error = (result.body as { error: { code: string; fields?: Record<string, string> } }).error;
    expect(error.code).toBe("invalid_input");
    expect(error.fields?.name).toBeTruthy();
  });

  it("logs each refusal at warn, and none as an error", () => {
    expect(shop.logs.filter((l) => l.message === "request refused" && l.level === "warn").length).toBeGreaterThan(5);
    expect(shop.logs.filter((l) => l.level === "error")).toEqual([]);
  });
});

/** The id Next.js gave a server action in this build. */
function actionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { filename: string; exportedName: string }> };
  const entry = Object.entries(manifest.node).find(([, a]) => a.filename === file && a.exportedName === exportedName);
  if (!entry) throw new Error(`no server action ${exportedName} in ${file}`);
  return entry[0];
}

/** Calls a server action as the page's JavaScript does (a fetch with the Next-Action header). */
function callAction(page: string, id: string, headers: Record<string, string>) {
  return send(`${shop.baseUrl}${page}`, {
    method: "POST",
    headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", ...headers },
    body: "[]",
  });
}

async function logIn(email: string, password: string): Promise<string> {
  const login = await send(`${shop.baseUrl}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  const cookie = /next-auth\.session-token=[^;]+/.exec(login.headers.get("set-cookie") ?? "")?.[0];
  if (!cookie) throw new Error(`login failed: ${login.status}`);
  return cookie;
}

describe("server actions", () => {
  it.each([
    ["a foreign origin", { origin: "https://evil.example" }],
    ["an opaque origin (null)", { origin: "null" }],
    ["a cross-site fetch", { "sec-fetch-site": "cross-site" }],
    [
      "a foreign origin that also forges X-Forwarded-Host",
      { origin: "https://evil.example", "x-forwarded-host": "evil.example" },
    ],
  ])("posted from %s → 403", async (_label, headers) => {
    const result = await callAction(
      "/forgot-password",
      actionId("app/(account)/actions.ts", "forgotPasswordAction"),
      headers,
    );
    expect(result.status).toBe(403);
    expectSecurityHeaders(result);
  });

  it.each([
    ["a customer", () => logIn(testAccounts.customerEmail, testAccounts.customerPassword), 403],
    ["a visitor who is not logged in", () => Promise.resolve(""), 401],
  ])("a staff action called by %s is refused (403, or 401 without a session)", async (_label, cookieFor, status) => {
    const cookie = await cookieFor();
    const id = actionId("app/admin/categories/actions.ts", "createCategoryAction");
    const before = shop.logs.length;
    const result = await callAction("/admin/categories", id, { origin: shop.baseUrl, ...(cookie ? { cookie } : {}) });
    expect(result.status).toBe(status);
    expect(shop.logs.slice(before).filter((l) => l.level === "error")).toEqual([]);
    expect(shop.logs.slice(before)).toContainEqual(
      expect.objectContaining({ level: "warn", message: "server action refused" }),
    );
  });
});

/** The hidden inputs of the page's form with an e-mail field, as a browser without JavaScript sends them. */
function hiddenInputs(html: string): Record<string, string> {
  const form = (html.match(/<form[\s\S]*?<\/form>/g) ?? []).find((f) => f.includes('name="email"')) ?? "";
  const fields: Record<string, string> = {};
  for (const input of form.match(/<input[^>]*type="hidden"[^>]*>/g) ?? []) {
    const name = /name="([^"]*)"/.exec(input)?.[1];
    const value = /value="([^"]*)"/.exec(input)?.[1] ?? "";
    if (name)
      fields[name] = value
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, "&")
        .replace(/&#x27;/g, "'");
  }
  return fields;
}

describe("forwarded host headers", () => {
  it("a password reset asked for with X-Forwarded-Host: evil.example is no 5xx and links only to the shop", async () => {
    const db = createDb(url, 1);
    try {
      const page = await send(`${shop.baseUrl}/forgot-password`);
      const form = new FormData();
      for (const [name, value] of Object.entries(hiddenInputs(String(page.body)))) form.set(name, value);
      form.set("email", testAccounts.customerEmail);
      const since = new Date();
      for (const headers of [
        { "x-forwarded-host": "evil.example", origin: shop.baseUrl } as Record<string, string>,
        { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
      ]) {
        const result = await send(`${shop.baseUrl}/forgot-password`, { method: "POST", headers, body: form });
        expect(result.status).toBeGreaterThanOrEqual(200);
        expect(result.status).toBeLessThan(500);
      }
      const resets = await db.emailOutbox.findMany({
        where: { template: "password-reset", recipient: testAccounts.customerEmail, createdAt: { gte: since } },
      });
      expect(resets.length).toBeGreaterThan(0);
      for (const reset of resets) {
        const text = JSON.stringify(reset.payload);
        expect(text).toContain(`${shop.baseUrl}/reset-password`);
        expect(text).not.toContain("evil.example");
      }
    } finally {
      await db.$disconnect();
    }
  });
});

/** A request with headers fetch() will not send as given (Host above all). */
function rawRequest(
  target: string,
  options: { method?: string; headers: Record<string, string>; body?: string },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port: shop.port, path: target, method: options.method ?? "GET", headers: options.headers },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

describe("Host header games", () => {
  const forgotPassword = () => actionId("app/(account)/actions.ts", "forgotPasswordAction");
  it.each<[string, () => { target: string; method?: string; headers: Record<string, string>; body?: string }]>([
    [
      "a page asked for under a foreign Host",
      () => ({ target: "/products/cast-iron-skillet", headers: { host: "evil.example" } }),
    ],
    ["a page with a Host that is not a host name", () => ({ target: "/", headers: { host: "[::1" } })],
    ["a page with an empty Host", () => ({ target: "/", headers: { host: "" } })],
    [
      "a page with X-Forwarded-Host and X-Forwarded-Proto",
      () => ({ target: "/", headers: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" } }),
    ],
    [
      "a server action whose Origin matches a forged Host",
      () => ({
        target: "/forgot-password",
        method: "POST",
        headers: {
          host: "evil.example",
          origin: "https://evil.example",
          "next-action": forgotPassword(),
          "content-type": "text/plain;charset=UTF-8",
        },
        body: "[]",
      }),
    ],
    [
      "a server action with the shop's Origin and a forged X-Forwarded-Host",
      () => ({
        target: "/forgot-password",
        method: "POST",
        headers: {
          origin: shop.baseUrl,
          "x-forwarded-host": "evil.example",
          "next-action": forgotPassword(),
          "content-type": "text/plain;charset=UTF-8",
        },
        body: "[]",
      }),
    ],
    [
      "an API write under a foreign Host",
      () => ({
        target: "/api/cart/lines",
        method: "POST",
        headers: { host: "evil.example", origin: "https://evil.example", "content-type": "application/json" },
        body: "{}",
      }),
    ],
  ])("%s: no 5xx, no link to the forged host", async (_label, build) => {
    const before = shop.logs.length;
    const { target, ...options } = build();
    const result = await rawRequest(target, options);
    expect(result.status, result.body.slice(0, 500)).toBeGreaterThanOrEqual(200);
    expect(result.status, result.body.slice(0, 500)).toBeLessThan(500);
    expect(result.body).not.toMatch(/https?:\/\/evil\.example/);
    expect(shop.logs.slice(before).filter((l) => l.level === "error")).toEqual([]);
  });
});

describe("the benchmark pages", () => {
  // BENCH_PAGES is not set for this server, as for any shop that has not asked for them.
  it.each(["/bench/static", "/bench/dynamic"])("%s is not served by the production server", async (target) => {
    const result = await send(`${shop.baseUrl}${target}`);
    expect(result.status).toBe(404);
    expect(String(result.body)).not.toContain("A prerendered page");
  });
});
