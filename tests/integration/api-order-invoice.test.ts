import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { GET } from "@/app/api/orders/[id]/invoice/route";
import { placeOrder } from "@/lib/checkout/place-order";
import { createDb } from "@/lib/db/client";
import { invoiceInputForOrder } from "@/lib/invoices/invoice-input-for-order";
import { issueInvoice } from "@/lib/invoices/issue-invoice";
import { orderPath } from "@/lib/orders/order-link";
import { checkoutInput, createTestVariant, guestCartWith } from "../support/fixtures";
import { pdfText } from "../support/pdf-text";
import { call, errorOf } from "../support/route";

const db = createDb(inject("databaseUrl"), 4);
afterAll(() => db.$disconnect());

let paid = { orderId: "", token: "", number: "" };
let unpaid = { orderId: "", token: "" };

async function placeTestOrder() {
  const { variant } = await createTestVariant(db, { stock: 5, priceMinor: 1500 });
  const ref = await guestCartWith(db, [{ variantId: variant.id, quantity: 1 }]);
  const placed = await placeOrder(db, ref, checkoutInput(), { paymentProvider: "test" });
  const token = new URL(`http://x${orderPath(placed.orderId)}`).searchParams.get("token") ?? "";
  return { orderId: placed.orderId, token };
}

beforeAll(async () => {
  const order = await placeTestOrder();
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
