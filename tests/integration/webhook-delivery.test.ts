import net from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, describe, expect, inject, it, vi } from "vitest";
import { createDb } from "@/lib/db/client";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { createWebhookEndpoint } from "@/lib/webhooks/create-webhook-endpoint";
import { type WebhookDeliveryOptions, deliverNextWebhook } from "@/lib/webhooks/deliver-next-webhook";
import type { AddressPolicy } from "@/lib/webhooks/endpoint-address";
import type { WebhookEventType } from "@/lib/webhooks/event-types";
import { webhookBodySchema } from "@/lib/webhooks/payloads";
import { pruneWebhookLog } from "@/lib/webhooks/prune-webhook-log";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";
import { sendTestWebhook } from "@/lib/webhooks/send-test-webhook";
import { startWebhookWorker } from "@/lib/webhooks/webhook-worker";
import { placePaidOrder, placeUnpaidOrder } from "../support/paid-orders";
import { actorOf, createAccount } from "../support/admin-people";
import { type WebhookReceiver, startWebhookReceiver, waitFor } from "../support/webhook-receiver";

// Outbound webhooks end to end against a receiver on loopback: events written by the database in the transaction
// of the change, delivered by the worker with Standard Webhooks signatures that the reference library verifies.

const db = createDb(inject("databaseUrl"), 6);
const loopback: AddressPolicy = { allowHttp: true, allowPrivate: true };
const fast = (overrides: Partial<WebhookDeliveryOptions> = {}): WebhookDeliveryOptions => ({
  leaseMs: 60_000,
  retryBaseMs: 10,
  retryWindowMs: 3_600_000,
  timeoutMs: 5_000,
  policy: loopback,
  ...overrides,
});

let admin: StaffActor;
const receivers: WebhookReceiver[] = [];
async function receiver(...args: Parameters<typeof startWebhookReceiver>) {
  const started = await startWebhookReceiver(...args);
  receivers.push(started);
  return started;
}

async function endpointFor(url: string, events: WebhookEventType[]) {
  admin ??= actorOf(await createAccount(db, { role: "ADMIN" }));
  return createWebhookEndpoint(db, admin, { url, events }, loopback);
}

/** Runs deliveries until nothing is due. */
async function drain(options = fast()) {
  while ((await deliverNextWebhook(db, options)) !== "idle");
}

afterEach(async () => {
  await db.webhookEndpoint.deleteMany();
  await Promise.all(receivers.splice(0).map((r) => r.close()));
  vi.restoreAllMocks();
});
afterAll(() => db.$disconnect());

const parsed = (body: string) => JSON.parse(body) as { type: string; data: Record<string, unknown> };
const headersOf = (r: WebhookReceiver, i: number) => {
  const h = r.received[i]?.headers ?? {};
  return {
    "webhook-id": String(h["webhook-id"]),
    "webhook-timestamp": String(h["webhook-timestamp"]),
    "webhook-signature": String(h["webhook-signature"]),
  };
};

