import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import type { CurrentUser } from "@/lib/accounts/types";
import { getContactMessage } from "@/lib/contact/get-contact-message";
import { countContactMessages, listContactMessages } from "@/lib/contact/list-contact-messages";
import { replyToContactMessage } from "@/lib/contact/reply-to-contact-message";
import { setContactMessageStatus } from "@/lib/contact/set-contact-message-status";
import { createDb } from "@/lib/db/client";
import type { ContactStatus } from "@/lib/generated/prisma/client";
import { deliverNextEmail } from "@/lib/mail/deliver-next-email";
import { renderQueuedEmail } from "@/lib/mail/renderers";
import { createMailTransport } from "@/lib/mail/transport";
import { replyToMessageAction, setContactStatusAction } from "@/app/admin/messages/actions";
import ContactMessagePage from "@/app/admin/messages/[id]/page";
import MessagesPage from "@/app/admin/messages/page";
import { actorOf, auditRowsFor, createAccount, submit } from "../support/admin-people";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink";

// The contact inbox: status changes and e-mailed replies, with the reply delivered to a real SMTP server.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));

const db = createDb(inject("databaseUrl"), 6);
let staff: CurrentUser;
let customer: CurrentUser;
let sink: SmtpSink;
beforeAll(async () => {
  staff = await createAccount(db, { role: "STAFF", name: "Petra Staff" });
  customer = await createAccount(db, { role: "CUSTOMER" });
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.close();
  await db.$disconnect();
});

const addressHash = () => randomBytes(32).toString("hex");
const evil = `<img src=x onerror="alert(1)">`;

async function storeMessage(
  overrides: Partial<{ status: ContactStatus; message: string; name: string; hash: string; orderNumber: string }> = {},
) {
  return db.contactMessage.create({
    data: {
      name: overrides.name ?? "Ada Visitor",
      email: `visitor-${randomUUID()}@example.com`,
      subject: "RETURN",
      orderNumber: overrides.orderNumber ?? "NW-10023",
      message: overrides.message ?? "I would like to return my shirt.\nIt is too small.",
      consent: true,
      status: overrides.status ?? "NEW",
      spamScore: 2,
      spamReasons: ["too_fast"],
      clientAddressHash: overrides.hash ?? addressHash(),
    },
  });
}

describe("listing and reading", () => {
  it("filters by status, pages, and counts repeats from one client address", async () => {
    const hash = addressHash();
    const first = await storeMessage({ hash });
    const second = await storeMessage({ hash, status: "SPAM" });
    const newOnes = await listContactMessages(db, { status: "NEW", page: 1 }, 1000);
    expect(newOnes.items.map((m) => m.id)).toContain(first.id);
    expect(newOnes.items.map((m) => m.id)).not.toContain(second.id);
    expect(newOnes.items.every((m) => m.status === "NEW")).toBe(true);
    const all = await listContactMessages(db, { status: "ALL", page: 1 }, 1000);
    expect(all.items.map((m) => m.id)).toEqual(expect.arrayContaining([first.id, second.id]));
    const pageOfOne = await listContactMessages(db, { status: "ALL", page: 2 }, 1);
    expect(pageOfOne).toMatchObject({ page: 2, pageSize: 1, total: all.total, pageCount: all.total });
    expect(pageOfOne.items).toHaveLength(1);
    const counts = await countContactMessages(db);
    expect(counts.NEW + counts.HANDLED + counts.SPAM).toBe(all.total);

    const detail = await getContactMessage(db, first.id);
    expect(detail).toMatchObject({ otherFromSameAddress: 1, spamScore: 2, spamReasons: ["too_fast"] });
    expect(detail).not.toHaveProperty("clientAddressHash");
    await expect(getContactMessage(db, randomUUID())).rejects.toMatchObject({ code: "not_found" });
  });

  it("shows the message escaped on its page, with its checks", async () => {
    const stored = await storeMessage({ message: `Hello ${evil}\n</textarea><script>alert(2)</script>`, name: evil });
    session.user = staff;
    const html = renderToStaticMarkup(
      await ContactMessagePage({ params: Promise.resolve({ id: stored.id }), searchParams: Promise.resolve({}) }),
    );
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<script>alert(2)");
    expect(html).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
    expect(html).toContain("too_fast");
    expect(html).toContain('name="idempotencyKey"');
    const list = renderToStaticMarkup(await MessagesPage({ searchParams: Promise.resolve({ status: "ALL" }) }));
    expect(list).toContain(`href="/admin/messages/${stored.id}"`);
    expect(list).not.toContain("<img src=x");
  });
});

