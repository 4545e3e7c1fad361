import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createDb } from "@/lib/db/client";
import { type DeliveryOptions, deliverNextEmail } from "@/lib/mail/deliver-next-email";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import type { EmailRequest, EmailTemplate } from "@/lib/mail/messages";
import { OUTBOX_ID_HEADER } from "@/lib/mail/outgoing-message";
import type { EmailRenderers } from "@/lib/mail/renderers";
import { createMailTransport } from "@/lib/mail/transport";
import { renderersWithOrderConfirmation, payOrder } from "../support/paid-order-mail";
import { pdfText } from "../support/pdf-text";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink";

const db = createDb(inject("databaseUrl"), 4);
let sink: SmtpSink;
const options: DeliveryOptions = {
  leaseMs: 60_000,
  retryBaseMs: 1_000,
  maxAttempts: 3,
  renderers: renderersWithOrderConfirmation,
};

beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.close();
  await db.$disconnect();
});
// Each test sees only its own messages in the outbox.
beforeEach(async () => {
  await db.emailOutbox.deleteMany();
  sink.received.length = 0;
});

const queue = <T extends EmailTemplate>(request: EmailRequest<T>) => db.$transaction((tx) => enqueueEmail(tx, request));

async function deliverAll(smtpUrl: string, renderers: EmailRenderers = options.renderers ?? {}) {
  const transport = createMailTransport(db, smtpUrl);
  try {
    while ((await deliverNextEmail(db, transport, { ...options, renderers })) !== "idle");
  } finally {
    transport.close();
  }
}

const hostile = `<script>alert("x")</script> & <b>Bold</b>`;

describe("delivery through SMTP", () => {
  it("sends both parts to the recipient only, with user text escaped in HTML", async () => {
    await queue({ template: "welcome", to: "anna@example.com", payload: { name: hostile } });
    await deliverAll(sink.url);

    expect(sink.received).toHaveLength(1);
    const [mail] = sink.received;
    expect(mail?.envelopeTo).toEqual(["anna@example.com"]);
    expect(mail?.envelopeFrom).toBe("shop@example.com");
    expect(mail?.parsed.subject).toBe("Welcome to Northwind Goods");
    const html = String(mail?.parsed.html);
    expect(html).toContain("Welcome, &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;Bold&lt;/b&gt;");
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>Bold");
    expect(mail?.parsed.text).toContain(`Welcome, ${hostile}`);
    expect(mail?.parsed.text).toContain("1 Market Street");
    expect(await db.emailOutbox.findFirst()).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
  });

  it("keeps CR/LF from user text out of the headers", async () => {
    const messageId = randomUUID();
    await queue({
      template: "contact-confirmation",
      to: "petr@example.cz",
      payload: {
        messageId,
        name: "Petr Novák",
        email: "petr@example.cz",
        subject: "Hello\r\nBcc: victim@example.com\r\n\r\n<h1>injected</h1>",
        body: "Line one\n<img src=x onerror=alert(1)>",
      },
    });
    await deliverAll(sink.url);

    const [mail] = sink.received;
    expect(mail?.envelopeTo).toEqual(["petr@example.cz"]);
    expect(mail?.parsed.subject).toBe("We received your message: Hello Bcc: victim@example.com <h1>injected</h1>");
    expect(mail?.parsed.bcc).toBeUndefined();
    expect(mail?.parsed.headers.has("bcc")).toBe(false);
    const headerBlock = mail?.raw.toString("latin1").split(/\r?\n\r?\n/)[0] ?? "";
    expect(headerBlock).not.toMatch(/^Bcc:/im);
    expect(String(mail?.parsed.html)).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(String(mail?.parsed.html)).not.toContain("<img src=x");
    expect(mail?.parsed.text).toContain("Petr Novák");
  });

  it("attaches the invoice PDF, whose text has the invoice number and totals", async () => {
    const { orderId, invoiceNumber } = await payOrder(db, "jiri@example.cz");
    await deliverAll(sink.url);

    const [mail] = sink.received;
    expect(mail?.envelopeTo).toEqual(["jiri@example.cz"]);
    expect(mail?.parsed.subject).toBe("Order ORD-1042 confirmed");
    expect(mail?.parsed.text).toContain("Total: CZK");
    expect(String(mail?.parsed.html)).toContain(`/account/orders/${orderId}`);
    expect(mail?.parsed.attachments).toHaveLength(1);
    const attachment = mail?.parsed.attachments[0];
    expect(attachment?.contentType).toBe("application/pdf");
    expect(attachment?.filename).toBe(`invoice-${invoiceNumber}.pdf`);
    const text = await pdfText(attachment?.content ?? Buffer.alloc(0));
    expect(text).toContain(`Invoice ${invoiceNumber}`);
    expect(text).toMatch(/Total CZK\s?2,631\.00/);
    expect(text).toMatch(/VAT 21 % on CZK\s?2,081\.82 CZK\s?437\.18/);
    expect(text).toContain("Jiří Řehoř Žluťoučký");
  });
});

