import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/accounts/types";
import { actorFromSession } from "@/lib/admin/staff-actor";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { createDb } from "@/lib/db/client";
import { idleForm } from "@/lib/http/form-state";
import { GET as listOrders } from "@/app/api/admin/orders/route";
import { GET as exportOrders } from "@/app/api/admin/orders/export/route";
import { GET as getOrder } from "@/app/api/admin/orders/[id]/route";
import { POST as postShipment } from "@/app/api/admin/orders/[id]/shipment/route";
import { POST as postDelivery } from "@/app/api/admin/orders/[id]/delivery/route";
import { POST as postRefund } from "@/app/api/admin/orders/[id]/refunds/route";
import { POST as postCancel } from "@/app/api/admin/orders/[id]/cancel/route";
import { GET as getInvoice } from "@/app/api/admin/orders/[id]/invoice/route";
import { GET as getCreditNote } from "@/app/api/admin/orders/[id]/credit-notes/[creditNoteId]/route";
import {
  cancelOrderAction,
  refundOrderAction,
  resendConfirmationAction,
  shipOrderAction,
} from "@/app/admin/orders/actions";
import { BASE, call, errorOf } from "../support/route";
import { placePaidOrder, placeUnpaidOrder } from "../support/paid-orders";

// The staff order API and the order page's actions, against the real database with the real guards; only who is
// logged in is chosen by each test (or an API token is sent).
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: () => Promise.resolve(session.user),
}));

const db = createDb(inject("databaseUrl"), 4);
const customer: CurrentUser = { id: randomUUID(), email: "c@example.com", name: "C", role: "CUSTOMER" };
let staff: CurrentUser;
let readToken = "";
let writeToken = "";
let revokedToken = "";

beforeAll(async () => {
  const user = await db.user.create({
    data: {
      email: `orders-staff-${randomUUID().slice(0, 8)}@example.com`,
      name: "Olga Orders",
      role: "STAFF",
      passwordHash: "x",
    },
  });
  staff = { id: user.id, email: user.email, name: user.name, role: "STAFF" };
  const actor = actorFromSession(staff);
  readToken = (await createApiToken(db, actor, { name: "Read", scope: "READ" })).secret;
  writeToken = (await createApiToken(db, actor, { name: "Write", scope: "WRITE" })).secret;
  const revoked = await createApiToken(db, actor, { name: "Old", scope: "WRITE" });
  await revokeApiToken(db, actor, revoked.id);
  revokedToken = revoked.secret;
});
afterAll(() => db.$disconnect());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: "POST",
  headers: { "content-type": "application/json", ...headers },
  body: typeof body === "string" ? body : JSON.stringify(body),
});
const asStaff = () => {
  session.user = staff;
};

async function snapshot(orderId: string) {
  const order = await db.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { status: true, refundedMinor: true, trackingNumber: true, carrier: true },
  });
  return {
    order,
    refunds: await db.refund.count({ where: { orderId } }),
    events: await db.orderEvent.count({ where: { orderId } }),
    emails: await db.emailOutbox.count({ where: { payload: { path: ["orderId"], equals: orderId } } }),
    audit: await db.auditLog.count({ where: { entityId: orderId } }),
  };
}

