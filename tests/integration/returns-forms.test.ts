import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/accounts/types";
import { createDb } from "@/lib/db/client";
import { type FormState, idleForm } from "@/lib/http/form-state";
import { requestReturn } from "@/lib/returns/request-return";
import { createAccount, form } from "../support/admin-people";
import { placeDeliveredOrder } from "../support/delivered-orders";
import { staffActor } from "../support/paid-orders";

// The pages' forms: the shopper's return form and the staff return page's buttons, called as the browser calls
// them. Only who is logged in is chosen; everything else is the real code against the real database.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));

const { requestReturnAction } = await import("@/app/(shop)/orders/[id]/return/actions");
const { approveReturnAction, receiveReturnAction, refundReturnAction, rejectReturnAction } =
  await import("@/app/admin/returns/actions");

const db = createDb(inject("databaseUrl"), 6);
afterAll(() => db.$disconnect());
const actor = staffActor();
let staff: CurrentUser;
let customer: CurrentUser;

beforeAll(async () => {
  staff = await createAccount(db, { role: "STAFF" });
  customer = await createAccount(db, { role: "CUSTOMER" });
});
beforeEach(() => {
  session.user = null;
});

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** What an action did: its form state, or where it redirected, or the HTTP error it threw (404, 401, 403). */
async function run(action: Action, values: Record<string, string>) {
  try {
    return { state: await action(idleForm, form(values)) };
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest !== "string") throw error;
    if (digest.startsWith("NEXT_REDIRECT")) return { redirect: digest.split(";")[2] ?? "" };
    return { http: digest.replace("NEXT_HTTP_ERROR_FALLBACK;", "") };
  }
}

const twoUnits = [{ priceMinor: 1500, quantity: 2 }];

describe("the shopper's return form", () => {
  it("with the order's link: stores the return and goes back to the order page", async () => {
    const order = await placeDeliveredOrder(db, actor, twoUnits);
    const line = order.lines[0]?.id ?? "";
    const outcome = await run(requestReturnAction, {
      orderId: order.orderId,
      token: order.token,
      [`qty-${line}`]: "1",
      reason: "Too big",
    });
    expect(outcome.redirect).toBe(
      `/orders/${order.orderId}?token=${encodeURIComponent(order.token)}&return=requested#returns`,
    );
    expect(await db.returnRequest.findFirst({ where: { orderId: order.orderId } })).toMatchObject({
      reason: "Too big",
    });
  });

  it.each([
    ["letters as units", "abc", /whole number/],
    ["a negative number", "-1", /whole number/],
    ["more than bought", "3", /At most 2 of this item/],
  ])("puts %s back on the line's field and stores nothing", async (_, quantity, message) => {
    const order = await placeDeliveredOrder(db, actor, twoUnits);
    const field = `qty-${order.lines[0]?.id ?? ""}`;
    const { state } = await run(requestReturnAction, { orderId: order.orderId, token: order.token, [field]: quantity });
    expect(state?.status).toBe("error");
    expect(state?.fields?.[field]).toMatch(message);
    expect(state?.values?.[field]).toBe(quantity);
    expect(await db.returnRequest.count({ where: { orderId: order.orderId } })).toBe(0);
  });

  it("asks for at least one unit, refuses an item not in the order and a hostile reason", async () => {
    const order = await placeDeliveredOrder(db, actor, twoUnits);
    const field = `qty-${order.lines[0]?.id ?? ""}`;
    const none = await run(requestReturnAction, { orderId: order.orderId, token: order.token, [field]: "0" });
    expect(none.state?.message).toMatch(/at least one item/);
    const stranger = `qty-${randomUUID()}`;
    const foreign = await run(requestReturnAction, { orderId: order.orderId, token: order.token, [stranger]: "1" });
    expect(foreign.state?.fields?.[stranger]).toBe("This item is not part of the order.");
    const hostile = await run(requestReturnAction, {
      orderId: order.orderId,
      token: order.token,
      [field]: "1",
      reason: "\u001b[2Jgone",
    });
    expect(hostile.state?.fields?.reason).toMatch(/not allowed/);
    expect(await db.returnRequest.count({ where: { orderId: order.orderId } })).toBe(0);
  });

  it("refuses an argument that is not a form without failing", async () => {
    // As a script calling the action endpoint with any arguments would.
    const anyArguments = requestReturnAction as (...args: unknown[]) => Promise<FormState>;
    expect(await anyArguments(idleForm, { orderId: randomUUID() })).toMatchObject({ status: "error" });
    expect(await anyArguments()).toMatchObject({ status: "error" });
  });

  it("answers 404 without the link or as another customer, and takes the signed-in owner", async () => {
    const order = await placeDeliveredOrder(db, actor, twoUnits);
    const field = `qty-${order.lines[0]?.id ?? ""}`;
    expect((await run(requestReturnAction, { orderId: order.orderId, token: "", [field]: "1" })).http).toBe("404");
    expect((await run(requestReturnAction, { orderId: "not-a-uuid", token: order.token, [field]: "1" })).http).toBe(
      "404",
    );
    session.user = customer;
    expect((await run(requestReturnAction, { orderId: order.orderId, token: "", [field]: "1" })).http).toBe("404");
    await db.order.update({ where: { id: order.orderId }, data: { userId: customer.id } });
    expect((await run(requestReturnAction, { orderId: order.orderId, token: "", [field]: "1" })).redirect).toMatch(
      /return=requested/,
    );
    expect(await db.returnRequest.count({ where: { orderId: order.orderId } })).toBe(1);
  });
});

