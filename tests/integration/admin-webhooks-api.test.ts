import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/accounts/types";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { createDb } from "@/lib/db/client";
import { createWebhookEndpoint } from "@/lib/webhooks/create-webhook-endpoint";
import { deliverNextWebhook } from "@/lib/webhooks/deliver-next-webhook";
import { webhookDeliveryOptions } from "@/lib/webhooks/webhook-worker";
import { GET as list, POST as create } from "@/app/api/admin/webhooks/route";
import { DELETE as remove, GET as getOne, PATCH as patch } from "@/app/api/admin/webhooks/[id]/route";
import { GET as deliveries } from "@/app/api/admin/webhooks/[id]/deliveries/route";
import { POST as redeliver } from "@/app/api/admin/webhooks/[id]/deliveries/[deliveryId]/redeliver/route";
import { POST as sendTest } from "@/app/api/admin/webhooks/[id]/test/route";
import { POST as rotate } from "@/app/api/admin/webhooks/[id]/rotate-secret/route";
import { adminWebhookOperations } from "@/lib/openapi/paths/admin-webhooks";
import { actorOf, createAccount } from "../support/admin-people";
import { call, errorOf } from "../support/route";
import { type WebhookReceiver, startWebhookReceiver } from "../support/webhook-receiver";

// The staff API for webhook endpoints: administrators only, every input checked, hostile URLs refused without a
// request being sent, secrets shown once and never listed.

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));

const db = createDb(inject("databaseUrl"), 4);
let admin: CurrentUser;
let staff: CurrentUser;
let customer: CurrentUser;
let receiver: WebhookReceiver;
beforeAll(async () => {
  admin = await createAccount(db, { role: "ADMIN" });
  staff = await createAccount(db, { role: "STAFF" });
  customer = await createAccount(db, { role: "CUSTOMER" });
  receiver = await startWebhookReceiver();
});
afterEach(async () => {
  session.user = null;
  await db.webhookEndpoint.deleteMany();
});
afterAll(async () => {
  await receiver.close();
  await db.$disconnect();
});

const json = (method: string, body: unknown, headers: Record<string, string> = {}) => ({
  method,
  headers: { "content-type": "application/json", ...headers },
  body: typeof body === "string" ? body : JSON.stringify(body),
});
const valid = { url: "https://93.184.216.34/hooks", events: ["order.paid"], description: "ERP" };

/** The documented success schema's complaint about a real answer; undefined when it matches. */
function documented(method: string, path: string, body: unknown) {
  const op = adminWebhookOperations.find((o) => o.method === method && o.path === path);
  if (!op?.success.schema) throw new Error(`${method} ${path} is not documented`);
  return op.success.schema.safeParse(body).error?.message;
}

async function registered() {
  session.user = admin;
  const response = await call(create, "/api/admin/webhooks", json("POST", valid));
  expect(response.status).toBe(201);
  return response.body as { endpoint: { id: string }; secret: string };
}

