import { afterAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createDb } from "@/lib/db/client";
import { startMailWorker } from "@/lib/mail/mail-worker";
import { OUTBOX_ID_HEADER } from "@/lib/mail/outgoing-message";
import { createMailTransport } from "@/lib/mail/transport";
import { placeAndPayOrder } from "../support/fixtures";
import { type ReceivedMail, startSmtpSink, waitUntil } from "../support/smtp-sink";

const db = createDb(inject("databaseUrl"), 12);
afterAll(() => db.$disconnect());

describe("an SMTP outage", () => {
  it("delivers all 50 order confirmations once the server is back, none twice", async () => {
    await db.emailOutbox.deleteMany();
    // Learn a free port, then leave it closed: the mail server is down.
    const probe = await startSmtpSink();
    await probe.close();

    // 50 real orders paid at once through the shop's payment path, each on its own connection.
    const wide = createDb(inject("databaseUrl"), 50);
    const orders = await Promise.all(
      Array.from({ length: 50 }, (_, index) => placeAndPayOrder(wide, `buyer${index}@example.com`)),
    ).finally(() => wide.$disconnect());
    const worker = startMailWorker({
      db,
      transport: createMailTransport(db, probe.url),
      pollMs: 50,
      retryBaseMs: 100,
      maxAttempts: 30,
    });
    const received: ReceivedMail[] = [];
    let sink: Awaited<ReturnType<typeof startSmtpSink>> | undefined;
    try {
      // Every message has been tried at least once against the dead server, and none is lost or given up.
      await waitUntil(async () => (await db.emailOutbox.count({ where: { attempts: { gte: 2 } } })) === 50);
      expect(await db.emailOutbox.count({ where: { status: "PENDING" } })).toBe(50);
      expect((await db.emailOutbox.findFirstOrThrow()).lastError).toMatch(/ECONNREFUSED/);

      sink = await startSmtpSink(probe.port, received);
      await waitUntil(async () => (await db.emailOutbox.count({ where: { status: "SENT" } })) === 50, 60_000);
    } finally {
      await worker.stop();
      await sink?.close();
    }

    expect(received).toHaveLength(50);
    const outboxIds = received.map((mail) => mail.parsed.headers.get(OUTBOX_ID_HEADER.toLowerCase()) as string);
    expect(new Set(outboxIds).size).toBe(50);
    const recipients = received.map((mail) => mail.envelopeTo.join(",")).sort();
    expect(recipients).toEqual(orders.map((_, index) => `buyer${index}@example.com`).sort());
    for (const mail of received) expect(mail.parsed.attachments).toHaveLength(1);
  });
});
