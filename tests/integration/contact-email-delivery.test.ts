import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { POST } from "@/app/api/contact/route";
import { createDb } from "@/lib/db/client";
import { deliverNextEmail } from "@/lib/mail/deliver-next-email";
import { OUTBOX_ID_HEADER } from "@/lib/mail/outgoing-message";
import { createMailTransport } from "@/lib/mail/transport";
import { testAccounts } from "../support/accounts";
import { validContact, visitorAddress } from "../support/contact";
import { call } from "../support/route";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink";

// The contact form end to end through the outbox: the staff notification and the sender's confirmation reach a
// real SMTP server on loopback, with the visitor's text escaped.
const db = createDb(inject("databaseUrl"), 4);
let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.close();
  await db.$disconnect();
});

describe("contact form → e-mail", () => {
  it("delivers the staff notification and the confirmation through SMTP", async () => {
    const input = validContact({ message: 'Where is my parcel? <script>alert("x")</script> Thanks!' });
    const response = await call(POST, "/api/contact", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": visitorAddress() },
      body: JSON.stringify(input),
    });
    expect(response.status).toBe(201);
    const { id } = response.body as { id: string };

    const transport = createMailTransport(db, sink.url);
    try {
      const options = {
        leaseMs: 60_000,
        retryBaseMs: 1_000,
        maxAttempts: 3,
        recipients: [testAccounts.adminEmail, String(input.email)],
      };
      // Deliver until both of this message's e-mails are out (other files' leftovers may be delivered too).
      for (let i = 0; i < 50; i++) {
        const pending = await db.emailOutbox.count({ where: { dedupeKey: { endsWith: id }, status: "PENDING" } });
        if (pending === 0) break;
        await deliverNextEmail(db, transport, options);
      }
    } finally {
      transport.close();
    }

    // This message's two e-mails, by outbox id: other files' leftovers may have gone to the same addresses.
    const ours = new Set(
      (await db.emailOutbox.findMany({ where: { dedupeKey: { endsWith: id } }, select: { id: true } })).map(
        (e) => e.id,
      ),
    );
    const mine = sink.received.filter((m) => {
      const outboxId = m.parsed.headers.get(OUTBOX_ID_HEADER.toLowerCase());
      return typeof outboxId === "string" && ours.has(outboxId);
    });
    const toStaff = mine.find((m) => m.envelopeTo.includes(testAccounts.adminEmail));
    const senderEmail = String(input.email);
    const toSender = mine.find((m) => m.envelopeTo.includes(senderEmail));
    // On a failure, say what became of this message's e-mails.
    const outbox = await db.emailOutbox.findMany({
      where: { dedupeKey: { endsWith: id } },
      select: { recipient: true, status: true, attempts: true, lastError: true },
    });
    expect(toStaff, JSON.stringify(outbox)).toBeDefined();
    expect(toSender, JSON.stringify(outbox)).toBeDefined();
    expect(toStaff?.parsed.subject).toMatch(/Contact form/);
    expect(toStaff?.parsed.text).toContain("Where is my parcel?");
    expect(toStaff?.parsed.html).toBeTruthy();
    expect(toStaff?.parsed.html).not.toContain("<script>");
    expect(toStaff?.parsed.html).toContain("&lt;script&gt;");
    expect(toSender).toBeTruthy();
    const sent = await db.emailOutbox.findMany({ where: { dedupeKey: { endsWith: id } } });
    expect(sent.map((e) => e.status)).toEqual(["SENT", "SENT"]);
  });
});
