import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GET, POST } from "@/app/api/orders/[id]/returns/route";
import { SESSION_COOKIE, issueSessionToken } from "@/lib/auth/session-token";
import { createDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { renderQueuedEmail } from "@/lib/mail/renderers";
import { requestReturn } from "@/lib/returns/request-return";
import { rejectReturn } from "@/lib/returns/decide-return";
import { testAccounts } from "../support/accounts";
import { deliveredDaysAgo, placeDeliveredOrder } from "../support/delivered-orders";
import { placePaidOrder, staffActor } from "../support/paid-orders";
import { shipOrder } from "@/lib/orders/ship-order";
import { apiOperations } from "@/lib/openapi/operations";
import { call, errorOf } from "../support/route";

/** The body matches the operation's documented success schema, with no field the document does not name. */
function expectDocumented(method: "get" | "post", path: string, body: unknown) {
  const parsed = apiOperations.find((o) => o.method === method && o.path === path)?.success.schema?.safeParse(body);
  expect(parsed?.error?.issues ?? [], JSON.stringify(body).slice(0, 300)).toEqual([]);
  expect(parsed?.data).toEqual(body);
}

// A shopper asks to return items: who may, what, when, and that no line is returned more often than it was bought,
// also under concurrent requests. Route handlers and domain code against the real database.

const db = createDb(inject("databaseUrl"), 24);
afterAll(() => db.$disconnect());
const actor = staffActor();

let ownerId = "";
let ownerCookie = "";
let strangerCookie = "";

async function cookieFor(userId: string): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  return `${SESSION_COOKIE}=${await issueSessionToken({ userId: user.id, sessionVersion: user.sessionVersion })}`;
}

beforeAll(async () => {
  const owner = await db.user.findUniqueOrThrow({ where: { email: testAccounts.customerEmail } });
  const stranger = await db.user.create({
    data: { email: `stranger-${randomUUID()}@example.com`, name: "Stranger", passwordHash: "x", role: "CUSTOMER" },
  });
  ownerId = owner.id;
  ownerCookie = await cookieFor(owner.id);
  strangerCookie = await cookieFor(stranger.id);
});

type Delivered = Awaited<ReturnType<typeof placeDeliveredOrder>>;

