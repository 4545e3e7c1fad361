import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { testAccounts } from "../support/accounts";
import { createTestVariant } from "../support/fixtures";
import { FAULT_APP_PORTS, freePortIn } from "../support/free-port";
import { addToCart, checkoutBody, send } from "../support/http-shopper";
import { type ShopProcess, startShopProcess } from "../support/shop-process";
import { waitUntil } from "../support/smtp-sink";

// What operators rely on: JSON log lines that carry the request id of the request they were written for (the
// same id as the response's x-request-id header and error body), and a SIGTERM that lets in-flight requests
// finish, stops the mail worker and the background jobs, and exits 0.

const url = inject("databaseUrl");
let shop: ShopProcess;
beforeAll(async () => {
  shop = await startShopProcess({ port: await freePortIn(...FAULT_APP_PORTS), databaseUrl: url });
});
afterAll(() => shop.kill());

const linesFor = (requestId: string) => shop.logs.filter((line) => line.requestId === requestId);

describe("request ids in logs and errors", () => {
  it("puts the request id on every log line of a request and on its error body", async () => {
    // Logging in with a guest cart writes a log line from deep inside the app (the cart merge), which knows
    // nothing of the request: the id reaches it through the request's async context.
    const db = createDb(url, 2);
    const { variant } = await createTestVariant(db, { stock: 5 });
    await db.$disconnect();
    const { cookie } = await addToCart(shop.baseUrl, variant.id, 1);
    const requestId = "login-trace-0001";
    const login = await send(`${shop.baseUrl}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: cookie ?? "", "x-request-id": requestId },
      body: JSON.stringify({ email: testAccounts.customerEmail, password: testAccounts.customerPassword }),
    });
    expect(login.status).toBe(200);
    expect(login.headers.get("x-request-id")).toBe(requestId);
    // The access line is written once the response is out.
    await waitUntil(() => linesFor(requestId).some((l) => l.message === "request"));
    const lines = linesFor(requestId);
    expect(lines.map((l) => l.message)).toEqual(expect.arrayContaining(["guest cart merged", "request"]));
    expect(lines.find((l) => l.message === "request")).toMatchObject({
      level: "info",
      method: "POST",
      path: "/api/session",
      status: 200,
    });

    // Without an id of its own, a request gets a new one; an error body carries it as the header does.
    const refused = await send(`${shop.baseUrl}/api/checkout`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(refused.status).toBe(400);
    const id = (refused.body as { error: { requestId: string } }).error.requestId;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(refused.headers.get("x-request-id")).toBe(id);
    await waitUntil(() => linesFor(id).some((l) => l.message === "request"));
    expect(linesFor(id)).toContainEqual(expect.objectContaining({ message: "request", status: 400 }));

    // An id that could corrupt logs is replaced, not echoed.
    const hostile = await send(`${shop.baseUrl}/api/ping`, { headers: { "x-request-id": "bad id\twith tab" } });
    expect(hostile.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    // Query strings (order links carry tokens) never reach the log.
    const withToken = await send(`${shop.baseUrl}/api/ping?token=secret-token-value`);
    const tokenRequestId = withToken.headers.get("x-request-id") ?? "";
    await waitUntil(() => linesFor(tokenRequestId).some((l) => l.message === "request"));
    expect(JSON.stringify(shop.logs)).not.toContain("secret-token-value");
  });
});

/** A checkout whose body arrives in two parts, `gapMs` apart: a request that is still in flight for a while. */
function slowCheckout(baseUrl: string, cookie: string, gapMs: number, onFirstPart: () => void) {
  const body = JSON.stringify(checkoutBody());
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      `${baseUrl}/api/checkout`,
      {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), cookie },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on("error", reject);
    req.write(body.slice(0, 20));
    req.flushHeaders();
    setTimeout(onFirstPart, 100);
    setTimeout(() => req.end(body.slice(20)), gapMs);
  });
}

describe("graceful shutdown", () => {
  it("on SIGTERM finishes the request in flight, refuses new ones, stops the worker and exits 0", async () => {
    const db = createDb(url, 2);
    const { variant } = await createTestVariant(db, { stock: 5 });
    await db.$disconnect();
    const { cookie } = await addToCart(shop.baseUrl, variant.id, 1);

    let signalledAt = 0;
    const inFlight = slowCheckout(shop.baseUrl, cookie ?? "", 1_500, () => {
      signalledAt = Date.now();
      process.kill(shop.pid, "SIGTERM");
    });
    // Once the signal is in, the server no longer accepts connections.
    await waitUntil(() => shop.logs.some((l) => l.message === "shutting down: finishing in-flight requests"));
    const late = await send(`${shop.baseUrl}/api/ping`);
    expect(late.status).toBe(0);

    const answer = await inFlight;
    expect(answer.status, answer.body).toBe(201);
    expect(JSON.parse(answer.body)).toMatchObject({ orderId: expect.any(String) as string });

    const exit = await shop.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    // It left as soon as the work was done, not at the 10 s drain deadline.
    expect(Date.now() - signalledAt).toBeLessThan(8_000);
    const messages = shop.logs.map((l) => l.message);
    expect(messages).toEqual(
      expect.arrayContaining(["shutting down: finishing in-flight requests", "mail worker stopped", "stopped"]),
    );
    expect(messages.indexOf("mail worker stopped")).toBeLessThan(messages.indexOf("stopped"));
    expect(messages).not.toContain("requests still running after the drain period were cut off");
  });
});
