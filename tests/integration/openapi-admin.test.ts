import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { GET as getAudit } from "@/app/api/admin/audit/route";
import { PATCH as patchCategory } from "@/app/api/admin/categories/[id]/route";
import { GET as listCategories, POST as createCategory } from "@/app/api/admin/categories/route";
import { GET as getCustomer } from "@/app/api/admin/customers/[id]/route";
import { GET as listCustomers } from "@/app/api/admin/customers/route";
import { POST as cancelOrder } from "@/app/api/admin/orders/[id]/cancel/route";
import { GET as getCreditNote } from "@/app/api/admin/orders/[id]/credit-notes/[creditNoteId]/route";
import { POST as deliverOrder } from "@/app/api/admin/orders/[id]/delivery/route";
import { GET as getInvoice } from "@/app/api/admin/orders/[id]/invoice/route";
import { POST as refundOrder } from "@/app/api/admin/orders/[id]/refunds/route";
import { GET as getOrder } from "@/app/api/admin/orders/[id]/route";
import { POST as shipOrder } from "@/app/api/admin/orders/[id]/shipment/route";
import { GET as exportOrders } from "@/app/api/admin/orders/export/route";
import { GET as listOrders } from "@/app/api/admin/orders/route";
import { DELETE as removeImage, PATCH as patchImage } from "@/app/api/admin/products/[id]/images/[imageId]/route";
import { POST as uploadImage } from "@/app/api/admin/products/[id]/images/route";
import {
  DELETE as archiveProduct,
  GET as getProduct,
  PATCH as patchProduct,
} from "@/app/api/admin/products/[id]/route";
import { POST as addVariant } from "@/app/api/admin/products/[id]/variants/route";
import { GET as exportProducts } from "@/app/api/admin/products/export.csv/route";
import { POST as importProducts } from "@/app/api/admin/products/import/route";
import { GET as listProducts, POST as createProduct } from "@/app/api/admin/products/route";
import { GET as salesReport } from "@/app/api/admin/reports/sales/route";
import { DELETE as archiveVariant, PATCH as patchVariant } from "@/app/api/admin/variants/[id]/route";
import { GET as listAdjustments, POST as adjustStock } from "@/app/api/admin/variants/[id]/stock-adjustments/route";
import { actorFromSession } from "@/lib/admin/staff-actor";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { createDb } from "@/lib/db/client";
import type { HttpMethod } from "@/lib/openapi/registry";
import { apiOperations } from "@/lib/openapi/operations";
import { retireCategories } from "../support/admin-catalog";
import { placePaidOrder, placeUnpaidOrder } from "../support/paid-orders";
import { call } from "../support/route";

// The staff API answers what its description says: each documented admin operation is called the way an
// integration would (with a personal API token, sending the documented example bodies), and the real status and
// body are checked against the documented success responses.

const setup = vi.hoisted(() => {
  // Read by lib/env.ts when the imports above load: uploaded pictures go to a folder of this file's own.
  const dir = `${process.env.TMPDIR ?? "/tmp"}/shop-openapi-uploads-${process.pid}-${Date.now()}`;
  process.env.UPLOAD_DIR = dir;
  return { dir };
});

const db = createDb(inject("databaseUrl"), 2);
const suffix = randomUUID().slice(0, 8);
let staffEmail = "";
let token = "";
const categoryIds: string[] = [];

beforeAll(async () => {
  const user = await db.user.create({
    data: { email: `openapi-${suffix}@example.com`, name: "Otto OpenAPI", role: "STAFF", passwordHash: "no-login" },
    select: { id: true, email: true, name: true, role: true },
  });
  staffEmail = user.email;
  token = (await createApiToken(db, actorFromSession(user), { name: "Docs check", scope: "WRITE" })).secret;
});

afterAll(async () => {
  await retireCategories(db, categoryIds);
  await db.$disconnect();
  rmSync(setup.dir, { recursive: true, force: true });
});

type RouteHandler = Parameters<typeof call>[0];

function documented(method: HttpMethod, path: string) {
  const op = apiOperations.find((o) => o.method === method && o.path === path);
  if (!op) throw new Error(`${method} ${path} is not documented`);
  return op;
}

function exampleOf(method: HttpMethod, path: string): Record<string, unknown> {
  const example = documented(method, path).example;
  if (typeof example !== "object" || example === null) throw new Error(`${method} ${path} has no example`);
  return example as Record<string, unknown>;
}

