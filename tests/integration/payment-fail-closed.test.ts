import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/accounts/types";
import type * as CurrentUserModule from "@/lib/auth/current-user";
import type { CheckoutOptions } from "@/lib/checkout/checkout-options";
import { createDb } from "@/lib/db/client";
import { entryArgs } from "@/lib/runtime/server-process";
import { DEMO_DELIVERY } from "@/prisma/seed/delivery-data";
import { createAccount } from "../support/admin-people";
import { createTestVariant } from "../support/fixtures";
import { call, errorOf } from "../support/route";

// Fail closed: a deployment with its own database (DATABASE_URL), no Stripe keys and no PAYMENT_TEST_MODE takes
// neither card nor test payments, whatever staff switched on, and says why in the admin. The configuration is read
// once per process (lib/env.ts), so this file sets the environment and then loads the app's modules afresh; the
// demo settings it runs against have card and test payment switched on.

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", async (original) => ({
  ...(await original<typeof CurrentUserModule>()),
  getCurrentUser: () => Promise.resolve(session.user),
}));

type Route = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const routes = { options: null as Route | null, checkout: null as Route | null, addLine: null as Route | null };
let PaymentsPage: (props: { searchParams: Promise<Record<string, string>> }) => Promise<React.ReactElement>;

const db = createDb(inject("databaseUrl"), 2);

beforeAll(async () => {
  vi.stubEnv("PAYMENT_TEST_MODE", undefined);
  vi.stubEnv("STRIPE_SECRET_KEY", undefined);
  vi.stubEnv("STRIPE_WEBHOOK_SECRET", undefined);
  vi.resetModules();
  const { env } = await import("@/lib/env");
  // The deployment under test, as the shop itself reads it.
  expect([Boolean(env.DATABASE_URL), env.PAYMENT_TEST_MODE, env.STRIPE_SECRET_KEY]).toEqual([
    true,
    undefined,
    undefined,
  ]);
  routes.options = (await import("@/app/api/checkout/options/route")).GET;
  routes.checkout = (await import("@/app/api/checkout/route")).POST;
  routes.addLine = (await import("@/app/api/cart/lines/route")).POST;
  PaymentsPage = (await import("@/app/admin/payments/page")).default;
  const settings = await db.paymentMethodSetting.findMany({ where: { method: { in: ["card", "test"] } } });
  expect(settings.map((s) => [s.method, s.enabled]).sort()).toEqual([
    ["card", true],
    ["test", true],
  ]);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await db.$disconnect();
});

const route = (name: keyof typeof routes): Route => {
  const handler = routes[name];
  if (!handler) throw new Error(`${name} not loaded`);
  return handler;
};