describe("who may call", () => {
  it.each([
    ["nobody", () => null, 401, "unauthenticated"],
    ["a customer", () => customer, 403, "forbidden"],
    ["staff who are not administrators", () => staff, 403, "forbidden"],
  ])("%s: %i %s on every route", async (_who, user, status, code) => {
    session.user = admin;
    const { endpoint } = await registered();
    session.user = user();
    const params = { id: endpoint.id };
    const responses = [
      await call(list, "/api/admin/webhooks"),
      await call(create, "/api/admin/webhooks", json("POST", valid)),
      await call(getOne, `/api/admin/webhooks/${endpoint.id}`, { params }),
      await call(patch, `/api/admin/webhooks/${endpoint.id}`, { ...json("PATCH", { active: false }), params }),
      await call(remove, `/api/admin/webhooks/${endpoint.id}`, { method: "DELETE", params }),
      await call(deliveries, `/api/admin/webhooks/${endpoint.id}/deliveries`, { params }),
      await call(sendTest, `/api/admin/webhooks/${endpoint.id}/test`, { method: "POST", params }),
      await call(rotate, `/api/admin/webhooks/${endpoint.id}/rotate-secret`, { ...json("POST", {}), params }),
    ];
    for (const response of responses) {
      expect(response.status).toBe(status);
      expect(errorOf(response.body).code).toBe(code);
    }
    expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).toMatchObject({ active: true });
  });

  it("an administrator's read token may list but not change; a write token may", async () => {
    const read = await createApiToken(db, actorOf(admin), { name: "read", scope: "READ" });
    const write = await createApiToken(db, actorOf(admin), { name: "write", scope: "WRITE" });
    const staffWrite = await createApiToken(db, actorOf(staff), { name: "staff", scope: "WRITE" });
    const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
    expect((await call(list, "/api/admin/webhooks", { headers: bearer(read.secret) })).status).toBe(200);
    expect((await call(create, "/api/admin/webhooks", json("POST", valid, bearer(read.secret)))).status).toBe(403);
    expect((await call(create, "/api/admin/webhooks", json("POST", valid, bearer(staffWrite.secret)))).status).toBe(
      403,
    );
    expect((await call(create, "/api/admin/webhooks", json("POST", valid, bearer(write.secret)))).status).toBe(201);
  });

  it("refuses a cross-site write", async () => {
    session.user = admin;
    const response = await call(create, "/api/admin/webhooks", json("POST", valid, { origin: "https://evil.example" }));
    expect(response.status).toBe(403);
    expect(await db.webhookEndpoint.count()).toBe(0);
  });
});

describe("registering", () => {
  it("answers the secret once; lists, gets and the audit log never show it", async () => {
    const created = await registered();
    const { endpoint, secret } = created;
    expect(documented("post", "/api/admin/webhooks", created)).toBeUndefined();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const listed = await call(list, "/api/admin/webhooks");
    const got = await call(getOne, `/api/admin/webhooks/${endpoint.id}`, { params: { id: endpoint.id } });
    expect(listed.body).toMatchObject({ items: [{ id: endpoint.id, url: valid.url, events: ["order.paid"] }] });
    expect(got.body).toMatchObject({ endpoint: { id: endpoint.id, active: true, description: "ERP" } });
    const audits = await db.auditLog.findMany({ where: { entityId: endpoint.id } });
    expect(audits.map((a) => a.action)).toContain("webhook.create");
    for (const text of [listed.text, got.text, JSON.stringify(audits)]) expect(text).not.toContain(secret.slice(6));
  });

  it.each([
    ["no url", { events: ["order.paid"] }, "url"],
    ["not a URL", { ...valid, url: "hooks" }, "url"],
    ["ftp", { ...valid, url: "ftp://example.com/" }, "url"],
    ["http without WEBHOOK_ALLOW_HTTP", { ...valid, url: "http://93.184.216.34/" }, "url"],
    ["credentials in the URL", { ...valid, url: "https://u:p@93.184.216.34/" }, "url"],
    ["a NUL in the URL", { ...valid, url: "https://93.184.216.34/\u0000" }, "url"],
    ["a line break in the URL", { ...valid, url: "https://93.184.216.34/\nX-Evil: 1" }, "url"],
    ["a URL too long", { ...valid, url: `https://93.184.216.34/${"a".repeat(2100)}` }, "url"],
    ["no events", { ...valid, events: [] }, "events"],
    ["an unknown event", { ...valid, events: ["order.stolen"] }, "events.0"],
    ["an event twice", { ...valid, events: ["order.paid", "order.paid"] }, "events"],
    ["events not a list", { ...valid, events: "order.paid" }, "events"],
    ["a description too long", { ...valid, description: "x".repeat(501) }, "description"],
    ["a secret of one's own", { ...valid, secret: "whsec_AAAA" }, "secret"],
  ])("refuses %s (400, per-field message)", async (_case, body, field) => {
    session.user = admin;
    const response = await call(create, "/api/admin/webhooks", json("POST", body));
    expect(response.status).toBe(400);
    const error = errorOf(response.body);
    expect(error.code).toBe("invalid_input");
    expect(Object.keys(error.fields ?? {})).toContain(field);
    expect(await db.webhookEndpoint.count()).toBe(0);
  });

  it("refuses bodies that are not JSON (415), not parseable (400) or too large (413)", async () => {
    session.user = admin;
    const form = await call(create, "/api/admin/webhooks", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "url=https://example.com",
    });
    expect(form.status).toBe(415);
    expect((await call(create, "/api/admin/webhooks", json("POST", "{not json"))).status).toBe(400);
    const huge = await call(create, "/api/admin/webhooks", json("POST", { ...valid, description: "x".repeat(10_000) }));
    expect(huge.status).toBe(413);
  });

  it.each([
    ["http://127.0.0.1/", "url"],
    ["https://10.0.0.1/", "10.0.0.1"],
    ["https://169.254.169.254/latest/meta-data/", "169.254.169.254"],
    ["https://[fd00:ec2::254]/", "fd00:ec2::254"],
    ["https://192.168.1.10/hooks", "192.168.1.10"],
  ])("refuses %s", async (url, reason) => {
    session.user = admin;
    const response = await call(create, "/api/admin/webhooks", json("POST", { ...valid, url }));
    expect(response.status).toBe(400);
    expect(errorOf(response.body).fields?.url).toContain(reason === "url" ? "https://" : reason);
  });

  it("refuses the loopback receiver by address and by a name resolving to it, sending it nothing", async () => {
    session.user = admin;
    for (const url of [
      `https://127.0.0.1:${receiver.port}/hooks`,
      `https://localhost:${receiver.port}/hooks`,
      `https://[::1]:${receiver.port}/hooks`,
    ]) {
      const response = await call(create, "/api/admin/webhooks", json("POST", { ...valid, url }));
      expect(response.status).toBe(400);
      expect(errorOf(response.body).fields?.url).toMatch(/loopback, private, link-local or reserved/);
    }
    expect(receiver.received).toHaveLength(0);
    expect(await db.webhookEndpoint.count()).toBe(0);
  });
});

