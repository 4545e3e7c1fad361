import { rm } from "node:fs/promises";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations";
import { type MailWorker, startMailWorker } from "@/lib/mail/mail-worker";
import { OUTBOX_ID_HEADER } from "@/lib/mail/outgoing-message";
import { emailRenderers } from "@/lib/mail/renderers";
import { type MailTransport, createMailTransport } from "@/lib/mail/transport";
import { type EmbeddedServer, startEmbeddedPostgres } from "@/lib/runtime/embedded-postgres";
import { seedDemoData } from "@/prisma/seed/seed";
import { testAccounts } from "../support/accounts";
import { TEST_AUTH_SECRET } from "../support/shop-process";
import { placeAndPayOrder } from "../support/fixtures";
import { FAULT_DB_PORTS, freePortIn } from "../support/free-port";
import { type SmtpSink, startSmtpSink, waitUntil } from "../support/smtp-sink";

// PostgreSQL goes away in the middle of a delivery, at the two worst points: after a message was claimed and its
// send failed because the database went with it (so the failure cannot be recorded either), and after a message
// went out to the real SMTP peer but before it was marked sent. The worker keeps each claim and settles it as soon
// as the database is back, instead of waiting out its 5-minute lease: the first message is delivered within a
// minute of the recovery, the second is never sent twice.

const dir = `.data/postgres-mail-fault-${process.pid}`;
let database: EmbeddedServer | undefined;
let worker: MailWorker | undefined;
let sink: SmtpSink | undefined;
const db = { current: undefined as ReturnType<typeof createDb> | undefined };
afterAll(async () => {
  await worker?.stop();
  await sink?.close();
  await db.current?.$disconnect();
  await database?.stop();
  await rm(dir, { recursive: true, force: true });
  await rm(`${dir}.password`, { force: true });
});

const outboxIdOf = (mail: SmtpSink["received"][number]) =>
  mail.parsed.headers.get(OUTBOX_ID_HEADER.toLowerCase()) as string;

describe("the mail worker when the database restarts mid-delivery", () => {
  it("settles claims whose outcome could not be recorded once the database is back, sending nothing twice", async () => {
    const port = await freePortIn(...FAULT_DB_PORTS);
    database = await startEmbeddedPostgres({ dir, port });
    await database.ensureDatabase("shop");
    const url = database.urlFor("shop");
    await applyMigrations(url);
    const shopDb = createDb(url, 4);
    db.current = shopDb;
    await seedDemoData(shopDb, testAccounts, { authSecret: TEST_AUTH_SECRET });
    sink = await startSmtpSink();

    /** The fault: PostgreSQL stops at the chosen point of the worker's delivery. */
    let stopAt: "render" | "after-send" | undefined;
    const stopDatabase = async () => {
      stopAt = undefined;
      await database?.stop();
    };
    const smtp = createMailTransport(shopDb, sink.url);
    const transport: MailTransport = {
      kind: smtp.kind,
      close: () => smtp.close(),
      async send(email) {
        await smtp.send(email);
        if (stopAt === "after-send") await stopDatabase();
      },
    };
    const restart = async () => {
      database = await startEmbeddedPostgres({ dir, port });
      return Date.now();
    };
    // The worker's defaults (5-minute lease, 30 s retry base) are what a shop runs with.
    worker = startMailWorker({
      db: shopDb,
      transport,
      pollMs: 100,
      renderers: {
        ...emailRenderers,
        "order-confirmation": async (payload, context) => {
          if (stopAt === "render") await stopDatabase();
          const render = emailRenderers["order-confirmation"];
          if (!render) throw new Error("no order confirmation renderer");
          return render(payload, context);
        },
      },
    });
    const outbox = () => shopDb.emailOutbox.findMany({ orderBy: { createdAt: "asc" } });

    // 1. The send fails because the database went away while the message was rendered; recording that fails too.
    stopAt = "render";
    await placeAndPayOrder(shopDb, "first@example.com");
    await waitUntil(() => worker?.unsettledClaims() === 1, 30_000);
    expect(sink.received).toHaveLength(0);
    const recovered = await restart();
    await waitUntil(() => sink?.received.length === 1, 60_000);
    const deliveredAfterMs = Date.now() - recovered;
    expect(deliveredAfterMs).toBeLessThan(60_000);
    const [first] = await outbox();
    expect(first).toMatchObject({ status: "SENT", recipient: "first@example.com" });
    expect(first?.attempts).toBe(2);

    // 2. The message went out, then the database went away before it could be marked sent.
    stopAt = "after-send";
    await placeAndPayOrder(shopDb, "second@example.com");
    await waitUntil(() => worker?.unsettledClaims() === 1, 30_000);
    expect(sink.received).toHaveLength(2);
    await restart();
    // Drained: nothing pending, no claim waiting to be settled. Only then is "nothing more arrives" shown.
    await waitUntil(
      async () =>
        worker?.unsettledClaims() === 0 && (await shopDb.emailOutbox.count({ where: { status: "PENDING" } })) === 0,
      60_000,
    );
    const rows = await outbox();
    expect(rows.map((r) => [r.recipient, r.status, r.attempts])).toEqual([
      ["first@example.com", "SENT", 2],
      ["second@example.com", "SENT", 1],
    ]);
    expect(sink.received.map(outboxIdOf)).toEqual(rows.map((r) => r.id));
    console.log(`mail worker: the message held by the outage was delivered ${deliveredAfterMs} ms after recovery`);
  });
});