describe("failures", () => {
  it("retries with exponential backoff and gives up after the configured attempts, keeping the error", async () => {
    const closed = await startSmtpSink();
    await closed.close();
    await queue({ template: "welcome", to: "retry@example.com", payload: { name: "R" } });
    const transport = createMailTransport(db, closed.url);
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const before = Date.now();
      expect(await deliverNextEmail(db, transport, options)).toBe(attempt < 3 ? "retry" : "failed");
      const row = await db.emailOutbox.findFirstOrThrow();
      expect(row.attempts).toBe(attempt);
      expect(row.lastError).toMatch(/ECONNREFUSED/);
      delays.push(row.nextAttemptAt.getTime() - before);
      // Not due yet: nothing to claim until the backoff has passed.
      expect(await deliverNextEmail(db, transport, options)).toBe("idle");
      await db.emailOutbox.updateMany({ data: { nextAttemptAt: new Date(Date.now() - 1000) } });
    }
    transport.close();
    expect(delays[0]).toBeGreaterThan(800);
    expect(delays[0]).toBeLessThan(1_500);
    expect(delays[1]).toBeGreaterThan(1_800);
    expect(delays[1]).toBeLessThan(2_500);
    expect(await db.emailOutbox.findFirstOrThrow()).toMatchObject({ status: "FAILED", attempts: 3 });
  });

  it("fails a message about an order that does not exist at once", async () => {
    await queue({ template: "order-shipped", to: "x@example.com", payload: { orderId: randomUUID() } });
    await deliverAll(sink.url);
    expect(sink.received).toHaveLength(0);
    const row = await db.emailOutbox.findFirstOrThrow();
    expect(row).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(row.lastError).toMatch(/The order was not found/);
  });

  it("fails at once when the server rejects the recipient for good", async () => {
    const rejecting = await startSmtpSink();
    await rejecting.close();
    const { SMTPServer } = await import("smtp-server");
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onRcptTo(_address, _session, callback) {
        callback(Object.assign(new Error("No such user"), { responseCode: 550 }));
      },
    });
    await new Promise<void>((resolve) => server.listen(rejecting.port, "127.0.0.1", () => resolve()));
    try {
      await queue({ template: "welcome", to: "nobody@example.com", payload: { name: "N" } });
      await deliverAll(rejecting.url);
      const row = await db.emailOutbox.findFirstOrThrow();
      expect(row).toMatchObject({ status: "FAILED", attempts: 1 });
      expect(row.lastError).toMatch(/550/);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it("fails a message whose template has no renderer, without sending it", async () => {
    await queue({
      template: "order-refunded",
      to: "x@example.com",
      payload: { orderId: randomUUID(), refundId: randomUUID() },
    });
    // Every template has a renderer in the shop; a deployment whose code lacks one must not send anything.
    const withoutRefunded: EmailRenderers = { ...renderersWithOrderConfirmation };
    delete withoutRefunded["order-refunded"];
    await deliverAll(sink.url, withoutRefunded);
    expect(sink.received).toHaveLength(0);
    const row = await db.emailOutbox.findFirstOrThrow();
    expect(row.status).toBe("FAILED");
    expect(row.lastError).toMatch(/No renderer is registered for "order-refunded"/);
  });
});

describe("development mailbox", () => {
  it("stores the message nodemailer built, with its attachments", async () => {
    const { invoiceNumber } = await payOrder(db, "dev@example.com");
    await deliverAll("");
    const stored = await db.devMailboxMessage.findFirstOrThrow({
      where: { recipient: "dev@example.com" },
      include: { attachments: true },
      orderBy: { createdAt: "desc" },
    });
    expect(stored.subject).toBe("Order ORD-1042 confirmed");
    expect(stored.sender).toBe("Northwind Goods <shop@example.com>");
    expect(Buffer.from(stored.raw).toString()).toMatch(new RegExp(`^${OUTBOX_ID_HEADER}: `, "im"));
    expect(stored.attachments).toHaveLength(1);
    expect(stored.attachments[0]?.filename).toBe(`invoice-${invoiceNumber}.pdf`);
    expect(await pdfText(stored.attachments[0]?.content ?? new Uint8Array())).toContain(`Invoice ${invoiceNumber}`);
    expect(await db.emailOutbox.findFirst()).toMatchObject({ status: "SENT" });
  });
});