describe("changing, deleting and the delivery log", () => {
  it.each([
    ["a malformed id", "not-a-uuid", { active: false }, 400, "invalid_input"],
    ["an unknown id", "00000000-0000-4000-8000-000000000000", { active: false }, 404, "not_found"],
    ["nothing to change", null, {}, 400, "invalid_input"],
    ["active not a boolean", null, { active: "yes" }, 400, "invalid_input"],
    ["a private URL", null, { url: "https://10.1.2.3/" }, 400, "invalid_input"],
    ["an unknown field", null, { secret: "whsec_x" }, 400, "invalid_input"],
  ])("PATCH with %s → %i %s", async (_case, id, body, status, code) => {
    const { endpoint } = await registered();
    const target = id ?? endpoint.id;
    const response = await call(patch, `/api/admin/webhooks/${target}`, {
      ...json("PATCH", body),
      params: { id: target },
    });
    expect(response.status).toBe(status);
    expect(errorOf(response.body).code).toBe(code);
    expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).toMatchObject({
      url: valid.url,
      active: true,
    });
  });

  it("PATCH changes events and state (audited); turning on clears the reason; DELETE removes it", async () => {
    const { endpoint } = await registered();
    const params = { id: endpoint.id };
    await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { active: false, disabledReason: "failing" } });
    const changed = await call(patch, `/api/admin/webhooks/${endpoint.id}`, {
      ...json("PATCH", { events: ["stock.low", "order.created"], active: true }),
      params,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      endpoint: { events: ["stock.low", "order.created"], active: true, disabledReason: null },
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: endpoint.id, action: "webhook.update" } });
    expect(audit.before).toMatchObject({ active: false, disabledReason: "failing" });
    const removed = await call(remove, `/api/admin/webhooks/${endpoint.id}`, { method: "DELETE", params });
    expect(removed.status).toBe(204);
    expect((await call(getOne, `/api/admin/webhooks/${endpoint.id}`, { params })).status).toBe(404);
    expect((await call(remove, `/api/admin/webhooks/${endpoint.id}`, { method: "DELETE", params })).status).toBe(404);
  });

  it.each([
    ["limit=0", 400],
    ["limit=101", 400],
    ["limit=abc", 400],
    ["status=LOST", 400],
    ["status=PENDING&status=FAILED", 400],
    ["other=1", 400],
    ["status=PENDING&limit=5", 200],
  ])("GET deliveries?%s → %i", async (query, status) => {
    const { endpoint } = await registered();
    const response = await call(deliveries, `/api/admin/webhooks/${endpoint.id}/deliveries?${query}`, {
      params: { id: endpoint.id },
    });
    expect(response.status).toBe(status);
  });

  it("a test event and a redelivery reach the receiver with one webhook-id; redelivering a waiting event is 409", async () => {
    session.user = admin;
    const { endpoint } = await createWebhookEndpoint(
      db,
      actorOf(admin),
      { url: receiver.url, events: ["order.paid"] },
      { allowHttp: true, allowPrivate: true },
    );
    const params = { id: endpoint.id };
    const queued = await call(sendTest, `/api/admin/webhooks/${endpoint.id}/test`, { method: "POST", params });
    expect(queued.status).toBe(202);
    const { deliveryId, eventId } = queued.body as { deliveryId: string; eventId: string };
    const early = await call(redeliver, `/api/admin/webhooks/${endpoint.id}/deliveries/${deliveryId}/redeliver`, {
      method: "POST",
      params: { ...params, deliveryId },
    });
    expect(early.status).toBe(409);

    const options = webhookDeliveryOptions({ policy: { allowHttp: true, allowPrivate: true } });
    const before = receiver.received.length;
    expect(await deliverNextWebhook(db, options)).toBe("succeeded");
    const again = await call(redeliver, `/api/admin/webhooks/${endpoint.id}/deliveries/${deliveryId}/redeliver`, {
      method: "POST",
      params: { ...params, deliveryId },
    });
    expect(again.status).toBe(202);
    expect(again.body).toMatchObject({ eventId });
    expect(await deliverNextWebhook(db, options)).toBe("succeeded");
    const got = receiver.received.slice(before);
    expect(got.map((r) => r.headers["webhook-id"])).toEqual([eventId, eventId]);
    expect(got[0]?.body).toBe(got[1]?.body);

    const log = await call(deliveries, `/api/admin/webhooks/${endpoint.id}/deliveries`, { params });
    expect(documented("get", "/api/admin/webhooks/{id}/deliveries", log.body)).toBeUndefined();
    expect(documented("post", "/api/admin/webhooks/{id}/test", queued.body)).toBeUndefined();
    expect(documented("get", "/api/admin/webhooks", (await call(list, "/api/admin/webhooks")).body)).toBeUndefined();
    expect(log.body).toMatchObject({
      items: [
        { eventId, eventType: "webhook.test", status: "SUCCEEDED", redeliveryOf: deliveryId },
        {
          id: deliveryId,
          eventId,
          status: "SUCCEEDED",
          attemptLog: [{ attempt: 1, statusCode: 200, succeeded: true }],
        },
      ],
    });
    const other = "00000000-0000-4000-8000-000000000000";
    const unknown = await call(redeliver, `/api/admin/webhooks/${endpoint.id}/deliveries/${other}/redeliver`, {
      method: "POST",
      params: { ...params, deliveryId: other },
    });
    expect(unknown.status).toBe(404);

    await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { active: false } });
    const off = await call(sendTest, `/api/admin/webhooks/${endpoint.id}/test`, { method: "POST", params });
    expect(off.status).toBe(409);
  });

  it.each([
    [{ graceHours: 169 }, 400],
    [{ graceHours: -1 }, 400],
    [{ graceHours: 1.5 }, 400],
    [{ graceHours: "24" }, 400],
    [{ grace: 24 }, 400],
    [{}, 200],
    [{ graceHours: 0 }, 200],
  ])("rotate-secret %j → %i", async (body, status) => {
    const { endpoint, secret } = await registered();
    const response = await call(rotate, `/api/admin/webhooks/${endpoint.id}/rotate-secret`, {
      ...json("POST", body),
      params: { id: endpoint.id },
    });
    expect(response.status).toBe(status);
    const row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    if (status === 200) {
      expect(documented("post", "/api/admin/webhooks/{id}/rotate-secret", response.body)).toBeUndefined();
      const answer = response.body as { secret: string };
      expect(answer.secret).not.toBe(secret);
      expect(row.secret).toBe(answer.secret);
      expect(row.previousSecret).toBe("graceHours" in body ? null : secret);
    } else {
      expect(row.secret).toBe(secret);
    }
  });
});
