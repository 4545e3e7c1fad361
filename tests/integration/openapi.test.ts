import { randomUUID } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import type { z } from "zod";
import { GET as getProduct } from "@/app/api/products/[slug]/route";
import { GET as listProducts } from "@/app/api/products/route";
import { POST as addLine } from "@/app/api/cart/lines/route";
import { GET as getCart } from "@/app/api/cart/route";
import { POST as checkout } from "@/app/api/checkout/route";
import { GET as getContactToken } from "@/app/api/contact/route";
import { GET as health } from "@/app/api/health/route";
import { GET as openApiJson } from "@/app/api/openapi.json/route";
import { GET as getOrder } from "@/app/api/orders/[id]/route";
import { GET as ping } from "@/app/api/ping/route";
import { GET as ready } from "@/app/api/ready/route";
import { createDb } from "@/lib/db/client";
import { buildOpenApiDocument, errorCodesOf } from "@/lib/openapi/document";
import { apiOperations } from "@/lib/openapi/operations";
import { errorBodySchema } from "@/lib/openapi/shared";
import { createTestVariant } from "../support/fixtures";
import { call } from "../support/route";

// The API description must cover every route handler in the app, and say what the handlers really accept and
// answer. Routes other workstreams add fail here until they get an entry in lib/openapi/paths/*.ts.

const db = createDb(inject("databaseUrl"), 2);
afterAll(() => db.$disconnect());

/**
 * Route handlers that are not part of the public API, each with the reason. Everything else must be documented.
 */
const NOT_DOCUMENTED: Record<string, string> = {
  // A download link inside the staff-only development mailbox page, not something integrations call.
  "GET /admin/mailbox/{id}/attachments/{attachmentId}": "admin UI download",
  // Picture files at the `url` the product and image schemas give; plain cacheable files, not a JSON API.
  "GET /media/{path}": "picture files behind image URLs",
};

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** app/api/orders/[id]/route.ts → /api/orders/{id}; route groups "(shop)" vanish. */
function urlPathOf(file: string): string {
  const segments = path
    .relative("app", path.dirname(file))
    .split(path.sep)
    .filter((s) => s && !/^\(.*\)$/.test(s))
    .map((s) => s.replace(/^\[(?:\.\.\.)?(.+)\]$/, "{$1}"));
  return `/${segments.join("/")}`;
}

function exportedMethods(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return METHODS.filter((m) => new RegExp(`export\\s+(?:const|async\\s+function|function)\\s+${m}\\b`).test(source));
}

const routes = routeFiles("app").flatMap((file) =>
  exportedMethods(file).map((method) => ({ file, key: `${method} ${urlPathOf(file)}` })),
);
const document = buildOpenApiDocument();
const documented = new Set(
  Object.entries(document.paths ?? {}).flatMap(([p, item]) =>
    Object.keys(item ?? {})
      .filter((m) => (METHODS as readonly string[]).includes(m.toUpperCase()))
      .map((m) => `${m.toUpperCase()} ${p}`),
  ),
);

describe("OpenAPI document", () => {
  it("finds the route handlers it checks", () => {
    expect(routes.length).toBeGreaterThan(15);
    expect(routes.map((r) => r.key)).toContain("POST /api/checkout");
    expect(routes.map((r) => r.key)).toContain("PATCH /api/cart/lines/{line}");
  });

  it.each(routes.filter((r) => !(r.key in NOT_DOCUMENTED)))("documents $key ($file)", ({ key }) => {
    expect(documented, `add ${key} to lib/openapi/paths/*.ts`).toContain(key);
  });

  it("documents only routes that exist, and excludes only routes that exist", () => {
    const existing = new Set(routes.map((r) => r.key));
    expect([...documented].filter((key) => !existing.has(key))).toEqual([]);
    expect(Object.keys(NOT_DOCUMENTED).filter((key) => !existing.has(key))).toEqual([]);
  });

  it("is OpenAPI 3.1 with unique operation ids and the shared error shape on every error response", () => {
    expect(document.openapi).toBe("3.1.0");
    type OperationView = { operationId?: string; responses?: Record<string, unknown> };
    const operations = Object.values(document.paths ?? {}).flatMap((item) =>
      METHODS.flatMap((m) => {
        const op = (item as Record<string, OperationView | undefined>)[m.toLowerCase()];
        return op ? [op] : [];
      }),
    );
    expect(new Set(operations.map((op) => op.operationId)).size).toBe(apiOperations.length);
    for (const op of operations) {
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        if (Number(status) >= 400) expect(JSON.stringify(response)).toContain("#/components/schemas/Error");
      }
    }
  });

  it.each(apiOperations.filter((op) => op.body).map((op) => ({ key: `${op.method} ${op.path}`, op })))(
    "$key has an example request body its schema accepts",
    ({ op }) => {
      expect(op.example).toBeDefined();
      const parsed = op.body?.safeParse(op.example);
      expect(parsed?.error?.issues ?? []).toEqual([]);
    },
  );

  it("lists the errors each operation's shape implies", () => {
    const checkoutOp = apiOperations.find((op) => op.path === "/api/checkout");
    expect(checkoutOp && errorCodesOf(checkoutOp)).toEqual(
      expect.arrayContaining(["invalid_input", "forbidden", "out_of_stock", "rate_limited", "service_unavailable"]),
    );
    const pingOp = apiOperations.find((op) => op.path === "/api/ping");
    expect(pingOp && errorCodesOf(pingOp)).not.toContain("service_unavailable");
  });
});