/** Calls a route with the API token and checks the answer against the documented operation; returns the body. */
async function callDocumented(
  route: RouteHandler,
  method: HttpMethod,
  path: string,
  options: { url?: string; params?: Record<string, string>; json?: unknown; body?: BodyInit; headers?: object } = {},
): Promise<{ body: unknown; text: string }> {
  const op = documented(method, path);
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, ...(options.headers ?? {}) };
  if (options.json !== undefined) headers["content-type"] = "application/json";
  const result = await call(route, options.url ?? path, {
    method: method.toUpperCase(),
    headers,
    ...(options.params ? { params: options.params } : {}),
    ...(options.json !== undefined ? { body: JSON.stringify(options.json) } : {}),
    ...(options.body !== undefined ? { body: options.body } : {}),
  });
  const statuses = [op.success.status, ...(op.success.also ?? []).map((s) => s.status)];
  expect(statuses, `${method} ${path}: ${result.text.slice(0, 500)}`).toContain(result.status);
  if (op.success.schema) {
    const parsed = op.success.schema.safeParse(result.body);
    expect(parsed.error?.issues ?? [], `${method} ${path}: ${result.text.slice(0, 500)}`).toEqual([]);
    // Parsing drops fields the schema does not name: equal means the body has no undocumented field either.
    expect(parsed.data, `${method} ${path} answers fields it does not document`).toEqual(result.body);
  } else if (op.success.contentType) {
    expect(result.headers.get("content-type") ?? "").toMatch(new RegExp(`^${op.success.contentType}\\b`));
  } else {
    expect(result.text).toBe("");
  }
  return { body: result.body, text: result.text };
}