describe("delivering events", () => {
  it("a paid order delivers order.paid once, signed so that the standardwebhooks library verifies it", async () => {
    const hooks = await receiver();
    const { endpoint, secret } = await endpointFor(hooks.url, ["order.paid"]);
    expect(secret).toMatch(/^whsec_/);
    const order = await placePaidOrder(db, [{ priceMinor: 1999, quantity: 2 }]);
    await drain();
    await drain();

    expect(hooks.received).toHaveLength(1);
    const [request] = hooks.received;
    const verified = new Webhook(secret).verify(request?.body ?? "", headersOf(hooks, 0));
    expect(verified).toMatchObject({ type: "order.paid", version: 1, data: { id: order.orderId, status: "PAID" } });
    expect(webhookBodySchema("order.paid")?.safeParse(verified).success).toBe(true);
    const body = parsed(request?.body ?? "{}");
    expect(body.data).toMatchObject({ previousStatus: "PENDING_PAYMENT", totalMinor: order.totalMinor });
    expect(request?.headers["content-type"]).toBe("application/json");
    // A tampered body or another secret does not verify.
    expect(() => new Webhook(secret).verify(`${request?.body} `, headersOf(hooks, 0))).toThrow();
    const other = await endpointFor(hooks.url, ["order.paid"]);
    expect(() => new Webhook(other.secret).verify(request?.body ?? "", headersOf(hooks, 0))).toThrow();

    const deliveries = await db.webhookDelivery.findMany({ where: { endpointId: endpoint.id } });
    expect(deliveries).toEqual([expect.objectContaining({ status: "SUCCEEDED", attempts: 1, lastStatusCode: 200 })]);
  });

  it("an unpaid order that is never committed sends nothing; a committed one sends order.created with its lines", async () => {
    const hooks = await receiver();
    await endpointFor(hooks.url, ["order.created"]);
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT shop_enqueue_webhook('order.created', '{}'::jsonb)`;
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    const order = await placeUnpaidOrder(db, [{ priceMinor: 500, quantity: 3 }]);
    await drain();
    expect(hooks.received).toHaveLength(1);
    const body = parsed(hooks.received[0]?.body ?? "{}");
    expect(webhookBodySchema("order.created")?.parse(body)).toMatchObject({
      data: { id: order.orderId, status: "PENDING_PAYMENT", lines: [{ quantity: 3, unitPriceMinor: 500 }] },
    });
  });

  it("products, low stock and contact messages are events, each payload as documented, spam and stock moves not", async () => {
    const hooks = await receiver();
    await endpointFor(hooks.url, ["product.created", "product.updated", "stock.low", "contact.received"]);
    // A product with its variant (one product.created), then sold down to the low-stock threshold.
    const order = await placeUnpaidOrder(db, [{ priceMinor: 900, quantity: 2, stock: 7 }]);
    const [variant] = order.variants;
    if (!variant) throw new Error("no variant");
    await db.product.update({ where: { id: variant.productId }, data: { name: "Renamed mug" } });
    await db.productVariant.update({ where: { id: variant.id }, data: { priceMinor: 950 } });
    const base = { name: "Eva", email: "eva@example.com", subject: "OTHER" as const, message: "Hello", consent: true };
    await db.contactMessage.create({ data: { ...base, clientAddressHash: "a".repeat(64) } });
    await db.contactMessage.create({ data: { ...base, status: "SPAM", clientAddressHash: "b".repeat(64) } });
    await drain();

    const bodies = hooks.received.map((r) => parsed(r.body));
    expect(bodies.map((b) => b.type)).toEqual([
      "product.created",
      "stock.low",
      "product.updated",
      "product.updated",
      "contact.received",
    ]);
    for (const body of bodies) expect(webhookBodySchema(body.type)?.safeParse(body).error).toBeUndefined();
    expect(bodies[0]?.data).toMatchObject({ id: variant.productId, variants: [{ sku: variant.sku, available: 7 }] });
    expect(bodies[1]?.data).toMatchObject({ sku: variant.sku, available: 5, threshold: 5 });
    expect(bodies[2]?.data).toMatchObject({ name: "Renamed mug" });
    expect(bodies[3]?.data).toMatchObject({ variants: [{ priceMinor: 950 }] });
    expect(bodies[4]?.data).toMatchObject({ name: "Eva", subject: "OTHER", message: "Hello" });
  });

  it("an order entering CONFIRMED (cash on delivery) or expiring sends order.confirmed and order.cancelled", async () => {
    const hooks = await receiver();
    await endpointFor(hooks.url, ["order.confirmed", "order.cancelled"]);
    const cod = await placeUnpaidOrder(db, [{ priceMinor: 700, quantity: 1 }]);
    const lapsed = await placeUnpaidOrder(db, [{ priceMinor: 800, quantity: 1 }]);
    // Written as the status changes themselves, whichever code makes them.
    await db.$executeRaw`UPDATE orders SET status = 'CONFIRMED' WHERE id = ${cod.orderId}::uuid`;
    await db.$executeRaw`UPDATE orders SET status = 'EXPIRED' WHERE id = ${lapsed.orderId}::uuid`;
    await drain();
    const bodies = hooks.received.map((r) => parsed(r.body));
    expect(bodies.map((b) => [b.type, b.data.id, b.data.status, b.data.previousStatus])).toEqual([
      ["order.confirmed", cod.orderId, "CONFIRMED", "PENDING_PAYMENT"],
      ["order.cancelled", lapsed.orderId, "EXPIRED", "PENDING_PAYMENT"],
    ]);
    for (const body of bodies) expect(webhookBodySchema(body.type)?.safeParse(body).error).toBeUndefined();
  });

  it("a receiver answering 500 three times then 200 gets the same webhook-id each time and nothing after", async () => {
    const hooks = await receiver((_request, index) => (index < 3 ? { status: 500, body: "down" } : { status: 200 }));
    const { endpoint } = await endpointFor(hooks.url, ["order.paid"]);
    await placePaidOrder(db, [{ priceMinor: 1200, quantity: 1 }]);
    const delivery = await waitFor(
      async () => {
        await drain();
        return db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });
      },
      (row) => row.status === "SUCCEEDED",
      "the delivery did not succeed",
    );
    expect(delivery.attempts).toBe(4);
    // A SUCCEEDED delivery is never due again: one more drain sends nothing.
    await drain();
    expect(hooks.received).toHaveLength(4);
    const ids = new Set(hooks.received.map((r) => r.headers["webhook-id"]));
    expect(ids.size).toBe(1);
    expect(new Set(hooks.received.map((r) => r.body)).size).toBe(1);
    const log = await db.webhookAttempt.findMany({ where: { deliveryId: delivery.id }, orderBy: { attempt: "asc" } });
    expect(log.map((a) => [a.attempt, a.statusCode, a.succeeded, a.responseBody])).toEqual([
      [1, 500, false, "down"],
      [2, 500, false, "down"],
      [3, 500, false, "down"],
      [4, 200, true, ""],
    ]);
  });

  it("concurrent workers deliver every event once, in order per endpoint", async () => {
    const slow = () => ({ status: 200, delayMs: 15 });
    const [a, b] = [await receiver(slow), await receiver(slow)];
    const endpoints = [
      (await endpointFor(a.url, ["order.paid"])).endpoint,
      (await endpointFor(b.url, ["order.paid"])).endpoint,
    ];
    const sent: string[][] = [[], []];
    for (let i = 0; i < 12; i++) {
      for (const [n, endpoint] of endpoints.entries())
        sent[n]?.push((await sendTestWebhook(db, admin, endpoint.id)).eventId);
    }
    const workerDbs = [0, 1, 2, 3].map(() => createDb(inject("databaseUrl"), 2));
    const workers = workerDbs.map((workerDb) => startWebhookWorker({ db: workerDb, pollMs: 10, ...fast() }));
    try {
      await waitFor(
        () =>
          db.webhookDelivery.count({ where: { status: "PENDING", endpointId: { in: endpoints.map((e) => e.id) } } }),
        (pending) => pending === 0,
        "deliveries still pending",
        30_000,
      );
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
      await Promise.all(workerDbs.map((d) => d.$disconnect()));
    }
    for (const [n, hooks] of [a, b].entries()) {
      const ids = hooks.received.map((r) => String(r.headers["webhook-id"]));
      expect(ids).toHaveLength(12);
      expect(ids).toEqual(sent[n]);
    }
  });

  it("after a rotation, deliveries verify with the old and the new secret until the grace period ends", async () => {
    const hooks = await receiver();
    const { endpoint, secret: oldSecret } = await endpointFor(hooks.url, ["order.paid"]);
    const { secret: newSecret, previousSecretExpiresAt } = await rotateWebhookSecret(db, admin, endpoint.id, {
      graceHours: 24,
    });
    expect(previousSecretExpiresAt?.getTime()).toBeGreaterThan(Date.now() + 23 * 3_600_000);
    await sendTestWebhook(db, admin, endpoint.id);
    await drain();
    expect(hooks.received).toHaveLength(1);
    const body = hooks.received[0]?.body ?? "";
    expect(new Webhook(oldSecret).verify(body, headersOf(hooks, 0))).toMatchObject({ type: "webhook.test" });
    expect(new Webhook(newSecret).verify(body, headersOf(hooks, 0))).toMatchObject({ type: "webhook.test" });

    // Without grace the old secret stops at once.
    const { secret: newest } = await rotateWebhookSecret(db, admin, endpoint.id, { graceHours: 0 });
    await sendTestWebhook(db, admin, endpoint.id);
    await drain();
    const last = hooks.received[1]?.body ?? "";
    expect(new Webhook(newest).verify(last, headersOf(hooks, 1))).toMatchObject({ type: "webhook.test" });
    expect(() => new Webhook(newSecret).verify(last, headersOf(hooks, 1))).toThrow();
    expect(() => new Webhook(oldSecret).verify(last, headersOf(hooks, 1))).toThrow();
  });

  it("a delivery failing for the whole retry window fails, turns the endpoint off and e-mails the administrators", async () => {
    const hooks = await receiver(() => ({ status: 503, body: "maintenance" }));
    const { endpoint } = await endpointFor(hooks.url, ["order.paid"]);
    const test = await sendTestWebhook(db, admin, endpoint.id);
    const second = await sendTestWebhook(db, admin, endpoint.id);
    const options = fast({ retryWindowMs: 150 });
    const failed = await waitFor(
      async () => {
        await drain(options);
        return db.webhookDelivery.findUniqueOrThrow({ where: { id: test.deliveryId } });
      },
      (row) => row.status === "FAILED",
      "the delivery did not fail",
    );
    expect(failed.attempts).toBeGreaterThan(1);
    const after = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(after.active).toBe(false);
    expect(after.disabledReason).toContain("HTTP 503");
    // The next event waits for the endpoint to be turned on again; it is neither sent nor failed.
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: second.deliveryId } })).toMatchObject({
      status: "PENDING",
      attempts: 0,
    });
    const mails = await db.emailOutbox.findMany({
      where: { template: "webhook-endpoint-disabled", payload: { path: ["endpointId"], equals: endpoint.id } },
    });
    const admins = await db.user.count({ where: { role: "ADMIN", disabledAt: null } });
    expect(mails).toHaveLength(admins);
  });
});

describe("pruning", () => {
  it("deletes finished events and attempts past the retention, never an event still waiting", async () => {
    const hooks = await receiver();
    const { endpoint } = await endpointFor(hooks.url, ["order.paid"]);
    const done = await sendTestWebhook(db, admin, endpoint.id);
    await drain();
    const waiting = await sendTestWebhook(db, admin, endpoint.id);
    const recent = await sendTestWebhook(db, admin, endpoint.id);
    const old = new Date(Date.now() - 40 * 86_400_000);
    await db.webhookEvent.updateMany({
      where: { id: { in: [done.eventId, waiting.eventId] } },
      data: { createdAt: old },
    });
    await db.webhookAttempt.updateMany({ where: { deliveryId: done.deliveryId }, data: { createdAt: old } });
    await pruneWebhookLog(db, 30);
    const left = await db.webhookEvent.findMany({
      where: { id: { in: [done.eventId, waiting.eventId, recent.eventId] } },
    });
    expect(left.map((e) => e.id).sort()).toEqual([waiting.eventId, recent.eventId].sort());
    expect(await db.webhookDelivery.count({ where: { id: done.deliveryId } })).toBe(0);
    expect(await db.webhookAttempt.count({ where: { deliveryId: done.deliveryId } })).toBe(0);
  });
});

describe("addresses a delivery may not reach", () => {
  it.each([
    ["http://127.0.0.1/", { allowHttp: false, allowPrivate: false }, "https://"],
    ["https://10.0.0.1/", { allowHttp: false, allowPrivate: false }, "10.0.0.1"],
    ["https://169.254.169.254/latest/meta-data/", { allowHttp: false, allowPrivate: false }, "169.254.169.254"],
    ["https://[::ffff:169.254.169.254]/", { allowHttp: false, allowPrivate: false }, "::ffff:a9fe:a9fe is"],
    ["https://[::1]/", { allowHttp: false, allowPrivate: false }, "::1"],
    ["https://100.100.100.200/", { allowHttp: false, allowPrivate: false }, "100.100.100.200"],
  ])("%s is refused at delivery with no connection opened", async (url, policy, reason) => {
    const connect = vi.spyOn(net.Socket.prototype, "connect");
    admin ??= actorOf(await createAccount(db, { role: "ADMIN" }));
    // Written directly, as if the address had been allowed when registered.
    const endpoint = await db.webhookEndpoint.create({
      data: { url, events: ["order.paid"], secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" },
    });
    const { deliveryId } = await sendTestWebhook(db, admin, endpoint.id);
    await deliverNextWebhook(db, fast({ policy }));
    expect(connect).not.toHaveBeenCalled();
    const [attempt] = await db.webhookAttempt.findMany({ where: { deliveryId } });
    expect(attempt).toMatchObject({ succeeded: false, statusCode: null });
    expect(attempt?.error).toContain("Not sent");
    expect(attempt?.error).toContain(reason);
  });

  it("a host name that resolves to loopback is refused at delivery: the receiver there gets nothing", async () => {
    const hooks = await receiver();
    admin ??= actorOf(await createAccount(db, { role: "ADMIN" }));
    const endpoint = await db.webhookEndpoint.create({
      data: {
        url: `http://localhost:${hooks.port}/hooks`,
        events: ["order.paid"],
        secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
      },
    });
    const { deliveryId } = await sendTestWebhook(db, admin, endpoint.id);
    await deliverNextWebhook(db, fast({ policy: { allowHttp: true, allowPrivate: false } }));
    expect(hooks.received).toHaveLength(0);
    const delivery = await db.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
    expect(delivery).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(delivery.lastError).toMatch(/localhost resolves to (127\.0\.0\.1|::1)/);
  });

  it("a name that resolved to a public address at registration but to loopback now is refused", async () => {
    const hooks = await receiver();
    admin ??= actorOf(await createAccount(db, { role: "ADMIN" }));
    const endpoint = await db.webhookEndpoint.create({
      data: {
        url: `http://hooks.example.com:${hooks.port}/`,
        events: ["order.paid"],
        secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
      },
    });
    await sendTestWebhook(db, admin, endpoint.id);
    const rebound = () => Promise.resolve([{ address: "127.0.0.1", family: 4 }]);
    await deliverNextWebhook(db, fast({ policy: { allowHttp: true, allowPrivate: false }, resolver: rebound }));
    expect(hooks.received).toHaveLength(0);
  });

  it("a redirect is not followed: its target gets nothing and the attempt counts as failed", async () => {
    const target = await receiver();
    const redirecting = await receiver(() => ({ status: 307, headers: { location: target.url } }));
    const { endpoint } = await endpointFor(redirecting.url, ["order.paid"]);
    const { deliveryId } = await sendTestWebhook(db, admin, endpoint.id);
    await deliverNextWebhook(db, fast());
    expect(redirecting.received).toHaveLength(1);
    expect(target.received).toHaveLength(0);
    const delivery = await db.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
    expect(delivery).toMatchObject({
      status: "PENDING",
      lastStatusCode: 307,
      lastError: "Redirects are not followed.",
    });
  });

  it("reads at most 2 KB of a response and gives up on a receiver slower than the time limit", async () => {
    const hooks = await receiver((_r, index) =>
      index === 0 ? { status: 200, body: "x".repeat(100_000) } : { status: 200, delayMs: 2_000 },
    );
    const { endpoint } = await endpointFor(hooks.url, ["order.paid"]);
    const first = await sendTestWebhook(db, admin, endpoint.id);
    await deliverNextWebhook(db, fast());
    const [big] = await db.webhookAttempt.findMany({ where: { deliveryId: first.deliveryId } });
    expect(big?.responseBody).toHaveLength(2048);
    expect(big?.succeeded).toBe(true);
    const second = await sendTestWebhook(db, admin, endpoint.id);
    await deliverNextWebhook(db, fast({ timeoutMs: 500 }));
    const [slow] = await db.webhookAttempt.findMany({ where: { deliveryId: second.deliveryId } });
    expect(slow).toMatchObject({ succeeded: false, statusCode: null, error: "No answer within 500 ms." });
    expect(slow?.durationMs).toBeLessThan(1_500);
  });
});