describe("setContactMessageStatus", () => {
  it("moves a message between states with before and after in the audit log", async () => {
    const stored = await storeMessage();
    await setContactMessageStatus(db, actorOf(staff), { id: stored.id, status: "HANDLED" });
    const handled = await db.contactMessage.findUniqueOrThrow({ where: { id: stored.id } });
    expect(handled.status).toBe("HANDLED");
    expect(handled.handledAt).toBeInstanceOf(Date);
    await setContactMessageStatus(db, actorOf(staff), { id: stored.id, status: "HANDLED" }); // unchanged: no row
    await setContactMessageStatus(db, actorOf(staff), { id: stored.id, status: "SPAM" });
    await setContactMessageStatus(db, actorOf(staff), { id: stored.id, status: "NEW" });
    const audits = await auditRowsFor(db, stored.id);
    expect(audits.map((a) => [a.action, a.before, a.after])).toEqual([
      [
        "contact_message.set_status",
        { status: "NEW", handledAt: null },
        { status: "HANDLED", handledAt: handled.handledAt?.toISOString() },
      ],
      [
        "contact_message.set_status",
        { status: "HANDLED", handledAt: handled.handledAt?.toISOString() },
        { status: "SPAM", handledAt: null },
      ],
      ["contact_message.set_status", { status: "SPAM", handledAt: null }, { status: "NEW", handledAt: null }],
    ]);
    expect(audits.every((a) => a.actorId === staff.id && a.entityType === "contact_message")).toBe(true);
  });

  it("refuses unknown messages and read-only tokens", async () => {
    await expect(
      setContactMessageStatus(db, actorOf(staff), { id: randomUUID(), status: "HANDLED" }),
    ).rejects.toMatchObject({ code: "not_found" });
    const stored = await storeMessage();
    await expect(
      setContactMessageStatus(db, actorOf(staff, { scope: "READ", via: "token:x" }), { id: stored.id, status: "SPAM" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect((await db.contactMessage.findUniqueOrThrow({ where: { id: stored.id } })).status).toBe("NEW");
  });
});

describe("replyToContactMessage", () => {
  it("stores the reply, queues one e-mail quoting the message, marks it handled, and audits it", async () => {
    const stored = await storeMessage();
    const key = randomUUID();
    const body = "Dear Ada,\nplease send it back with the form enclosed.";
    const result = await replyToContactMessage(db, actorOf(staff), { id: stored.id, body, idempotencyKey: key });
    expect(result.duplicate).toBe(false);

    const after = await db.contactMessage.findUniqueOrThrow({ where: { id: stored.id }, include: { replies: true } });
    expect(after.status).toBe("HANDLED");
    expect(after.handledAt).toBeInstanceOf(Date);
    expect(after.replies).toMatchObject([{ id: result.replyId, body, staffId: staff.id }]);

    const queued = await db.emailOutbox.findMany({
      where: { dedupeKey: { startsWith: `contact-reply:${stored.id}` } },
    });
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ template: "contact-reply", recipient: stored.email, status: "PENDING" });
    const rendered = await renderQueuedEmail("contact-reply", queued[0]?.payload, db);
    expect(rendered.subject).toBe("Re: A return (NW-10023)");
    expect(rendered.text).toContain("please send it back");
    expect(rendered.text).toContain("> I would like to return my shirt.\n> It is too small.");
    expect(rendered.text).toContain("Petra Staff");

    const [audit] = await auditRowsFor(db, stored.id);
    expect(audit).toMatchObject({
      action: "contact_message.reply",
      actorId: staff.id,
      before: { status: "NEW", handledAt: null },
      after: { status: "HANDLED", replyId: result.replyId, reply: body },
    });
  });

  it("sends once when the same form is submitted twice, even at the same moment", async () => {
    const stored = await storeMessage();
    const input = { id: stored.id, body: "Thanks, refund on its way.", idempotencyKey: randomUUID() };
    const results = await Promise.all([
      replyToContactMessage(db, actorOf(staff), input),
      replyToContactMessage(db, actorOf(staff), input),
      replyToContactMessage(db, actorOf(staff), input),
    ]);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(new Set(results.map((r) => r.replyId)).size).toBe(1);
    expect(await db.contactReply.count({ where: { messageId: stored.id } })).toBe(1);
    expect(await db.emailOutbox.count({ where: { dedupeKey: { startsWith: `contact-reply:${stored.id}` } } })).toBe(1);
    expect((await auditRowsFor(db, stored.id)).filter((a) => a.action === "contact_message.reply")).toHaveLength(1);

    // A second reply (a new form, a new key) is a second e-mail; the message stays handled since the first.
    const first = await db.contactMessage.findUniqueOrThrow({ where: { id: stored.id } });
    await replyToContactMessage(db, actorOf(staff), {
      ...input,
      idempotencyKey: randomUUID(),
      body: "One more thing.",
    });
    const second = await db.contactMessage.findUniqueOrThrow({ where: { id: stored.id } });
    expect(second.handledAt).toEqual(first.handledAt);
    expect(await db.emailOutbox.count({ where: { dedupeKey: { startsWith: `contact-reply:${stored.id}` } } })).toBe(2);
  });

  it.each([
    ["an unknown message", () => Promise.resolve({ id: randomUUID() }), "not_found"],
    ["a message filed as spam", async () => ({ id: (await storeMessage({ status: "SPAM" })).id }), "conflict"],
  ])("refuses %s and queues nothing", async (_, target, code) => {
    const { id } = await target();
    const key = randomUUID();
    await expect(
      replyToContactMessage(db, actorOf(staff), { id, body: "Hello", idempotencyKey: key }),
    ).rejects.toMatchObject({ code });
    expect(await db.emailOutbox.count({ where: { dedupeKey: { endsWith: key } } })).toBe(0);
    expect(await db.contactReply.count({ where: { messageId: id } })).toBe(0);
  });

  it("delivers the reply to a real SMTP server with a one-line subject and the visitor's text escaped", async () => {
    const stored = await storeMessage({
      name: `Eve ${evil}`,
      message: `Where is it? ${evil}\r\nBcc: victim@example.com`,
      orderNumber: "NW-1",
    });
    const body = `We found it.\nBcc: someone@example.com <b>bold</b>`;
    await replyToContactMessage(db, actorOf(staff), { id: stored.id, body, idempotencyKey: randomUUID() });
    const transport = createMailTransport(db, sink.url);
    try {
      const options = { leaseMs: 60_000, retryBaseMs: 1_000, maxAttempts: 3, recipients: [stored.email] };
      for (let i = 0; i < 100; i++) {
        const pending = await db.emailOutbox.count({
          where: { dedupeKey: { startsWith: `contact-reply:${stored.id}` }, status: "PENDING" },
        });
        if (pending === 0) break;
        await deliverNextEmail(db, transport, options);
      }
    } finally {
      transport.close();
    }
    const mail = sink.received.find((m) => m.envelopeTo.includes(stored.email));
    const outbox = await db.emailOutbox.findMany({
      where: { dedupeKey: { startsWith: `contact-reply:${stored.id}` } },
      select: { recipient: true, status: true, attempts: true, lastError: true },
    });
    expect(mail, JSON.stringify(outbox)).toBeDefined();
    expect(mail?.envelopeTo).toEqual([stored.email]);
    expect(mail?.parsed.subject).toBe("Re: A return (NW-1)");
    expect(mail?.parsed.headers.get("bcc")).toBeUndefined();
    expect(mail?.parsed.text).toContain("We found it.");
    expect(mail?.parsed.text).toContain(`> Where is it? ${evil}`);
    expect(mail?.parsed.html).toBeTruthy();
    expect(mail?.parsed.html).not.toContain("<img src=x");
    expect(mail?.parsed.html).not.toContain("<b>bold</b>");
    expect(mail?.parsed.html).toContain("&lt;b&gt;bold&lt;/b&gt;");
    const sent = await db.emailOutbox.findFirstOrThrow({
      where: { dedupeKey: { startsWith: `contact-reply:${stored.id}` } },
    });
    expect(sent.status).toBe("SENT");
  });
});

describe("message actions", () => {
  it.each([
    ["anonymous", null, "unauthenticated"],
    ["customer", () => customer, "forbidden"],
  ])("refuse %s before reading the form", async (_, who, code) => {
    session.user = who ? who() : null;
    const stored = await storeMessage();
    expect(await submit(setContactStatusAction, { id: stored.id, status: "SPAM" })).toEqual({ thrown: code });
    expect(await submit(replyToMessageAction, { id: stored.id, body: "Hi", idempotencyKey: randomUUID() })).toEqual({
      thrown: code,
    });
    expect((await db.contactMessage.findUniqueOrThrow({ where: { id: stored.id } })).status).toBe("NEW");
  });

  it.each([
    ["an empty reply", { body: "   " }, "body"],
    ["a reply of 5,001 characters", { body: "x".repeat(5001) }, "body"],
    ["a reply of 1 MB", { body: "y".repeat(1_000_000) }, "body"],
    ["a NUL character", { body: "Hello\u0000there" }, "body"],
    ["a malformed message id", { id: "../../etc/passwd" }, "id"],
    ["a missing idempotency key", { idempotencyKey: "" }, "idempotencyKey"],
    ["a forged idempotency key", { idempotencyKey: "' OR 1=1 --" }, "idempotencyKey"],
  ])("a reply with %s is a field error and sends nothing", async (_, overrides, field) => {
    session.user = staff;
    const stored = await storeMessage();
    const outboxBefore = await db.emailOutbox.count();
    const state = await submit(replyToMessageAction, {
      id: stored.id,
      body: "A fine reply.",
      idempotencyKey: randomUUID(),
      ...overrides,
    });
    expect(state).toMatchObject({ status: "error", fields: { [field]: expect.any(String) as string } });
    expect(await db.emailOutbox.count()).toBe(outboxBefore);
    expect((await db.contactMessage.findUniqueOrThrow({ where: { id: stored.id } })).status).toBe("NEW");
  });

  it.each([
    ["an unknown message", () => ({ id: randomUUID(), status: "HANDLED" }), "not found"],
    ["an unknown status", () => ({ id: randomUUID(), status: "DELETED" }), "correct"],
    ["a status in lower case", () => ({ id: randomUUID(), status: "spam" }), "correct"],
  ])("marking %s is refused", async (_, values, message) => {
    session.user = staff;
    expect(await submit(setContactStatusAction, values())).toMatchObject({
      status: "error",
      message: expect.stringContaining(message) as string,
    });
  });

  it("replying to an unknown message is refused as not found", async () => {
    session.user = staff;
    expect(
      await submit(replyToMessageAction, { id: randomUUID(), body: "Hello", idempotencyKey: randomUUID() }),
    ).toMatchObject({ status: "error", message: expect.stringContaining("not found") as string });
  });
});