describe("documented admin responses match what the handlers answer", () => {
  it("catalog: categories, products, variants, stock, pictures, export and import", async () => {
    const category = (
      await callDocumented(createCategory, "post", "/api/admin/categories", {
        json: { ...exampleOf("post", "/api/admin/categories"), name: `Docs ${suffix}`, slug: `docs-${suffix}` },
      })
    ).body as { id: string };
    categoryIds.push(category.id);
    await callDocumented(patchCategory, "patch", "/api/admin/categories/{id}", {
      url: `/api/admin/categories/${category.id}`,
      params: { id: category.id },
      json: { ...exampleOf("patch", "/api/admin/categories/{id}"), name: `Docs ${suffix} renamed` },
    });
    await callDocumented(listCategories, "get", "/api/admin/categories");

    const productExample = exampleOf("post", "/api/admin/products");
    const product = (
      await callDocumented(createProduct, "post", "/api/admin/products", {
        json: {
          ...productExample,
          slug: `docs-shirt-${suffix}`,
          categoryId: category.id,
          variants: (productExample.variants as { sku: string }[]).map((v) => ({ ...v, sku: `${v.sku}-${suffix}` })),
        },
      })
    ).body as { id: string; slug: string };
    const productUrl = `/api/admin/products/${product.id}`;
    await callDocumented(listProducts, "get", "/api/admin/products", { url: `/api/admin/products?q=${product.slug}` });
    await callDocumented(getProduct, "get", "/api/admin/products/{id}", {
      url: productUrl,
      params: { id: product.id },
    });
    await callDocumented(patchProduct, "patch", "/api/admin/products/{id}", {
      url: productUrl,
      params: { id: product.id },
      json: exampleOf("patch", "/api/admin/products/{id}"),
    });

    const variantExample = exampleOf("post", "/api/admin/products/{id}/variants");
    const variant = (
      await callDocumented(addVariant, "post", "/api/admin/products/{id}/variants", {
        url: `${productUrl}/variants`,
        params: { id: product.id },
        json: { ...variantExample, sku: `${String(variantExample.sku)}-${suffix}` },
      })
    ).body as { id: string };
    const variantUrl = `/api/admin/variants/${variant.id}`;
    await callDocumented(patchVariant, "patch", "/api/admin/variants/{id}", {
      url: variantUrl,
      params: { id: variant.id },
      json: exampleOf("patch", "/api/admin/variants/{id}"),
    });
    await callDocumented(adjustStock, "post", "/api/admin/variants/{id}/stock-adjustments", {
      url: `${variantUrl}/stock-adjustments`,
      params: { id: variant.id },
      json: exampleOf("post", "/api/admin/variants/{id}/stock-adjustments"),
    });
    await callDocumented(listAdjustments, "get", "/api/admin/variants/{id}/stock-adjustments", {
      url: `${variantUrl}/stock-adjustments`,
      params: { id: variant.id },
    });
    await callDocumented(archiveVariant, "delete", "/api/admin/variants/{id}", {
      url: variantUrl,
      params: { id: variant.id },
    });

    const form = new FormData();
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#7a3" } })
      .png()
      .toBuffer();
    form.set("file", new File([new Uint8Array(png)], "shirt.png", { type: "image/png" }));
    form.set("alt", "Linen shirt, front");
    const image = (
      await callDocumented(uploadImage, "post", "/api/admin/products/{id}/images", {
        url: `${productUrl}/images`,
        params: { id: product.id },
        body: form,
      })
    ).body as { id: string };
    const imageRoute = { url: `${productUrl}/images/${image.id}`, params: { id: product.id, imageId: image.id } };
    await callDocumented(patchImage, "patch", "/api/admin/products/{id}/images/{imageId}", {
      ...imageRoute,
      json: exampleOf("patch", "/api/admin/products/{id}/images/{imageId}"),
    });
    await callDocumented(removeImage, "delete", "/api/admin/products/{id}/images/{imageId}", imageRoute);

    const csv = await callDocumented(exportProducts, "get", "/api/admin/products/export.csv", {
      url: `/api/admin/products/export.csv?q=${product.slug}`,
    });
    expect(csv.text.split("\n")[0]).toMatch(/^sku,/);
    const report = await callDocumented(importProducts, "post", "/api/admin/products/import", {
      url: "/api/admin/products/import?mode=preview",
      headers: { "content-type": "text/csv" },
      body: csv.text,
    });
    expect(report.body).toMatchObject({ mode: "preview", ok: true, applied: false });

    await callDocumented(archiveProduct, "delete", "/api/admin/products/{id}", {
      url: productUrl,
      params: { id: product.id },
    });
  });

  it("orders: list, export, one order, ship, deliver, refund, documents and cancel", async () => {
    const paid = await placePaidOrder(db, [{ priceMinor: 5000, quantity: 1 }]);
    const orderUrl = `/api/admin/orders/${paid.orderId}`;
    const params = { id: paid.orderId };
    await callDocumented(listOrders, "get", "/api/admin/orders", { url: `/api/admin/orders?q=${paid.number}` });
    await callDocumented(exportOrders, "get", "/api/admin/orders/export", {
      url: `/api/admin/orders/export?q=${paid.number}`,
    });
    await callDocumented(getOrder, "get", "/api/admin/orders/{id}", { url: orderUrl, params });
    await callDocumented(getInvoice, "get", "/api/admin/orders/{id}/invoice", { url: `${orderUrl}/invoice`, params });
    await callDocumented(shipOrder, "post", "/api/admin/orders/{id}/shipment", {
      url: `${orderUrl}/shipment`,
      params,
      json: exampleOf("post", "/api/admin/orders/{id}/shipment"),
    });
    await callDocumented(deliverOrder, "post", "/api/admin/orders/{id}/delivery", {
      url: `${orderUrl}/delivery`,
      params,
    });
    await callDocumented(refundOrder, "post", "/api/admin/orders/{id}/refunds", {
      url: `${orderUrl}/refunds`,
      params,
      json: exampleOf("post", "/api/admin/orders/{id}/refunds"),
    });
    const order = (await callDocumented(getOrder, "get", "/api/admin/orders/{id}", { url: orderUrl, params })).body as {
      refundAttempts: { creditNote: { id: string } | null }[];
    };
    const creditNoteId = order.refundAttempts[0]?.creditNote?.id ?? "";
    expect(creditNoteId).not.toBe("");
    await callDocumented(getCreditNote, "get", "/api/admin/orders/{id}/credit-notes/{creditNoteId}", {
      url: `${orderUrl}/credit-notes/${creditNoteId}`,
      params: { ...params, creditNoteId },
    });

    for (const toCancel of [
      await placeUnpaidOrder(db, [{ priceMinor: 900, quantity: 1 }]),
      await placePaidOrder(db, [{ priceMinor: 900, quantity: 2 }]),
    ]) {
      await callDocumented(cancelOrder, "post", "/api/admin/orders/{id}/cancel", {
        url: `/api/admin/orders/${toCancel.orderId}/cancel`,
        params: { id: toCancel.orderId },
        json: exampleOf("post", "/api/admin/orders/{id}/cancel"),
      });
    }
  });

  it("customers, audit log and sales report", async () => {
    const customer = await db.user.create({
      data: {
        email: `openapi-customer-${suffix}@example.com`,
        name: "Cora Customer",
        role: "CUSTOMER",
        passwordHash: "no-login",
        addresses: {
          create: { fullName: "Cora Customer", line1: "Dlouhá 12", city: "Praha", postalCode: "110 00", country: "CZ" },
        },
      },
    });
    const order = await placePaidOrder(db, [{ priceMinor: 1500, quantity: 1 }], { email: customer.email });
    await db.order.update({ where: { id: order.orderId }, data: { userId: customer.id } });

    await callDocumented(listCustomers, "get", "/api/admin/customers", {
      url: `/api/admin/customers?q=${encodeURIComponent(customer.email)}`,
    });
    await callDocumented(getCustomer, "get", "/api/admin/customers/{id}", {
      url: `/api/admin/customers/${customer.id}`,
      params: { id: customer.id },
    });
    const audit = (
      await callDocumented(getAudit, "get", "/api/admin/audit", {
        url: `/api/admin/audit?actor=${encodeURIComponent(staffEmail)}`,
      })
    ).body as { rows: unknown[] };
    expect(audit.rows.length).toBeGreaterThan(0);
    await callDocumented(salesReport, "get", "/api/admin/reports/sales");
  });
});