function post(order: { orderId: string }, body: unknown, options: { token?: string; cookie?: string } = {}) {
  const query = options.token === undefined ? "" : `?token=${options.token}`;
  return call(POST, `/api/orders/${order.orderId}/returns${query}`, {
    method: "POST",
    params: { id: order.orderId },
    headers: { "content-type": "application/json", ...(options.cookie ? { cookie: options.cookie } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

const lineOf = (order: Delivered, i = 0) => order.lines[i]?.id ?? "";
/** The id of the order's line of `quantity` units (lines' order is not what the tests rely on). */
const lineWith = (order: Delivered, quantity: number) => order.lines.find((l) => l.quantity === quantity)?.id ?? "";
const twoLines = [
  { priceMinor: 1999, quantity: 2 },
  { priceMinor: 500, quantity: 1, vatRateBps: 1200 },
];

describe("asking for a return", () => {
  it("through the signed link: 201, a line in the order's history, one e-mail, and the audit log", async () => {
    const order = await placeDeliveredOrder(db, actor, twoLines);
    const response = await post(
      order,
      { lines: [{ orderLineId: lineOf(order), quantity: 1 }], reason: "Too small" },
      { token: order.token },
    );
    expect(response.status).toBe(201);
    const ret = (response.body as { return: { id: string; number: string; status: string; lines: unknown[] } }).return;
    expect(ret).toMatchObject({ number: `${order.number}-R1`, status: "REQUESTED", reason: "Too small" });
    expect(ret.lines).toEqual([expect.objectContaining({ orderLineId: lineOf(order), quantity: 1, restocked: null })]);

    const history = await db.orderEvent.findMany({ where: { orderId: order.orderId }, orderBy: { createdAt: "asc" } });
    expect(history.at(-1)).toMatchObject({ fromStatus: "DELIVERED", toStatus: "DELIVERED", actor: "shopper" });
    expect(history.at(-1)?.note).toMatch(new RegExp(`Return ${order.number}-R1 requested: 1 × .*Reason: Too small`));
    const emails = await db.emailOutbox.findMany({
      where: { template: "return-update", dedupeKey: `return-requested:${ret.id}` },
    });
    expect(emails).toHaveLength(1);
    expect(emails[0]?.recipient).toBe((await db.order.findUniqueOrThrow({ where: { id: order.orderId } })).email);
    const audit = await db.auditLog.findMany({ where: { entityType: "return", entityId: ret.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "return.request", via: "order-link", actorId: null });

    const rendered = await renderQueuedEmail("return-update", emails[0]?.payload, db);
    expect(rendered.subject).toBe(`We received your return request ${order.number}-R1`);
    expect(rendered.text).toContain("1 × Test Product");
  });

  it("signed in as the order's customer, without the link; GET shows the window and what is left", async () => {
    const order = await placeDeliveredOrder(db, actor, twoLines);
    await db.order.update({ where: { id: order.orderId }, data: { userId: ownerId } });
    const response = await post(
      order,
      { lines: [{ orderLineId: lineOf(order, 1), quantity: 1 }] },
      { cookie: ownerCookie },
    );
    expect(response.status).toBe(201);
    const audit = await db.auditLog.findFirst({
      where: { action: "return.request", actorId: ownerId },
      orderBy: { createdAt: "desc" },
    });
    expect(audit?.via).toBe("customer");

    const view = await call(GET, `/api/orders/${order.orderId}/returns`, {
      params: { id: order.orderId },
      headers: { cookie: ownerCookie },
    });
    expect(view.status).toBe(200);
    expectDocumented("get", "/api/orders/{id}/returns", view.body);
    expectDocumented("post", "/api/orders/{id}/returns", response.body);
    const body = view.body as {
      window: { open: boolean; days: number };
      lines: { orderLineId: string; quantity: number; returned: number; returnable: number }[];
    };
    expect(body.window).toMatchObject({ open: true, days: 14 });
    const returned = body.lines.find((l) => l.orderLineId === lineOf(order, 1));
    const untouched = body.lines.find((l) => l.orderLineId === lineOf(order, 0));
    expect(returned).toMatchObject({ returned: 1, returnable: (returned?.quantity ?? 0) - 1 });
    expect(untouched).toMatchObject({ returned: 0, returnable: untouched?.quantity });
  });

  it.each([
    ["no link and no session", {}],
    ["a wrong token", { token: "forged" }],
    ["another order's token", { token: "other" }],
    ["another customer's session", { cookie: "stranger" }],
  ])(
    "answers 404 to %s, whatever the body, and stores nothing",
    async (_, who: { token?: string; cookie?: string }) => {
      const order = await placeDeliveredOrder(db, actor, twoLines);
      const other = await placeDeliveredOrder(db, actor, twoLines);
      const options = {
        ...(who.token === "forged" ? { token: `${order.token.slice(0, -4)}AAAA` } : {}),
        ...(who.token === "other" ? { token: other.token } : {}),
        ...(who.cookie ? { cookie: strangerCookie } : {}),
      };
      for (const body of [{ lines: [{ orderLineId: lineOf(order), quantity: 1 }] }, { lines: "nonsense" }]) {
        const response = await post(order, body, options);
        expect(response.status).toBe(404);
        expect(errorOf(response.body).code).toBe("not_found");
      }
      const view = await call(GET, `/api/orders/${order.orderId}/returns`, {
        params: { id: order.orderId },
        headers: options.cookie ? { cookie: options.cookie } : {},
      });
      expect(view.status).toBe(404);
      expect(await db.returnRequest.count({ where: { orderId: order.orderId } })).toBe(0);
    },
  );

  it("refuses a request from another site (403)", async () => {
    const order = await placeDeliveredOrder(db, actor, twoLines);
    const response = await call(POST, `/api/orders/${order.orderId}/returns?token=${order.token}`, {
      method: "POST",
      params: { id: order.orderId },
      headers: { "content-type": "application/json", origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      body: JSON.stringify({ lines: [{ orderLineId: lineOf(order), quantity: 1 }] }),
    });
    expect(response.status).toBe(403);
    expect(await db.returnRequest.count({ where: { orderId: order.orderId } })).toBe(0);
  });

  it.each([
    ["no lines", { lines: [] }, "lines"],
    ["lines missing", {}, "lines"],
    ["zero units", { lines: [{ orderLineId: "L0", quantity: 0 }] }, "lines.0.quantity"],
    ["negative units", { lines: [{ orderLineId: "L0", quantity: -1 }] }, "lines.0.quantity"],
    ["fractional units", { lines: [{ orderLineId: "L0", quantity: 1.5 }] }, "lines.0.quantity"],
    ["units as a string", { lines: [{ orderLineId: "L0", quantity: "1" }] }, "lines.0.quantity"],
    ["a line id that is not a uuid", { lines: [{ orderLineId: "1 OR 1=1", quantity: 1 }] }, "lines.0.orderLineId"],
    ["a line of another order", { lines: [{ orderLineId: "OTHER", quantity: 1 }] }, "lines.0.orderLineId"],
    [
      "the same line twice",
      {
        lines: [
          { orderLineId: "L0", quantity: 1 },
          { orderLineId: "L0", quantity: 1 },
        ],
      },
      "lines",
    ],
    [
      "a control character in the reason",
      { lines: [{ orderLineId: "L0", quantity: 1 }], reason: "bad\u0000" },
      "reason",
    ],
    ["a reason too long", { lines: [{ orderLineId: "L0", quantity: 1 }], reason: "x".repeat(1001) }, "reason"],
    ["an unknown field", { lines: [{ orderLineId: "L0", quantity: 1 }], refundMinor: 99999 }, "refundMinor"],
    [
      "a price sent along",
      { lines: [{ orderLineId: "L0", quantity: 1, unitPriceMinor: 1 }] },
      "lines.0.unitPriceMinor",
    ],
  ])("refuses %s with 400 and a field error", async (_, raw, field) => {
    const order = await placeDeliveredOrder(db, actor, twoLines);
    const other = await placeDeliveredOrder(db, actor, twoLines);
    const body = JSON.parse(
      JSON.stringify(raw)
        .replaceAll('"L0"', JSON.stringify(lineOf(order)))
        .replaceAll('"OTHER"', JSON.stringify(lineOf(other))),
    ) as unknown;
    const response = await post(order, body, { token: order.token });
    expect(response.status).toBe(400);
    const error = errorOf(response.body);
    expect(error.code).toBe("invalid_input");
    expect(Object.keys(error.fields ?? {})).toContain(field);
    expect(await db.returnRequest.count({ where: { orderId: order.orderId } })).toBe(0);
  });

  it("refuses a body that is not JSON (400) or not sent as JSON (415)", async () => {
    const order = await placeDeliveredOrder(db, actor, twoLines);
    expect((await post(order, "{not json", { token: order.token })).status).toBe(400);
    const wrongType = await call(POST, `/api/orders/${order.orderId}/returns?token=${order.token}`, {
      method: "POST",
      params: { id: order.orderId },
      headers: { "content-type": "text/plain" },
      body: "lines=1",
    });
    expect(wrongType.status).toBe(415);
  });
});

describe("what may be returned", () => {
  it("refuses more units than are left (409 on the line's quantity), counting earlier returns", async () => {
    const order = await placeDeliveredOrder(db, actor, twoLines);
    const tooMany = await post(
      order,
      { lines: [{ orderLineId: lineWith(order, 2), quantity: 3 }] },
      { token: order.token },
    );
    expect(tooMany.status).toBe(409);
    expect(errorOf(tooMany.body).fields).toEqual({
      "lines.0.quantity": "At most 2 of this item can still be returned.",
    });

    expect(
      (await post(order, { lines: [{ orderLineId: lineWith(order, 2), quantity: 1 }] }, { token: order.token })).status,
    ).toBe(201);
    const again = await post(
      order,
      { lines: [{ orderLineId: lineWith(order, 2), quantity: 2 }] },
      { token: order.token },
    );
    expect(errorOf(again.body).fields).toEqual({ "lines.0.quantity": "At most 1 of this item can still be returned." });
    expect(
      (await post(order, { lines: [{ orderLineId: lineWith(order, 2), quantity: 1 }] }, { token: order.token })).status,
    ).toBe(201);
    const none = await post(
      order,
      { lines: [{ orderLineId: lineWith(order, 2), quantity: 1 }] },
      { token: order.token },
    );
    expect(errorOf(none.body).fields).toEqual({
      "lines.0.quantity": "Every unit of this item is already in a return.",
    });
  });

  it("counts the units of a rejected return as returnable again", async () => {
    const order = await placeDeliveredOrder(db, actor, [{ priceMinor: 1000, quantity: 1 }]);
    const first = await requestReturn(db, { userId: null, linkValid: true }, order.orderId, {
      lines: [{ orderLineId: lineOf(order), quantity: 1 }],
    });
    await expect(
      requestReturn(db, { userId: null, linkValid: true }, order.orderId, {
        lines: [{ orderLineId: lineOf(order), quantity: 1 }],
      }),
    ).rejects.toMatchObject({ code: "conflict" });
    await rejectReturn(db, actor, first.id, { note: "Worn" });
    const second = await requestReturn(db, { userId: null, linkValid: true }, order.orderId, {
      lines: [{ orderLineId: lineOf(order), quantity: 1 }],
    });
    expect(second.number).toBe(`${order.number}-R2`);
  });

  it("opens only once the order is marked delivered (409 on `order` while paid or shipped)", async () => {
    const order = await placePaidOrder(db, [{ priceMinor: 1000, quantity: 1 }]);
    const line = await db.orderLine.findFirstOrThrow({ where: { orderId: order.orderId } });
    const ask = () =>
      requestReturn(db, { userId: null, linkValid: true }, order.orderId, {
        lines: [{ orderLineId: line.id, quantity: 1 }],
      });
    for (const step of ["paid", "shipped"]) {
      if (step === "shipped") await shipOrder(db, actor, order.orderId, { carrier: "DHL", trackingNumber: "X1" });
      const error: unknown = await ask().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({
        code: "conflict",
        details: { fields: { order: expect.stringMatching(/not been delivered yet/) as string } },
      });
    }
    expect(await db.returnRequest.count({ where: { orderId: order.orderId } })).toBe(0);
  });

  it("closes RETURN_WINDOW_DAYS (14) after delivery: day 13 is fine, day 15 is refused with the date", async () => {
    const order = await placeDeliveredOrder(db, actor, [{ priceMinor: 1000, quantity: 2 }]);
    const body = { lines: [{ orderLineId: lineOf(order), quantity: 1 }] };
    await deliveredDaysAgo(db, order.orderId, 13.9);
    expect((await post(order, body, { token: order.token })).status).toBe(201);
    await deliveredDaysAgo(db, order.orderId, 14.01);
    const late = await post(order, body, { token: order.token });
    expect(late.status).toBe(409);
    expect(errorOf(late.body).fields?.order).toMatch(/The 14-day return period for this order ended on /);
    const view = await call(GET, `/api/orders/${order.orderId}/returns?token=${order.token}`, {
      params: { id: order.orderId },
    });
    expect((view.body as { window: { open: boolean } }).window.open).toBe(false);
  });
});

describe("concurrent requests", () => {
  it("20 requests at once for the last unit: exactly one is accepted, the line is never over-returned", async () => {
    const order = await placeDeliveredOrder(db, actor, [{ priceMinor: 1000, quantity: 3 }]);
    const requester = { userId: null, linkValid: true };
    await requestReturn(db, requester, order.orderId, { lines: [{ orderLineId: lineOf(order), quantity: 2 }] });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        requestReturn(db, requester, order.orderId, { lines: [{ orderLineId: lineOf(order), quantity: 1 }] }),
      ),
    );
    const accepted = outcomes.filter((o) => o.status === "fulfilled");
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(accepted).toHaveLength(1);
    expect(refused).toHaveLength(19);
    for (const r of refused) expect(r.reason).toMatchObject({ code: "conflict" });
    const units = await db.returnLine.aggregate({ where: { orderLineId: lineOf(order) }, _sum: { quantity: true } });
    expect(units._sum.quantity).toBe(3);
    expect(await db.returnRequest.count({ where: { orderId: order.orderId } })).toBe(2);
    expect(
      await db.emailOutbox.count({
        where: { template: "return-update", payload: { path: ["orderId"], equals: order.orderId } },
      }),
    ).toBe(2);
  });
});