async function guestCart(): Promise<string> {
  const { variant } = await createTestVariant(db, { stock: 20, priceMinor: 2000 });
  const added = await call(route("addLine"), "/api/cart/lines", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ variantId: variant.id, quantity: 1 }),
  });
  expect(added.status).toBe(201);
  return (added.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

describe("a deployment with DATABASE_URL, no Stripe keys and no PAYMENT_TEST_MODE", () => {
  it.each(["CZ", "DE"])("GET /api/checkout/options?country=%s lists neither test nor card payment", async (country) => {
    const cookie = await guestCart();
    const result = await call(route("options"), `/api/checkout/options?country=${country}`, { headers: { cookie } });
    expect(result.status).toBe(200);
    const options = result.body as CheckoutOptions;
    expect(options.shippingMethods.length).toBeGreaterThan(0);
    const offered = [
      ...options.paymentMethods.map((p) => p.id),
      ...options.shippingMethods.flatMap((m) => m.paymentMethods),
    ];
    expect(offered).not.toContain("test");
    expect(offered).not.toContain("card");
    // What is left are the manual methods, settled by staff.
    expect(new Set(offered)).toEqual(
      new Set(country === "CZ" ? ["bank_transfer", "cash_on_delivery"] : ["bank_transfer"]),
    );
  });

  it("a country whose deliveries take only card gets no delivery at all", async () => {
    const cookie = await guestCart();
    const result = await call(route("options"), "/api/checkout/options?country=US", { headers: { cookie } });
    expect(result.status).toBe(200);
    expect((result.body as CheckoutOptions).shippingMethods).toEqual([]);
  });

  it.each(["test", "card"])("POST /api/checkout with paymentMethod %s is a 400 that stores nothing", async (method) => {
    const cookie = await guestCart();
    const before = { orders: await db.order.count(), payments: await db.payment.count() };
    const result = await call(route("checkout"), "/api/checkout", {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({
        email: "guest@example.com",
        shippingAddress: {
          name: "Jana Nováková",
          line1: "Dlouhá 1",
          city: "Praha",
          postalCode: "11000",
          country: "CZ",
        },
        shippingMethodId: DEMO_DELIVERY.methods.domesticStandard,
        paymentMethod: method,
        termsAccepted: true,
        idempotencyKey: randomUUID(),
      }),
    });
    expect(result.status).toBe(400);
    expect(errorOf(result.body)).toMatchObject({
      code: "invalid_input",
      fields: { paymentMethod: expect.any(String) as string },
    });
    expect({ orders: await db.order.count(), payments: await db.payment.count() }).toEqual(before);
  });

  it("/admin/payments says why card is not offered, and does not claim test mode", async () => {
    session.user = await createAccount(db, { role: "STAFF" });
    const html = renderToStaticMarkup(await PaymentsPage({ searchParams: Promise.resolve({}) }));
    expect(html).toMatch(
      /data-testid="unavailable-card"[^>]*>.*Stripe is not configured: set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET/s,
    );
    expect(html).not.toContain("Test mode is on");
  });
});

/** Runs one of the shop's entry points with exactly this environment; resolves with its exit code and output. */
function runEntry(
  entry: string,
  environment: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // As package.json runs them: under tsx's CommonJS hook.
    const child = spawn(process.execPath, entryArgs(entry), {
      cwd: process.cwd(),
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", NODE_ENV: "production", ...environment },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    // A start that got past the check would go on to the database and the server: stop it and fail.
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${entry} did not refuse within 30 s:\n${output}`));
    }, 30_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe("production start refuses inconsistent payment settings", () => {
  // A database nobody listens on: a start that wrongly got past the check fails later, with another message.
  const deployment = { NODE_ENV: "production", DATABASE_URL: "postgres://shop@127.0.0.1:9/shop", PORT: "3999" };
  const cases: [string, string, Record<string, string>][] = [
    ["a Stripe key without its webhook secret", "STRIPE_WEBHOOK_SECRET", { STRIPE_SECRET_KEY: "sk_test_abc123" }],
    ["a webhook secret without a Stripe key", "STRIPE_SECRET_KEY", { STRIPE_WEBHOOK_SECRET: "whsec_abc123" }],
    [
      "test mode with a live Stripe key",
      "PAYMENT_TEST_MODE",
      { STRIPE_SECRET_KEY: "sk_live_abc123", STRIPE_WEBHOOK_SECRET: "whsec_abc123", PAYMENT_TEST_MODE: "on" },
    ],
  ];

  it.each(cases)("npm start with %s exits 1 naming %s", async (_label, name, variables) => {
    const { code, output } = await runEntry("lib/runtime/start.ts", { ...deployment, ...variables });
    expect(code).toBe(1);
    expect(output).toContain("Invalid environment configuration");
    expect(output).toMatch(new RegExp(`^  ${name}: `, "m"));
  });

  it("the production server itself (npm run serve) refuses too", async () => {
    const { code, output } = await runEntry("lib/runtime/server.ts", {
      ...deployment,
      STRIPE_SECRET_KEY: "sk_test_abc123",
    });
    expect(code).toBe(1);
    expect(output).toMatch(/^  STRIPE_WEBHOOK_SECRET: required with STRIPE_SECRET_KEY/m);
  });
});