describe("GET /api/admin/orders", () => {
  let tag = "";
  let orders: Awaited<ReturnType<typeof placePaidOrder>>[] = [];
  beforeAll(async () => {
    tag = randomUUID().slice(0, 8);
    orders = [];
    for (let i = 0; i < 3; i++) {
      orders.push(
        await placePaidOrder(db, [{ priceMinor: 1000 + i, quantity: 1 }], { email: `list-${tag}-${i}@example.com` }),
      );
    }
    // One placed late on 15 January 2020 (UTC, the shop's time zone in tests), with a name to find it by.
    await db.$executeRaw`
      UPDATE orders SET "createdAt" = '2020-01-15T23:30:00Z',
        "shippingAddress" = jsonb_set("shippingAddress", '{name}', to_jsonb(${`Zdeňka ${tag}`}::text))
      WHERE id = ${orders[0]?.orderId}::uuid`;
  });

  it("finds orders by number, e-mail and name, newest first, with pages counted on the server", async () => {
    asStaff();
    const byEmail = await call(listOrders, `/api/admin/orders?q=list-${tag}`);
    expect(byEmail.status).toBe(200);
    const page = byEmail.body as { items: { id: string; number: string }[]; total: number; pageCount: number };
    expect(page.total).toBe(3);
    expect(page.items.map((o) => o.id)).toEqual([orders[2]?.orderId, orders[1]?.orderId, orders[0]?.orderId]);

    const second = (await call(listOrders, `/api/admin/orders?q=list-${tag}&perPage=1&page=2`)).body as typeof page;
    expect(second).toMatchObject({ total: 3, pageCount: 3, page: 2, perPage: 1 });
    expect(second.items.map((o) => o.id)).toEqual([orders[1]?.orderId]);

    const byNumber = (await call(listOrders, `/api/admin/orders?q=${orders[1]?.number ?? ""}`)).body as typeof page;
    expect(byNumber.items.map((o) => o.id)).toContain(orders[1]?.orderId);
    const byName = (await call(listOrders, `/api/admin/orders?q=zdeňka%20${tag.toUpperCase()}`)).body as typeof page;
    expect(byName.items.map((o) => o.id)).toEqual([orders[0]?.orderId]);
    // LIKE wildcards typed by staff are literal.
    expect(((await call(listOrders, `/api/admin/orders?q=list-${tag}%25`)).body as typeof page).total).toBe(0);
  });

  it("filters by state and by days placed in the shop's time zone", async () => {
    asStaff();
    await call(postShipment, `/api/admin/orders/${orders[1]?.orderId}/shipment`, {
      ...json({ trackingNumber: "LIST-1", carrier: "DHL" }),
      params: { id: orders[1]?.orderId ?? "" },
    });
    const shipped = (await call(listOrders, `/api/admin/orders?q=list-${tag}&status=SHIPPED`)).body as {
      items: { id: string }[];
    };
    expect(shipped.items.map((o) => o.id)).toEqual([orders[1]?.orderId]);
    const day = (from: string, to: string) =>
      call(listOrders, `/api/admin/orders?q=list-${tag}&from=${from}&to=${to}`).then((r) =>
        (r.body as { items: { id: string }[] }).items.map((o) => o.id),
      );
    expect(await day("2020-01-15", "2020-01-15")).toEqual([orders[0]?.orderId]);
    expect(await day("2020-01-16", "2020-01-31")).toEqual([]);
    expect(await day("2020-01-01", "2020-01-14")).toEqual([]);
  });

  it.each([
    ["an unknown status", "status=LOST", "status"],
    ["page 0", "page=0", "page"],
    ["a page size over 100", "perPage=1000", "perPage"],
    ["a date that does not exist", "from=2026-02-30", "from"],
    ["a date in another format", "from=15.01.2020", "from"],
    ["dates the wrong way round", "from=2026-02-02&to=2026-02-01", "to"],
    ["an unknown parameter", "sort=price", "sort"],
    ["a repeated parameter", "status=PAID&status=SHIPPED", "status"],
    ["a 101-character search", `q=${"x".repeat(101)}`, "q"],
    ["a search with a control character", "q=a%0Ab", "q"],
  ])("answers %s with 400 and the field", async (_, search, field) => {
    asStaff();
    const response = await call(listOrders, `/api/admin/orders?${search}`);
    expect(response.status).toBe(400);
    const error = errorOf(response.body);
    expect(error.code).toBe("invalid_input");
    expect(Object.keys(error.fields ?? {})).toContain(field);
    expect((response.body as { error: { requestId: string } }).error.requestId).toEqual(expect.any(String));
  });
});

