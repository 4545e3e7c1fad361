import { readFileSync } from "node:fs";
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { bodyLimits } from "@/lib/http/body-limits";
import { testAccounts } from "../support/accounts";
import { unusedTotpCode } from "../support/totp";
import { FAULT_APP_PORTS, freePortIn } from "../support/free-port";
import { send } from "../support/http-shopper";
import { type ShopProcess, startShopProcess } from "../support/shop-process";

// Every kind of request body stops being read at its limit (lib/http/body-limits.ts) and gets 413 at once, however
// it is sent; a body that stalls is cut off with 408 after REQUEST_TIMEOUT_MS; and fifty such clients at once do
// not move the server's memory by more than their limits. Against the production server, through raw sockets, so
// the client keeps sending for as long as nobody stops it.

const url = inject("databaseUrl");
const json = "application/json";
const staff = () => ({ cookie: staffCookie });
const action = () => ({ "next-action": "0".repeat(42) });
const multipart = "multipart/form-data; boundary=x";
const TIMEOUT_MS = 1_500;
const UPLOAD_LIMIT = 64 * 1024;
let shop: ShopProcess;
let staffCookie = "";
let productId = "";

beforeAll(async () => {
  shop = await startShopProcess({
    port: await freePortIn(...FAULT_APP_PORTS),
    databaseUrl: url,
    env: { REQUEST_TIMEOUT_MS: String(TIMEOUT_MS), UPLOAD_MAX_IMAGE_BYTES: String(UPLOAD_LIMIT) },
  });
  // The seeded administrator has two-factor sign-in: the password, then a code with the pending cookie.
  const password = await send(`${shop.baseUrl}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: testAccounts.adminEmail, password: testAccounts.adminPassword }),
  });
  const pending = /two_factor_pending=[^;]+/.exec(password.headers.get("set-cookie") ?? "")?.[0] ?? "";
  const login = await send(`${shop.baseUrl}/api/session/two-factor`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: pending },
    body: JSON.stringify({ code: await unusedTotpCode(testAccounts.adminTotpSecret) }),
  });
  staffCookie = /next-auth\.session-token=[^;]+/.exec(login.headers.get("set-cookie") ?? "")?.[0] ?? "";
  expect(staffCookie).not.toBe("");
  const db = createDb(url, 1);
  productId = (await db.product.findFirstOrThrow({ select: { id: true } })).id;
  await db.$disconnect();
  // Each route's code is loaded by its first request; a small body does that, so the timings below measure the
  // refusals and not the loading.
  const headers = { origin: shop.baseUrl, cookie: staffCookie };
  for (const [target, type] of <[string, string][]>[
    [`/api/admin/products/${productId}/images`, "multipart/form-data; boundary=x"],
    ["/api/admin/products/import?mode=preview", "text/csv"],
    ["/api/admin/products", json],
    ["/api/cart/lines", json],
    ["/api/checkout", json],
  ]) {
    await send(`${shop.baseUrl}${target}`, {
      method: "POST",
      headers: { ...headers, "content-type": type },
      body: "x",
    });
  }
});
afterAll(() => shop.kill());

interface Outcome {
  status: number;
  ms: number;
  /** From the moment the body passed `limitBytes` to the answer. */
  msAfterLimit: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
  sentBytes: number;
}

/**
 * POSTs a body in 16 KB chunks (chunked encoding unless a length is declared) until the server answers, `total`
 * bytes are out, or `stallAfter` bytes are out (then it waits without ending the body).
 */
function stream(
  path: string,
  options: {
    contentType: string;
    headers?: Record<string, string>;
    total?: number;
    stallAfter?: number;
    limitBytes?: number;
  },
): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(`${shop.baseUrl}${path}`, {
      method: "POST",
      headers: { "content-type": options.contentType, origin: shop.baseUrl, ...options.headers },
    });
    // Headers go out at once, also when no body follows.
    req.flushHeaders();
    let sent = 0;
    let answered = false;
    let passedLimit = options.limitBytes === undefined ? started : 0;
    const chunk = Buffer.alloc(16 * 1024, "7");
    req.on("response", (res) => {
      answered = true;
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => {
        const now = performance.now();
        resolve({
          status: res.statusCode ?? 0,
          ms: now - started,
          msAfterLimit: now - (passedLimit || now),
          body,
          headers: res.headers,
          sentBytes: sent,
        });
        req.destroy();
      });
    });
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    const total = options.total ?? Number.POSITIVE_INFINITY;
    const pump = () => {
      while (!answered && sent < total) {
        if (options.stallAfter !== undefined && sent >= options.stallAfter) return;
        sent += chunk.length;
        if (!passedLimit && options.limitBytes !== undefined && sent > options.limitBytes)
          passedLimit = performance.now();
        if (!req.write(chunk)) {
          req.once("drain", pump);
          return;
        }
      }
      if (!answered && options.stallAfter === undefined) req.end();
    };
    pump();
  });
}

describe("bodies past their limit are refused with 413 at once", () => {
  it.each<[string, string, string, () => Record<string, string>, number]>([
    ["API JSON (add to cart)", "/api/cart/lines", json, () => ({}), bodyLimits.json.maxBytes],
    ["API JSON (checkout)", "/api/checkout", json, () => ({}), bodyLimits.json.maxBytes],
    ["API JSON (a new product, staff)", "/api/admin/products", json, staff, bodyLimits.productJson.maxBytes],
    ["server action", "/cart", "text/plain;charset=UTF-8", action, bodyLimits.form.maxBytes],
    ["form post to a page", "/contact", "application/x-www-form-urlencoded", () => ({}), bodyLimits.form.maxBytes],
    // The server under test has UPLOAD_MAX_IMAGE_BYTES = 64 KB; the table adds 64 KB for the multipart framing.
    ["multipart upload (staff)", "/api/admin/products/{product}/images", multipart, staff, 2 * UPLOAD_LIMIT],
    ["CSV import (staff)", "/api/admin/products/import?mode=preview", "text/csv", staff, bodyLimits.csv.maxBytes],
    [
      "Stripe webhook",
      "/api/webhooks/stripe",
      json,
      () => ({ "stripe-signature": "t=1,v1=0" }),
      bodyLimits.webhook.maxBytes,
    ],
  ])("%s: %s", async (_kind, path, contentType, headers, limitBytes) => {
    const outcome = await stream(path.replace("{product}", productId), { contentType, headers: headers(), limitBytes });
    expect(outcome.status, outcome.body).toBe(413);
    // Answered as soon as the body passed its limit, however much more the client had to send.
    expect(outcome.msAfterLimit).toBeLessThan(1_000);
    // Answered with the usual headers; the API in its JSON error shape.
    expect(outcome.headers["x-content-type-options"]).toBe("nosniff");
    expect(outcome.headers["content-security-policy"]).toBeTruthy();
    if (path.startsWith("/api/"))
      expect(JSON.parse(outcome.body)).toMatchObject({ error: { code: "payload_too_large" } });
  });

  it("refuses a declared Content-Length over the limit before any of the body is sent", async () => {
    const outcome = await stream("/api/cart/lines", {
      contentType: json,
      headers: { "content-length": String(10 * 1024 * 1024) },
      stallAfter: 0,
    });
    expect(outcome.status).toBe(413);
    expect(outcome.ms).toBeLessThan(1_000);
  });

  it("still accepts a body within its limit after all that", async () => {
    const outcome = await stream("/api/cart/lines", { contentType: json, total: 0 });
    expect(outcome.status).toBe(400);
  });
});

describe("a body that stalls is cut off after REQUEST_TIMEOUT_MS", () => {
  it.each<[string, string, string, () => Record<string, string>]>([
    ["API JSON", "/api/checkout", json, () => ({})],
    ["API JSON (a new product, staff)", "/api/admin/products", json, staff],
    ["server action", "/cart", "text/plain;charset=UTF-8", () => ({ "next-action": "0".repeat(42) })],
    ["form post to a page", "/contact", "application/x-www-form-urlencoded", () => ({})],
    ["multipart upload (staff)", "/api/admin/products/{product}/images", multipart, staff],
    ["CSV import (staff, streamed to the route)", "/api/admin/products/import?mode=preview", "text/csv", staff],
    ["Stripe webhook", "/api/webhooks/stripe", json, () => ({ "stripe-signature": "t=1,v1=0" })],
  ])("%s", async (_kind, path, contentType, headers) => {
    const outcome = await stream(path.replace("{product}", productId), {
      contentType,
      headers: headers(),
      stallAfter: 16 * 1024,
    });
    expect(outcome.status, outcome.body).toBe(408);
    expect(outcome.ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 100);
    expect(outcome.ms).toBeLessThan(TIMEOUT_MS + 2_000);
  });
});

function rssBytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return Number(match?.[1] ?? 0) * 1024;
}

describe("memory while fifty oversized bodies are in flight", () => {
  it("stays within the limits: each client offers 16 MB to a server action (1 MB limit)", async () => {
    const before = rssBytes(shop.pid);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssBytes(shop.pid))), 20);
    try {
      const outcomes = await Promise.all(
        Array.from({ length: 50 }, () =>
          stream("/cart", {
            contentType: "text/plain;charset=UTF-8",
            headers: action(),
            total: 16 * 1024 * 1024,
          }).catch((error: unknown) => ({ status: 0, sentBytes: 0, error: String(error) })),
        ),
      );
      // A client still writing when the server closes may see the reset before it reads the 413 (the server keeps
      // reading for a while first, but a busy machine can outlast that); every answer that arrived is a 413.
      const statuses = outcomes.map((o) => o.status);
      expect(statuses.filter((s) => s !== 413 && s !== 0)).toEqual([]);
      expect(statuses.filter((s) => s === 413).length).toBeGreaterThanOrEqual(45);
      // Reading every body whole would take 800 MB; held to the 1 MB limit it is at most 50 MB.
      const offered = outcomes.reduce((sum, o) => sum + o.sentBytes, 0);
      expect(offered).toBeGreaterThan(45 * 1024 * 1024);
    } finally {
      clearInterval(sampler);
    }
    const growthMb = (peak - before) / (1024 * 1024);
    console.log(`RSS before ${Math.round(before / 1048576)} MB, peak ${Math.round(peak / 1048576)} MB`);
    expect(growthMb).toBeLessThan(120);
  });
});
