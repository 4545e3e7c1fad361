import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { GET } from "@/app/api/orders/[id]/invoice/route";
import { SESSION_COOKIE, issueSessionToken } from "@/lib/auth/session-token";
import { placeOrder } from "@/lib/checkout/place-order";
import { createDb } from "@/lib/db/client";
import { invoiceInputForOrder } from "@/lib/invoices/invoice-input-for-order";
import { issueInvoice } from "@/lib/invoices/issue-invoice";
import { orderPath } from "@/lib/orders/order-link";
import { testAccounts } from "../support/accounts";
import { checkoutInput, createTestVariant, guestCartWith } from "../support/fixtures";
import { pdfText } from "../support/pdf-text";
import { call, errorOf } from "../support/route";

const db = createDb(inject("databaseUrl"), 4);
afterAll(() => db.$disconnect());

let paid = { orderId: "", token: "", number: "" };
let unpaid = { orderId: "", token: "" };

async function placeTestOrder(userId: string | null = null) {
  const { variant } = await createTestVariant(db, { stock: 5, priceMinor: 1500 });
  const lines = [{ variantId: variant.id, quantity: 1 }];
  const ref = userId
    ? {
        cartId: (
          await db.cart.upsert({
            where: { userId },
            create: { userId, lines: { create: lines } },
            update: { lines: { deleteMany: {}, create: lines } },
          })
        ).id,
        userId,
      }
    : await guestCartWith(db, lines);
  const placed = await placeOrder(db, ref, checkoutInput(), { paymentProvider: "test" });
  const token = new URL(`http://x${orderPath(placed.orderId)}`).searchParams.get("token") ?? "";
  return { orderId: placed.orderId, token };
}

/** The session cookie of a seeded account, as the browser would send it after a full sign-in. */
async function cookieFor(email: string): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const claims = { userId: user.id, sessionVersion: user.sessionVersion, secondFactor: user.role === "ADMIN" };
  return `${SESSION_COOKIE}=${await issueSessionToken(claims)}`;
}
let ownerCookie = "";
let strangerCookie = "";
let staffCookie = "";

beforeAll(async () => {
  const owner = await db.user.findUniqueOrThrow({ where: { email: testAccounts.customerEmail } });
  const stranger = await db.user.create({
    data: { email: `stranger-${Date.now()}@example.com`, name: "Stranger", passwordHash: "x", role: "CUSTOMER" },
  });
  ownerCookie = await cookieFor(owner.email);
  strangerCookie = await cookieFor(stranger.email);
  staffCookie = await cookieFor(testAccounts.adminEmail);
  const order = await placeTestOrder(owner.id);
  const invoice = await db.$transaction(async (tx) =>
    issueInvoice(tx, await invoiceInputForOrder(tx, order.orderId, new Date())),
  );
  paid = { ...order, number: invoice.number };
  unpaid = await placeTestOrder();
});

describe("GET /api/orders/[id]/invoice", () => {
  it("gives the holder of the order's link the stored PDF with a proper filename", async () => {
    const response = await GET(
      new Request(`http://localhost:3000/api/orders/${paid.orderId}/invoice?token=${paid.token}`),
      { params: Promise.resolve({ id: paid.orderId }) },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toContain(`filename="invoice-${paid.number}.pdf"`);
    const stored = await db.invoice.findUniqueOrThrow({ where: { orderId: paid.orderId } });
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.equals(Buffer.from(stored.pdf))).toBe(true);
    expect(await pdfText(body)).toContain(`Invoice ${paid.number}`);
  });

  it.each([
    ["the customer who placed it", () => ownerCookie],
    ["staff", () => staffCookie],
  ])("gives %s the invoice", async (_, cookie) => {
    const response = await call(GET, `/api/orders/${paid.orderId}/invoice`, {
      params: { id: paid.orderId },
      headers: { cookie: cookie() },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
  });

  it("gives another customer 404, as if the order did not exist", async () => {
    const response = await call(GET, `/api/orders/${paid.orderId}/invoice`, {
      params: { id: paid.orderId },
      headers: { cookie: strangerCookie },
    });
    expect(response.status).toBe(404);
    expect(errorOf(response.body).code).toBe("not_found");
  });

  it.each([
    ["no credentials", () => [paid.orderId, ""], 404, "not_found"],
    ["another order's link", () => [paid.orderId, unpaid.token], 404, "not_found"],
    ["a forged token", () => [paid.orderId, "A".repeat(43)], 404, "not_found"],
    ["an unpaid order, with its own link", () => [unpaid.orderId, unpaid.token], 404, "not_found"],
    ["a malformed order id", () => ["1' OR '1'='1", paid.token], 400, "invalid_input"],
    ["an over-long token", () => [paid.orderId, "x".repeat(500)], 400, "invalid_input"],
  ])("%s → %i %s", async (_, input, status, code) => {
    const [id = "", token = ""] = input();
    const query = token ? `?token=${encodeURIComponent(token)}` : "";
    const response = await call(GET, `/api/orders/${encodeURIComponent(id)}/invoice${query}`, { params: { id } });
    expect(response.status).toBe(status);
    expect(errorOf(response.body).code).toBe(code);
    expect(response.text).not.toContain("%PDF");
  });
});