describe("GET /api/admin/orders/{id}", () => {
  it("shows the order with its lines, VAT, payments, history, e-mails, invoice and allowed actions", async () => {
    asStaff();
    const order = await placePaidOrder(db, [{ priceMinor: 2000, quantity: 2, vatRateBps: 1000 }]);
    const response = await call(getOrder, `/api/admin/orders/${order.orderId}`, { params: { id: order.orderId } });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: order.orderId,
      number: order.number,
      status: "PAID",
      lines: [{ quantity: 2, unitPriceMinor: 2000, vatRateBps: 1000 }],
      payments: [{ provider: "test", status: "SUCCEEDED" }],
      history: [
        { toStatus: "PENDING_PAYMENT" },
        { fromStatus: "PENDING_PAYMENT", toStatus: "PAID", actor: "payment:test" },
      ],
      emails: [{ template: "order-confirmation", status: "PENDING" }],
      invoice: { number: expect.stringMatching(/^\d{4}-\d{6}$/) as string },
      refundableMinor: order.totalMinor,
      actions: { ship: true, deliver: false, cancel: true, refund: true, resendConfirmation: true },
    });
  });

  it.each([
    ["a malformed id", "not-a-uuid", 400, "invalid_input"],
    ["a path", "..%2F..%2Fetc%2Fpasswd", 400, "invalid_input"],
    ["SQL", "1%20OR%201%3D1", 400, "invalid_input"],
    ["an unknown order", randomUUID(), 404, "not_found"],
  ])("answers %s (%s) with %i %s", async (_, id, status, code) => {
    asStaff();
    const response = await call(getOrder, `/api/admin/orders/${id}`, { params: { id: decodeURIComponent(id) } });
    expect(response.status).toBe(status);
    expect(errorOf(response.body).code).toBe(code);
  });
});

describe("POST /api/admin/orders/{id}/shipment and /delivery", () => {
  it("ships a paid order once, queues one e-mail and records the change", async () => {
    asStaff();
    const order = await placePaidOrder(db, [{ priceMinor: 1500, quantity: 1 }]);
    const path = `/api/admin/orders/${order.orderId}/shipment`;
    const body = { trackingNumber: "JJD000390007", carrier: "DHL" };
    const response = await call(postShipment, path, { ...json(body), params: { id: order.orderId } });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: "SHIPPED", trackingNumber: "JJD000390007", carrier: "DHL" });

    const again = await call(postShipment, path, { ...json(body), params: { id: order.orderId } });
    expect(again.status).toBe(409);
    expect(errorOf(again.body).code).toBe("conflict");
    const shippedMails = await db.emailOutbox.findMany({
      where: { template: "order-shipped", payload: { path: ["orderId"], equals: order.orderId } },
    });
    expect(shippedMails).toMatchObject([
      { dedupeKey: `order-shipped:${order.orderId}`, recipient: order.payment.email },
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: order.orderId, action: "order.ship" } });
    expect(audit).toMatchObject({
      actorId: staff.id,
      via: "staff",
      before: { status: "PAID", trackingNumber: null, carrier: null },
      after: { status: "SHIPPED", trackingNumber: "JJD000390007", carrier: "DHL" },
    });
    const event = await db.orderEvent.findFirstOrThrow({ where: { orderId: order.orderId, toStatus: "SHIPPED" } });
    expect(event.actor).toBe(`staff:${staff.id}`);

    const delivered = await call(postDelivery, `/api/admin/orders/${order.orderId}/delivery`, {
      ...json({}),
      params: { id: order.orderId },
    });
    expect(delivered.status).toBe(200);
    expect(delivered.body).toMatchObject({ status: "DELIVERED" });
    const twice = await call(postDelivery, `/api/admin/orders/${order.orderId}/delivery`, {
      ...json({}),
      params: { id: order.orderId },
    });
    expect(twice.status).toBe(409);
  });

  it.each([
    ["a cancelled order", "cancelled"],
    ["an unpaid order", "unpaid"],
  ])("refuses to ship %s with 409 and changes nothing", async (_, kind) => {
    asStaff();
    const order = await placeUnpaidOrder(db, [{ priceMinor: 1500, quantity: 1 }]);
    if (kind === "cancelled") {
      const cancelled = await call(postCancel, `/api/admin/orders/${order.orderId}/cancel`, {
        ...json({}),
        params: { id: order.orderId },
      });
      expect(cancelled.status).toBe(200);
    }
    const before = await snapshot(order.orderId);
    const response = await call(postShipment, `/api/admin/orders/${order.orderId}/shipment`, {
      ...json({ trackingNumber: "X1", carrier: "DHL" }),
      params: { id: order.orderId },
    });
    expect(response.status).toBe(409);
    expect(errorOf(response.body).code).toBe("conflict");
    expect(await snapshot(order.orderId)).toEqual(before);
  });
});