describe("the staff return page's forms", () => {
  it("approve, receive (ticked lines back into stock) and refund, each redirecting with its notice", async () => {
    const order = await placeDeliveredOrder(db, actor, twoUnits);
    const line = order.lines[0];
    if (!line) throw new Error("no line");
    const ret = await requestReturn(db, { userId: null, linkValid: true }, order.orderId, {
      lines: [{ orderLineId: line.id, quantity: 2 }],
    });
    session.user = staff;
    expect((await run(rejectReturnAction, { id: ret.id, note: "" })).state?.fields?.note).toMatch(/Say why/);
    expect((await run(approveReturnAction, { id: ret.id, note: "bad\u0000" })).state?.fields?.note).toMatch(
      /not allowed/,
    );
    expect((await run(approveReturnAction, { id: ret.id, note: "" })).redirect).toBe(
      `/admin/returns/${ret.id}?notice=approved`,
    );
    expect((await run(approveReturnAction, { id: ret.id, note: "" })).state?.message).toMatch(
      /is approved; it cannot be approved/,
    );

    const returnLine = await db.returnLine.findFirstOrThrow({ where: { returnId: ret.id } });
    expect((await run(receiveReturnAction, { id: ret.id, [`restock-${returnLine.id}`]: "maybe" })).state?.status).toBe(
      "error",
    );
    const stockBefore = await db.productVariant.findUniqueOrThrow({ where: { id: line.variantId } });
    expect((await run(receiveReturnAction, { id: ret.id, [`restock-${returnLine.id}`]: "yes" })).redirect).toBe(
      `/admin/returns/${ret.id}?notice=received`,
    );
    const stockAfter = await db.productVariant.findUniqueOrThrow({ where: { id: line.variantId } });
    expect(stockAfter.stockOnHand).toBe(stockBefore.stockOnHand + 2);

    expect((await run(refundReturnAction, { id: ret.id })).redirect).toBe(`/admin/returns/${ret.id}?notice=refunded`);
    expect((await run(refundReturnAction, { id: ret.id })).state?.status).toBe("error");
    expect(await db.creditNote.count({ where: { orderId: order.orderId } })).toBe(1);
  });

  it("refuses visitors (401) and customers (403) before reading the form", async () => {
    const order = await placeDeliveredOrder(db, actor, twoUnits);
    const ret = await requestReturn(db, { userId: null, linkValid: true }, order.orderId, {
      lines: [{ orderLineId: order.lines[0]?.id ?? "", quantity: 1 }],
    });
    for (const [user, status] of [
      [null, "401"],
      [customer, "403"],
    ] as const) {
      session.user = user;
      for (const action of [approveReturnAction, rejectReturnAction, receiveReturnAction, refundReturnAction]) {
        expect((await run(action, { id: ret.id, note: "x" })).http).toBe(status);
      }
    }
    expect((await db.returnRequest.findUniqueOrThrow({ where: { id: ret.id } })).status).toBe("REQUESTED");
  });
});
