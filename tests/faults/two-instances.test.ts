import { randomUUID } from "node:crypto";
import { loginLimits } from "@/lib/accounts/rate-limits";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { OUTBOX_ID_HEADER } from "@/lib/mail/outgoing-message";
import { testAccounts } from "../support/accounts";
import { createTestVariant } from "../support/fixtures";
import { FAULT_APP_PORTS, freePortIn } from "../support/free-port";
import { addToCart, checkout, checkoutBody, send } from "../support/http-shopper";
import { orderInvariantViolations, stockOnHand } from "../support/order-invariants";
import { type ShopProcess, startShopProcess } from "../support/shop-process";
import { type SmtpSink, startSmtpSink, waitUntil } from "../support/smtp-sink";

// Two production servers on different ports against one PostgreSQL, as behind a load balancer: everything that
// must be shared (rate limits, carts, sessions, the e-mail outbox, stock) lives in the database, so a shopper
// moving between instances sees one shop.

const url = inject("databaseUrl");
const db = createDb(url, 4);
let a: ShopProcess;
let b: ShopProcess;
let sink: SmtpSink;

beforeAll(async () => {
  sink = await startSmtpSink();
  const env = { SMTP_URL: sink.url, MAIL_WORKER_POLL_MS: "100" };
  // One after the other: two cold starts at once on two cores only make both slower (and A's port is then taken).
  a = await startShopProcess({ port: await freePortIn(...FAULT_APP_PORTS), databaseUrl: url, env });
  b = await startShopProcess({ port: await freePortIn(...FAULT_APP_PORTS), databaseUrl: url, env });
});
afterAll(async () => {
  await Promise.all([a.stop(), b.stop()]);
  await sink.close();
  await db.$disconnect();
});

const json = (body: unknown, cookie?: string): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
  body: JSON.stringify(body),
});

describe("two instances on one database", () => {
  it("count login attempts together: the slow-down starts after the free attempts, whichever instance gets them", async () => {
    const email = `nobody-${randomUUID().slice(0, 8)}@example.com`;
    const { freeAttemptsPerAccountAndAddress: free } = loginLimits;
    const statuses: number[] = [];
    // Free attempts per account and address back to back; the next one must wait, on either instance.
    for (let attempt = 0; attempt <= free; attempt++) {
      const shop = attempt % 2 === 0 ? a : b;
      statuses.push((await send(`${shop.baseUrl}/api/session`, json({ email, password: "wrong password" }))).status);
    }
    expect(statuses.slice(0, free)).toEqual(Array(free).fill(401));
    expect(statuses[free]).toBe(429);
    const refused = await send(`${a.baseUrl}/api/session`, json({ email, password: "wrong password" }));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("share carts: a cart filled on one is seen and changed on the other", async () => {
    const { variant } = await createTestVariant(db, { stock: 20, priceMinor: 1234 });
    const added = await addToCart(a.baseUrl, variant.id, 2);
    expect(added.status).toBe(201);
    const cookie = added.cookie ?? "";
    const onB = await send(`${b.baseUrl}/api/cart`, { headers: { cookie } });
    expect(onB.body).toMatchObject({ itemCount: 2, lines: [{ variantId: variant.id, quantity: 2 }] });
    const lineId = (onB.body as { lines: { id: string }[] }).lines[0]?.id ?? "";
    const patched = await send(`${b.baseUrl}/api/cart/lines/${lineId}`, {
      ...json({ quantity: 5 }, cookie),
      method: "PATCH",
    });
    expect(patched.status).toBe(200);
    expect((await send(`${a.baseUrl}/api/cart`, { headers: { cookie } })).body).toMatchObject({ itemCount: 5 });
  });

  it("share sessions: logged in on one, recognised on the other, logged out everywhere from either", async () => {
    const login = await send(
      `${a.baseUrl}/api/session`,
      json({ email: testAccounts.customerEmail, password: testAccounts.customerPassword }),
    );
    expect(login.status).toBe(200);
    const session = /next-auth\.session-token=[^;]+/.exec(login.headers.get("set-cookie") ?? "")?.[0] ?? "";
    expect(session).not.toBe("");
    const exported = await send(`${b.baseUrl}/api/account/export`, { headers: { cookie: session } });
    expect(exported.status).toBe(200);
    expect(JSON.stringify(exported.body)).toContain(testAccounts.customerEmail);

    expect((await send(`${b.baseUrl}/api/session`, { method: "DELETE", headers: { cookie: session } })).status).toBe(
      204,
    );
    expect((await send(`${a.baseUrl}/api/account/export`, { headers: { cookie: session } })).status).toBe(401);
  });

  it("deliver each queued e-mail exactly once with both mail workers running", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const dedupeKey = `two-instances:${randomUUID()}`;
      await db.$transaction((tx) =>
        enqueueEmail(tx, {
          template: "welcome",
          to: `reader${i}@example.com`,
          payload: { name: `Reader ${i}` },
          dedupeKey,
        }),
      );
      ids.push((await db.emailOutbox.findUniqueOrThrow({ where: { dedupeKey } })).id);
    }
    await waitUntil(
      async () => (await db.emailOutbox.count({ where: { id: { in: ids }, status: "SENT" } })) === ids.length,
      60_000,
    );
    // Each message was claimed once (a message is sent only under a claim, and only PENDING ones are claimed): no
    // second send can be on its way.
    const claims = await db.emailOutbox.findMany({ where: { id: { in: ids } }, select: { attempts: true } });
    expect(claims.map((c) => c.attempts)).toEqual(ids.map(() => 1));
    const delivered = sink.received
      .map((mail) => mail.parsed.headers.get(OUTBOX_ID_HEADER.toLowerCase()))
      .filter((id): id is string => typeof id === "string" && ids.includes(id));
    expect(delivered.sort()).toEqual([...ids].sort());
    // Both workers took part (each logs its deliveries).
    const sentBy = (shop: ShopProcess) =>
      shop.logs.filter((l) => l.message === "e-mail sent" && ids.includes(String(l.outboxId))).length;
    expect(sentBy(a) + sentBy(b)).toBe(ids.length);
    console.log(`two instances: e-mails delivered by A ${sentBy(a)}, by B ${sentBy(b)}`);
  });

  it("sell the last units once: 2×N concurrent checkouts across both for K in stock → exactly K orders", async () => {
    const K = 7;
    const N = 12;
    const { variant } = await createTestVariant(db, { stock: K, priceMinor: 999 });
    const before = await stockOnHand(url, [variant.id]);
    const carts: string[] = [];
    for (let i = 0; i < 2 * N; i++) {
      const added = await addToCart((i % 2 ? a : b).baseUrl, variant.id, 1);
      expect(added.status).toBe(201);
      carts.push(added.cookie ?? "");
    }
    const results = await Promise.all(
      carts.map((cookie, i) => checkout((i % 2 ? a : b).baseUrl, cookie, checkoutBody())),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(K);
    expect(statuses.filter((s) => s === 409)).toHaveLength(2 * N - K);
    for (const r of results.filter((x) => x.status === 409))
      expect(r.body).toMatchObject({ error: { code: "out_of_stock" } });
    expect(await db.productVariant.findUniqueOrThrow({ where: { id: variant.id } })).toMatchObject({
      stockOnHand: K,
      stockReserved: K,
    });
    expect(await orderInvariantViolations(url, before)).toEqual([]);
  });
});