const MEGABYTE = "x".repeat(1024 * 1024);

describe("hostile input to the write routes stores nothing", () => {
  let orderId = "";
  let totalMinor = 0;
  beforeAll(async () => {
    const order = await placePaidOrder(db, [{ priceMinor: 2500, quantity: 1 }]);
    orderId = order.orderId;
    totalMinor = order.totalMinor;
  });

  const routes = {
    shipment: postShipment,
    refunds: postRefund,
    cancel: postCancel,
  } as const;

  const cases: [keyof typeof routes, string, number, string, () => RequestInit][] = [
    ["shipment", "an empty body", 400, "invalid_input", () => json({})],
    ["shipment", "an empty tracking number", 400, "invalid_input", () => json({ trackingNumber: " ", carrier: "DHL" })],
    [
      "shipment",
      "a tracking number with a line break",
      400,
      "invalid_input",
      () => json({ trackingNumber: "A\r\nBcc: x@y", carrier: "DHL" }),
    ],
    [
      "shipment",
      "a 101-character tracking number",
      400,
      "invalid_input",
      () => json({ trackingNumber: "9".repeat(101), carrier: "DHL" }),
    ],
    ["shipment", "numbers instead of strings", 400, "invalid_input", () => json({ trackingNumber: 123, carrier: 4 })],
    [
      "shipment",
      "an unknown field",
      400,
      "invalid_input",
      () => json({ trackingNumber: "A1", carrier: "DHL", status: "DELIVERED" }),
    ],
    ["shipment", "an array", 400, "invalid_input", () => json([{ trackingNumber: "A1", carrier: "DHL" }])],
    ["shipment", "broken JSON", 400, "invalid_input", () => json('{"trackingNumber":')],
    [
      "shipment",
      "a form post",
      415,
      "unsupported_media_type",
      () => ({
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "trackingNumber=A1&carrier=DHL",
      }),
    ],
    ["shipment", "a 1 MB body", 413, "payload_too_large", () => json({ trackingNumber: MEGABYTE, carrier: "DHL" })],
    [
      "shipment",
      "a cross-site request",
      403,
      "forbidden",
      () =>
        json(
          { trackingNumber: "A1", carrier: "DHL" },
          { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
        ),
    ],
    ["refunds", "a negative amount", 400, "invalid_input", () => json({ amountMinor: -100, reason: "x" })],
    ["refunds", "zero", 400, "invalid_input", () => json({ amountMinor: 0, reason: "x" })],
    ["refunds", "a fractional amount", 400, "invalid_input", () => json({ amountMinor: 10.5, reason: "x" })],
    ["refunds", "a huge amount", 400, "invalid_input", () => json({ amountMinor: 1e20, reason: "x" })],
    ["refunds", "an amount as a string", 400, "invalid_input", () => json({ amountMinor: "100", reason: "x" })],
    ["refunds", "no reason", 400, "invalid_input", () => json({ amountMinor: 100 })],
    [
      "refunds",
      "an unknown field",
      400,
      "invalid_input",
      () => json({ amountMinor: 100, reason: "x", currency: "USD" }),
    ],
    ["refunds", "a 1 MB reason", 413, "payload_too_large", () => json({ amountMinor: 100, reason: MEGABYTE })],
    ["refunds", "more than was paid", 409, "conflict", () => json({ amountMinor: 999_999, reason: "x" })],
    ["cancel", "a 301-character reason", 400, "invalid_input", () => json({ reason: "r".repeat(301) })],
    ["cancel", "an unknown field", 400, "invalid_input", () => json({ refund: false })],
    ["cancel", "a 1 MB body", 413, "payload_too_large", () => json({ reason: MEGABYTE })],
  ];

  it.each(cases)("POST %s with %s → %i %s", async (route, _, status, code, init) => {
    asStaff();
    const before = await snapshot(orderId);
    const response = await call(routes[route], `/api/admin/orders/${orderId}/${route}`, {
      ...init(),
      params: { id: orderId },
    });
    expect(response.status).toBe(status);
    const error = errorOf(response.body);
    expect(error.code).toBe(code);
    expect(response.text).not.toMatch(/prisma|postgres|at .*\.ts:\d+/i);
    expect(await snapshot(orderId)).toEqual(before);
    expect(totalMinor).toBeLessThan(999_999);
  });

  it.each(Object.keys(routes) as (keyof typeof routes)[])(
    "POST %s with a bad or unknown order id → 400 / 404",
    async (route) => {
      asStaff();
      const bad = await call(routes[route], `/api/admin/orders/nope/${route}`, {
        ...json({ trackingNumber: "A", carrier: "B", amountMinor: 1, reason: "r" }),
        params: { id: "nope" },
      });
      expect(bad.status).toBe(400);
      const unknownId = randomUUID();
      const body =
        route === "shipment"
          ? { trackingNumber: "A", carrier: "B" }
          : route === "refunds"
            ? { amountMinor: 1, reason: "r" }
            : {};
      const unknown = await call(routes[route], `/api/admin/orders/${unknownId}/${route}`, {
        ...json(body),
        params: { id: unknownId },
      });
      expect(unknown.status).toBe(404);
      expect(errorOf(unknown.body).code).toBe("not_found");
    },
  );
});

describe("the other order routes refuse malformed and unknown ids", () => {
  const malformed = ["nope", "1 OR 1=1", "../invoice", "00000000-0000-0000-0000-00000000000g"];
  it.each(malformed)("%s → 400 invalid_input everywhere", async (id) => {
    asStaff();
    const responses = [
      await call(postDelivery, "/x", { ...json({}), params: { id } }),
      await call(getInvoice, "/x", { params: { id } }),
      await call(getCreditNote, "/x", { params: { id, creditNoteId: randomUUID() } }),
      await call(getCreditNote, "/x", { params: { id: randomUUID(), creditNoteId: id } }),
    ];
    for (const response of responses) {
      expect(response.status).toBe(400);
      expect(errorOf(response.body).code).toBe("invalid_input");
    }
  });

  it("unknown ids → 404 not_found", async () => {
    asStaff();
    for (const response of [
      await call(postDelivery, "/x", { ...json({}), params: { id: randomUUID() } }),
      await call(getInvoice, "/x", { params: { id: randomUUID() } }),
      await call(getCreditNote, "/x", { params: { id: randomUUID(), creditNoteId: randomUUID() } }),
    ]) {
      expect(response.status).toBe(404);
      expect(errorOf(response.body).code).toBe("not_found");
    }
  });
});

describe("who may call the order API", () => {
  let orderId = "";
  beforeAll(async () => {
    orderId = (await placePaidOrder(db, [{ priceMinor: 1800, quantity: 1 }])).orderId;
  });
  const shipment = () => ({ ...json({ trackingNumber: "TOK-1", carrier: "GLS" }), params: { id: orderId } });

  it("a read token lists and reads orders but may not ship, refund or cancel (403, even with a bad body)", async () => {
    session.user = null;
    expect((await call(listOrders, "/api/admin/orders?perPage=1", { headers: bearer(readToken) })).status).toBe(200);
    expect(
      (await call(getOrder, `/api/admin/orders/${orderId}`, { headers: bearer(readToken), params: { id: orderId } }))
        .status,
    ).toBe(200);
    const before = await snapshot(orderId);
    for (const [route, body] of [
      [postShipment, { trackingNumber: "TOK-1", carrier: "GLS" }],
      [postShipment, {}],
      [postRefund, { amountMinor: 100, reason: "x" }],
      [postCancel, {}],
    ] as const) {
      const response = await call(route, `/api/admin/orders/${orderId}/x`, {
        ...json(body, bearer(readToken)),
        params: { id: orderId },
      });
      expect(response.status).toBe(403);
      expect(errorOf(response.body).code).toBe("forbidden");
    }
    const after = await snapshot(orderId);
    expect({ ...after, audit: 0 }).toEqual({ ...before, audit: 0 });
  });

  it("a revoked token gets 401; a customer's session 403; nobody 401", async () => {
    session.user = null;
    const revoked = await call(postShipment, "/x", {
      ...json({ trackingNumber: "A", carrier: "B" }, bearer(revokedToken)),
      params: { id: orderId },
    });
    expect(revoked.status).toBe(401);
    expect((await call(listOrders, "/api/admin/orders", { headers: bearer(revokedToken) })).status).toBe(401);
    expect((await call(postShipment, "/x", shipment())).status).toBe(401);
    session.user = customer;
    const asCustomer = await call(postShipment, "/x", shipment());
    expect(asCustomer.status).toBe(403);
    expect((await call(listOrders, "/api/admin/orders")).status).toBe(403);
    expect((await snapshot(orderId)).order.status).toBe("PAID");
  });

  it("a write token ships, and the change is recorded as made through that token", async () => {
    session.user = null;
    const response = await call(postShipment, "/x", {
      ...json({ trackingNumber: "TOK-2", carrier: "GLS" }, bearer(writeToken)),
      params: { id: orderId },
    });
    expect(response.status).toBe(200);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: orderId, action: "order.ship" } });
    expect(audit.via).toMatch(/^token:/);
    expect(audit.actorId).toBe(staff.id);
    expect(await db.auditLog.count({ where: { via: audit.via, action: "api.request" } })).toBeGreaterThan(0);
  });
});