/** The documented success schema of an operation. */
function successSchema(method: string, urlPath: string): z.ZodType {
  const op = apiOperations.find((o) => o.method === method && o.path === urlPath);
  if (!op?.success.schema) throw new Error(`no documented response for ${method} ${urlPath}`);
  return op.success.schema;
}

function checkoutExample(): Record<string, unknown> {
  const example = apiOperations.find((op) => op.path === "/api/checkout")?.example;
  if (typeof example !== "object" || example === null) throw new Error("the checkout example is missing");
  return example as Record<string, unknown>;
}

function expectConforms(schema: z.ZodType, body: unknown): void {
  const parsed = schema.safeParse(body);
  expect(parsed.error?.issues ?? [], JSON.stringify(body).slice(0, 500)).toEqual([]);
  // Parsing drops fields the schema does not name: equal means the body has no undocumented field either.
  expect(parsed.data, "the body has fields the document does not name").toEqual(body);
}

describe("documented responses match what the handlers answer", () => {
  it("catalog, cart, checkout and order", async () => {
    const list = await call(listProducts, "/api/products?pageSize=3");
    expect(list.status).toBe(200);
    expectConforms(successSchema("get", "/api/products"), list.body);

    const slug = (list.body as { items: { slug: string }[] }).items[0]?.slug ?? "";
    const product = await call(getProduct, `/api/products/${slug}`, { params: { slug } });
    expect(product.status).toBe(200);
    expectConforms(successSchema("get", "/api/products/{slug}"), product.body);

    const { variant } = await createTestVariant(db, { stock: 5, priceMinor: 1999 });
    const added = await call(addLine, "/api/cart/lines", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ variantId: variant.id, quantity: 1 }),
    });
    expect(added.status).toBe(201);
    expectConforms(successSchema("post", "/api/cart/lines"), added.body);
    const cookie = (added.headers.get("set-cookie") ?? "").split(";")[0] ?? "";

    const cart = await call(getCart, "/api/cart", { headers: { cookie } });
    expectConforms(successSchema("get", "/api/cart"), cart.body);

    const placed = await call(checkout, "/api/checkout", {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      // The documented example, with a key of its own so that reruns place a new order.
      body: JSON.stringify({ ...checkoutExample(), idempotencyKey: randomUUID() }),
    });
    expect(placed.status, placed.text).toBe(201);
    expectConforms(successSchema("post", "/api/checkout"), placed.body);

    const { orderId, orderUrl } = placed.body as { orderId: string; orderUrl: string };
    const order = await call(getOrder, `/api/orders/${orderId}${new URL(orderUrl, "http://x").search}`, {
      params: { id: orderId },
    });
    expect(order.status).toBe(200);
    expectConforms(successSchema("get", "/api/orders/{id}"), order.body);
  });

  it("operations routes, and the error shape", async () => {
    for (const [route, urlPath] of [
      [health, "/api/health"],
      [ready, "/api/ready"],
      [getContactToken, "/api/contact"],
      [openApiJson, "/api/openapi.json"],
    ] as const) {
      const result = await call(route, urlPath);
      expect(result.status).toBe(200);
      expectConforms(successSchema("get", urlPath), result.body);
    }
    expectConforms(successSchema("get", "/api/ping"), (await call(ping, "/api/ping")).body);

    const refused = await call(getProduct, "/api/products/NOT_A_SLUG", { params: { slug: "NOT_A_SLUG" } });
    expect(refused.status).toBe(400);
    expectConforms(errorBodySchema, refused.body);
  });
});
