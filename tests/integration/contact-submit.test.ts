import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, inject, it, vi } from "vitest";
import { createDb } from "@/lib/db/client";
import { hashClientAddress } from "@/lib/contact/contact-secret";
import { submitContactMessage } from "@/lib/contact/submit-contact-message";
import { AppError } from "@/lib/errors";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { testAccounts } from "../support/accounts";
import { invalidContactCases, spamContactCases, validContact, visitorAddress } from "../support/contact";

// The real enqueueEmail, wrapped so one test can make the outbox fail half-way through a submission.
vi.mock("@/lib/mail/enqueue-email", async (importOriginal) => {
  const actual = await importOriginal<{ enqueueEmail: typeof enqueueEmail }>();
  return { enqueueEmail: vi.fn(actual.enqueueEmail) };
});

const db = createDb(inject("databaseUrl"), 4);
afterAll(() => db.$disconnect());
beforeEach(() => {
  vi.mocked(enqueueEmail).mockClear();
});

const counts = async () => ({ messages: await db.contactMessage.count(), emails: await db.emailOutbox.count() });

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the submission to be refused");
}

describe("submitContactMessage", () => {
  it("stores the message with a hashed address and queues both e-mails in the same transaction", async () => {
    const address = visitorAddress();
    const input = validContact();
    const result = await submitContactMessage(db, input, { clientAddress: address });
    expect(result.status).toBe("NEW");

    const stored = await db.contactMessage.findUniqueOrThrow({ where: { id: result.id } });
    expect(stored).toMatchObject({
      name: "Ada Lovelace",
      email: input.email,
      subject: "ORDER_QUESTION",
      orderNumber: "NW-10023",
      consent: true,
      status: "NEW",
      spamScore: 0,
      spamReasons: [],
    });
    expect(stored.clientAddressHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.clientAddressHash).toBe(hashClientAddress(address));
    expect(JSON.stringify(stored)).not.toContain(address);
    expect(Date.now() - stored.createdAt.getTime()).toBeLessThan(60_000);

    const emails = await db.emailOutbox.findMany({
      where: { payload: { path: ["messageId"], equals: result.id } },
      orderBy: { template: "asc" },
    });
    expect(emails.map((e) => [e.template, e.recipient, e.dedupeKey, e.status])).toEqual([
      ["contact-confirmation", input.email, `contact-confirmation:${result.id}`, "PENDING"],
      // SHOP_CONTACT_EMAIL is unset in tests, so staff mail goes to the first admin.
      ["contact-notification", testAccounts.adminEmail, `contact-notification:${result.id}`, "PENDING"],
    ]);
  });

  it("trims fields and treats a blank order number as none", async () => {
    const result = await submitContactMessage(
      db,
      validContact({
        name: "  Grace Hopper  ",
        orderNumber: "   ",
        message: "\n  A question about sizes, please.  \n",
      }),
      { clientAddress: visitorAddress() },
    );
    const stored = await db.contactMessage.findUniqueOrThrow({ where: { id: result.id } });
    expect(stored.name).toBe("Grace Hopper");
    expect(stored.orderNumber).toBeNull();
    expect(stored.message).toBe("A question about sizes, please.");
  });

  it("stores HTML and script exactly as text", async () => {
    const message = `<script>alert("x")</script><img src=x onerror=alert(1)> Where is my order?\n'; DROP TABLE contact_messages; --`;
    const name = `<b onmouseover="alert(1)">Eve</b>`;
    const result = await submitContactMessage(db, validContact({ name, message }), { clientAddress: visitorAddress() });
    const stored = await db.contactMessage.findUniqueOrThrow({ where: { id: result.id } });
    expect(stored.message).toBe(message);
    expect(stored.name).toBe(name);
    expect(result.status).toBe("NEW");
  });

  it.each(invalidContactCases)("refuses %s (field %s) and stores nothing", async (_label, field, input) => {
    const before = await counts();
    const error = await refusal(submitContactMessage(db, input, { clientAddress: visitorAddress() }));
    expect(error.code).toBe("invalid_input");
    expect(error.details.fields?.[field]).toBeTruthy();
    expect(await counts()).toEqual(before);
  });

  it.each(spamContactCases)("files %s as spam (%s), kept but nobody e-mailed", async (_label, reason, makeInput) => {
    const before = await counts();
    const result = await submitContactMessage(db, makeInput(), { clientAddress: visitorAddress() });
    expect(result.status).toBe("SPAM");
    const stored = await db.contactMessage.findUniqueOrThrow({ where: { id: result.id } });
    expect(stored.spamReasons).toContain(reason);
    expect(stored.spamScore).toBeGreaterThanOrEqual(5);
    expect(await counts()).toEqual({ messages: before.messages + 1, emails: before.emails });
  });

  it("keeps nothing when the outbox fails half-way, and the attempt does not count against the visitor", async () => {
    const address = visitorAddress();
    const input = validContact();
    const before = await counts();
    vi.mocked(enqueueEmail)
      .mockImplementationOnce(vi.mocked(enqueueEmail).getMockImplementation() ?? (() => Promise.resolve(true)))
      .mockRejectedValueOnce(new Error("outbox unavailable"));
    await expect(submitContactMessage(db, input, { clientAddress: address })).rejects.toThrow("outbox unavailable");
    expect(vi.mocked(enqueueEmail)).toHaveBeenCalledTimes(2);
    expect(await counts()).toEqual(before);
    expect(await db.contactMessage.count({ where: { email: String(input.email) } })).toBe(0);

    // The same visitor and address may still send their full allowance of five per e-mail address.
    for (let i = 0; i < 5; i++) {
      await submitContactMessage(db, input, { clientAddress: address });
    }
    const sixth = await refusal(submitContactMessage(db, input, { clientAddress: address }));
    expect(sixth.code).toBe("rate_limited");
  });

  it("limits one address to 10 messages in 10 minutes, also when they race, without affecting others", async () => {
    const address = visitorAddress();
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, () => submitContactMessage(db, validContact(), { clientAddress: address })),
    );
    const accepted = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(accepted).toHaveLength(10);
    expect(refused).toHaveLength(20);
    for (const r of refused) {
      expect(r.reason).toBeInstanceOf(AppError);
      const error = r.reason as AppError;
      expect(error.code).toBe("rate_limited");
      expect(error.message).toMatch(/Please wait .* and try again/);
      expect(error.details.retryAfterSeconds).toBeGreaterThan(0);
    }
    expect(await db.contactMessage.count({ where: { clientAddressHash: hashClientAddress(address) } })).toBe(10);

    const other = await submitContactMessage(db, validContact(), { clientAddress: visitorAddress() });
    expect(other.status).toBe("NEW");
  });

  it("limits one e-mail address to 5 messages an hour across addresses", async () => {
    const email = `repeat-${randomUUID()}@example.com`;
    for (let i = 0; i < 5; i++) {
      await submitContactMessage(db, validContact({ email }), { clientAddress: visitorAddress() });
    }
    const refused = await refusal(
      submitContactMessage(db, validContact({ email }), { clientAddress: visitorAddress() }),
    );
    expect(refused.code).toBe("rate_limited");
    // Case does not make a new sender.
    const upper = await refusal(
      submitContactMessage(db, validContact({ email: email.toUpperCase() }), { clientAddress: visitorAddress() }),
    );
    expect(upper.code).toBe("rate_limited");
    expect(await db.contactMessage.count({ where: { email } })).toBe(5);
  });
});