describe("refunds and cancellations through the API", () => {
  it("refunds (201), serves the invoice and credit note PDFs, and cancels an unpaid order", async () => {
    asStaff();
    const order = await placePaidOrder(db, [{ priceMinor: 3000, quantity: 1 }]);
    const refunded = await call(postRefund, "/x", {
      ...json({ amountMinor: 1000, reason: "Broken handle" }),
      params: { id: order.orderId },
    });
    expect(refunded.status).toBe(201);
    expect(refunded.body).toMatchObject({
      refund: { status: "SUCCEEDED", amountMinor: 1000, refundedMinor: 1000, orderStatus: "PAID" },
    });

    const invoice = await getInvoice(new Request(`${BASE}/api/admin/orders/${order.orderId}/invoice`), {
      params: Promise.resolve({ id: order.orderId }),
    });
    expect(invoice.status).toBe(200);
    expect(invoice.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await invoice.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    const note = await db.creditNote.findFirstOrThrow({ where: { orderId: order.orderId } });
    const pdf = await getCreditNote(new Request(`${BASE}/x`), {
      params: Promise.resolve({ id: order.orderId, creditNoteId: note.id }),
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-disposition")).toContain(`credit-note-${note.number}.pdf`);
    const otherOrder = await call(getCreditNote, "/x", { params: { id: randomUUID(), creditNoteId: note.id } });
    expect(otherOrder.status).toBe(404);

    const unpaid = await placeUnpaidOrder(db, [{ priceMinor: 3000, quantity: 1 }]);
    expect((await call(getInvoice, "/x", { params: { id: unpaid.orderId } })).status).toBe(404);
    const cancelled = await call(postCancel, "/x", {
      ...json({ reason: "Duplicate order" }),
      params: { id: unpaid.orderId },
    });
    expect(cancelled).toMatchObject({ status: 200, body: { orderStatus: "CANCELLED", refund: null } });
  });
});

describe("GET /api/admin/orders/export", () => {
  it("streams the filtered orders as CSV, with formula-like cells made harmless", async () => {
    asStaff();
    const tag = randomUUID().slice(0, 8);
    const a = await placePaidOrder(db, [{ priceMinor: 1234, quantity: 2 }], { email: `csv-${tag}-a@example.com` });
    const b = await placePaidOrder(db, [{ priceMinor: 999, quantity: 1 }], { email: `csv-${tag}-b@example.com` });
    await placePaidOrder(db, [{ priceMinor: 500, quantity: 1 }], { email: `other-${tag}@example.com` });
    await db.$executeRaw`
      UPDATE orders SET "shippingAddress" = jsonb_set("shippingAddress", '{name}', '"=HYPERLINK(\\"http://evil\\",\\"x\\")"')
      WHERE id = ${b.orderId}::uuid`;
    // A business buyer's company (orders.buyerCompany), in three columns of its own.
    await db.$executeRaw`
      UPDATE orders SET "buyerCompany" = '{"name": "Žluťoučký kůň s.r.o.", "registrationNumber": "27074358", "vatId": "CZ27074358"}'
      WHERE id = ${a.orderId}::uuid`;

    const response = await exportOrders(new Request(`${BASE}/api/admin/orders/export?q=csv-${tag}`), {
      params: Promise.resolve({}),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="orders-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    // A byte-order mark first, so spreadsheets read the file as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse<Record<string, string>>(bytes.subarray(3).toString("utf8"), { columns: true });
    expect(rows.map((r) => r.number)).toEqual([b.number, a.number]);
    expect(rows[1]).toMatchObject({
      status: "PAID",
      email: `csv-${tag}-a@example.com`,
      items: "2",
      currency: "EUR",
      items_total: "24.68",
      company_name: "Žluťoučký kůň s.r.o.",
      company_registration_number: "27074358",
      company_vat_id: "CZ27074358",
    });
    expect(rows[0]).toMatchObject({ company_name: "", company_registration_number: "", company_vat_id: "" });
    expect(rows[1]?.total).toBe((a.totalMinor / 100).toFixed(2));
    expect(rows[0]?.customer_name).toBe(`'=HYPERLINK("http://evil","x")`);

    const none = await exportOrders(new Request(`${BASE}/api/admin/orders/export?q=csv-${tag}&status=REFUNDED`), {
      params: Promise.resolve({}),
    });
    expect(
      parse(
        Buffer.from(await none.arrayBuffer())
          .subarray(3)
          .toString("utf8"),
        { columns: true },
      ),
    ).toEqual([]);
    const bad = await call(exportOrders, "/api/admin/orders/export?status=nope");
    expect(bad.status).toBe(400);
  });
});

describe("the order page's actions", () => {
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) data.set(key, value);
    return data;
  };
  const redirectOf = (error: unknown) => (error as { digest?: string }).digest ?? String(error);

  it("ship the order and return to its page with a notice", async () => {
    asStaff();
    const order = await placePaidOrder(db, [{ priceMinor: 1500, quantity: 1 }]);
    const error: unknown = await shipOrderAction(
      idleForm,
      form({ id: order.orderId, carrier: "An Post", trackingNumber: "CP123" }),
    ).catch((e: unknown) => e);
    expect(redirectOf(error)).toContain(`/admin/orders/${order.orderId}?notice=shipped`);
    expect(await db.order.findUniqueOrThrow({ where: { id: order.orderId } })).toMatchObject({
      status: "SHIPPED",
      carrier: "An Post",
    });
  });

  it("show what is wrong next to the fields and change nothing", async () => {
    asStaff();
    const order = await placePaidOrder(db, [{ priceMinor: 1500, quantity: 1 }]);
    const before = await snapshot(order.orderId);
    expect(
      await shipOrderAction(idleForm, form({ id: order.orderId, carrier: "", trackingNumber: "x" })),
    ).toMatchObject({
      status: "error",
      fields: { carrier: "Carrier is required." },
      values: { carrier: "", trackingNumber: "x" },
    });
    expect(
      await refundOrderAction(idleForm, form({ id: order.orderId, amount: "1,234.50", reason: "x" })),
    ).toMatchObject({
      status: "error",
      fields: { amount: "Enter an amount such as 12.50." },
    });
    expect(await refundOrderAction(idleForm, form({ id: order.orderId, amount: "12.505", reason: "x" }))).toMatchObject(
      {
        status: "error",
        fields: { amount: expect.stringMatching(/amount/) as string },
      },
    );
    expect(await refundOrderAction(idleForm, form({ id: order.orderId, amount: "99999", reason: "x" }))).toMatchObject({
      status: "error",
      fields: { amountMinor: expect.stringMatching(/^At most €\d+\.\d{2} can be refunded\.$/) as string },
    });
    expect(await cancelOrderAction(idleForm, form({ id: order.orderId }))).toMatchObject({
      status: "error",
      fields: { confirm: "Tick the box to confirm the cancellation." },
    });
    expect(await snapshot(order.orderId)).toEqual(before);
  });

  it("send the confirmation again as a new outbox row each time, noted in the history; never for an unpaid order", async () => {
    asStaff();
    const order = await placePaidOrder(db, [{ priceMinor: 1500, quantity: 1 }]);
    const confirmations = () =>
      db.emailOutbox.findMany({
        where: { template: "order-confirmation", payload: { path: ["orderId"], equals: order.orderId } },
        orderBy: { createdAt: "asc" },
      });
    expect(await confirmations()).toHaveLength(1);
    for (let i = 0; i < 2; i++) {
      const sent: unknown = await resendConfirmationAction(idleForm, form({ id: order.orderId })).catch(
        (e: unknown) => e,
      );
      expect(redirectOf(sent)).toContain("notice=confirmation-sent");
    }
    const rows = await confirmations();
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.dedupeKey)).size).toBe(3);
    expect(rows.slice(1).every((r) => r.dedupeKey?.startsWith(`order-confirmation:${order.orderId}:resend:`))).toBe(
      true,
    );
    expect(
      await db.orderEvent.count({
        where: { orderId: order.orderId, note: { startsWith: "Confirmation e-mail sent again" } },
      }),
    ).toBe(2);
    expect(await db.auditLog.count({ where: { entityId: order.orderId, action: "order.resend_confirmation" } })).toBe(
      2,
    );

    const unpaid = await placeUnpaidOrder(db, [{ priceMinor: 1500, quantity: 1 }]);
    expect(await resendConfirmationAction(idleForm, form({ id: unpaid.orderId }))).toMatchObject({
      status: "error",
      message: "Only a paid order has a confirmation to send.",
    });
    expect(await db.emailOutbox.count({ where: { payload: { path: ["orderId"], equals: unpaid.orderId } } })).toBe(0);
  });

  it("refund in major units and cancel when confirmed", async () => {
    asStaff();
    const order = await placePaidOrder(db, [{ priceMinor: 1500, quantity: 1, stock: 5 }]);
    const refunded: unknown = await refundOrderAction(
      idleForm,
      form({ id: order.orderId, amount: "2.50", reason: "Dented" }),
    ).catch((e: unknown) => e);
    expect(redirectOf(refunded)).toContain("notice=refunded");
    expect(await db.order.findUniqueOrThrow({ where: { id: order.orderId } })).toMatchObject({ refundedMinor: 250 });
    const cancelled: unknown = await cancelOrderAction(idleForm, form({ id: order.orderId, confirm: "yes" })).catch(
      (e: unknown) => e,
    );
    expect(redirectOf(cancelled)).toContain("notice=cancelled-refunded");
    expect(await db.order.findUniqueOrThrow({ where: { id: order.orderId } })).toMatchObject({
      status: "CANCELLED",
      refundedMinor: order.totalMinor,
    });
  });
});
