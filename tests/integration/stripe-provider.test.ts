import { type IncomingMessage, type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStripeProvider, stripeClient } from "@/lib/payments/stripe-provider";

// Stripe's API cannot be reached from tests, so a loopback server stands in for it at the network edge, answering
// with a Checkout Session shaped as Stripe documents it. Everything on our side (the SDK, our request) is real.
interface Seen {
  path: string;
  idempotencyKey: string | undefined;
  form: URLSearchParams;
}
const seen: Seen[] = [];
let server: Server;
let fail = false;

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}

beforeAll(async () => {
  server = createServer((req, res) => {
    void body(req).then((text) => {
      const form = new URLSearchParams(text);
      seen.push({ path: req.url ?? "", idempotencyKey: req.headers["idempotency-key"] as string | undefined, form });
      if (fail) {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { type: "api_error", message: "Something went wrong on Stripe's end." } }));
        return;
      }
      const id = `cs_test_${randomUUID().replaceAll("-", "")}`;
      res.writeHead(200, { "content-type": "application/json", "request-id": "req_test" });
      res.end(
        JSON.stringify({
          id,
          object: "checkout.session",
          amount_total: Number(form.get("line_items[0][price_data][unit_amount]")),
          currency: form.get("line_items[0][price_data][currency]"),
          mode: "payment",
          payment_status: "unpaid",
          status: "open",
          url: `https://checkout.stripe.com/c/pay/${id}`,
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function provider() {
  const { port } = server.address() as AddressInfo;
  return createStripeProvider(
    stripeClient("sk_test_0123456789abcdefghijklmn", { host: "127.0.0.1", port, protocol: "http" }),
  );
}

const request = (paymentId: string) => ({
  paymentId,
  orderId: randomUUID(),
  orderNumber: "100123",
  amountMinor: 12345,
  currency: "EUR",
  email: "shopper@example.com",
  successUrl: "http://localhost:3000/orders/x?payment=returned",
  cancelUrl: "http://localhost:3000/orders/x?payment=cancelled",
  expiresAt: new Date(Date.now() + 30 * 60_000),
});

describe("Stripe provider", () => {
  it("creates a Checkout Session for the server-computed amount with an idempotency key per attempt", async () => {
    const paymentId = randomUUID();
    const started = await provider().startCheckout(request(paymentId));
    expect(started.reference).toMatch(/^cs_test_/);
    expect(started.redirectUrl).toMatch(/^https:\/\/checkout\.stripe\.com\//);
    const call = seen.at(-1);
    expect(call?.path).toBe("/v1/checkout/sessions");
    expect(call?.idempotencyKey).toBe(`checkout-${paymentId}`);
    expect(call?.form.get("line_items[0][price_data][unit_amount]")).toBe("12345");
    expect(call?.form.get("line_items[0][price_data][currency]")).toBe("eur");
    expect(call?.form.get("mode")).toBe("payment");
    expect(call?.form.get("metadata[paymentId]")).toBe(paymentId);
    // Stripe requires sessions to stay open at least 30 minutes.
    expect(Number(call?.form.get("expires_at")) * 1000).toBeGreaterThan(Date.now() + 30 * 60_000);
  });

  it("retries with the same idempotency key, so a flaky network never creates two sessions", async () => {
    fail = true;
    const before = seen.length;
    const paymentId = randomUUID();
    await expect(provider().startCheckout(request(paymentId))).rejects.toThrow();
    fail = false;
    const keys = seen.slice(before).map((s) => s.idempotencyKey);
    expect(keys.length).toBeGreaterThan(1);
    expect(new Set(keys)).toEqual(new Set([`checkout-${paymentId}`]));
  });
});
