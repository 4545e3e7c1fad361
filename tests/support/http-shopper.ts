import { DEMO_DELIVERY } from "@/prisma/seed/delivery-data";
import { randomUUID } from "node:crypto";

// A shopper talking to a running shop over HTTP, as the storefront's API clients do: a guest cart kept in the
// `cart` cookie, checkout with an idempotency key, and paying on the built-in test provider's page.

export interface HttpResult {
  status: number;
  headers: Headers;
  body: unknown;
  ms: number;
}

/** A request that may get no answer at all (server killed, connection refused): status 0 then. */
export async function send(url: string, init: RequestInit = {}): Promise<HttpResult> {
  const started = performance.now();
  try {
    const response = await fetch(url, { ...init, signal: init.signal ?? AbortSignal.timeout(30_000) });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      // not JSON (an HTML page)
    }
    return { status: response.status, headers: response.headers, body, ms: performance.now() - started };
  } catch (error) {
    return { status: 0, headers: new Headers(), body: String(error), ms: performance.now() - started };
  }
}

const json = (body: unknown, cookie?: string): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
  body: JSON.stringify(body),
});

export function cartCookieOf(result: HttpResult): string | undefined {
  return /(?:^|,\s*)(cart=[0-9a-f-]{36})/.exec(result.headers.get("set-cookie") ?? "")?.[1];
}

/** Adds a variant to the cart in `cookie` (a new guest cart when none); returns the cart cookie. */
export async function addToCart(
  baseUrl: string,
  variantId: string,
  quantity = 1,
  cookie?: string,
): Promise<HttpResult & { cookie: string | undefined }> {
  const result = await send(`${baseUrl}/api/cart/lines`, json({ variantId, quantity }, cookie));
  return { ...result, cookie: cartCookieOf(result) ?? cookie };
}

export function checkoutBody(
  idempotencyKey: string = randomUUID(),
  email = `shopper-${idempotencyKey.slice(0, 8)}@example.com`,
) {
  return {
    email,
    shippingAddress: {
      name: "Fault Tester",
      line1: "1 Main Street",
      city: "Dublin",
      postalCode: "D01 F5P2",
      country: "IE",
    },
    shippingMethodId: DEMO_DELIVERY.methods.euStandard,
    paymentMethod: "test",
    idempotencyKey,
    termsAccepted: true,
  };
}

export async function checkout(
  baseUrl: string,
  cookie: string,
  body: ReturnType<typeof checkoutBody>,
): Promise<HttpResult> {
  return send(`${baseUrl}/api/checkout`, json(body, cookie));
}

/**
 * Pays on the built-in test provider's page the way a browser without JavaScript does: loads the page and submits
 * its form (a server action posted as multipart form data) with the chosen button.
 */
export async function payOnTestPage(
  baseUrl: string,
  paymentUrl: string,
  outcome: "pay" | "pay_delayed" | "decline" = "pay",
) {
  const pageUrl = new URL(paymentUrl, baseUrl).toString();
  const page = await send(pageUrl);
  if (page.status !== 200 || typeof page.body !== "string") return page;
  const form = new FormData();
  for (const match of page.body.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) {
    form.append((match[1] ?? "").replaceAll("&amp;", "&"), (match[2] ?? "").replaceAll("&amp;", "&"));
  }
  form.append("outcome", outcome);
  return send(pageUrl, { method: "POST", body: form, redirect: "manual", headers: { origin: baseUrl } });
}
