import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { GET, POST } from "@/app/api/contact/route";
import { createDb } from "@/lib/db/client";
import { hashClientAddress } from "@/lib/contact/contact-secret";
import { readFormToken } from "@/lib/contact/form-token";
import { testAccounts } from "../support/accounts";
import { invalidContactCases, spamContactCases, validContact, visitorAddress } from "../support/contact";
import { BASE, call, errorOf } from "../support/route";

const db = createDb(inject("databaseUrl"), 4);
afterAll(() => db.$disconnect());

const counts = async () => ({ messages: await db.contactMessage.count(), emails: await db.emailOutbox.count() });

function send(
  body: unknown,
  { address = visitorAddress(), headers = {} }: { address?: string; headers?: Record<string, string> } = {},
) {
  return call(POST, "/api/contact", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      // The shop's server appends the peer address last; the last entry is the visitor.
      "x-forwarded-for": address,
      ...headers,
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

const noInternals = (text: string) => expect(text).not.toMatch(/prisma|insert|select|stack|at .*\.ts|\\n\s+at /i);

describe("GET /api/contact", () => {
  it("hands out a fresh, signed form token", async () => {
    const { status, body, headers } = await call(GET, "/api/contact");
    expect(status).toBe(200);
    expect(headers.get("cache-control")).toBe("no-store");
    const { formToken, minFillSeconds } = body as { formToken: string; minFillSeconds: number };
    expect(minFillSeconds).toBe(2);
    const issuedAt = readFormToken(formToken);
    expect(issuedAt).not.toBeNull();
    expect(Math.abs(Date.now() - (issuedAt?.getTime() ?? 0))).toBeLessThan(5_000);
  });
});

describe("POST /api/contact", () => {
  it("201: stores the message and queues the staff notification and the confirmation", async () => {
    const input = validContact({ subject: "RETURN", orderNumber: undefined });
    const address = visitorAddress();
    const { status, body } = await send(input, { address });
    expect(status).toBe(201);
    const { id, received } = body as { id: string; received: boolean };
    expect(received).toBe(true);
    const stored = await db.contactMessage.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ email: input.email, subject: "RETURN", orderNumber: null, status: "NEW" });
    expect(stored.clientAddressHash).toBe(hashClientAddress(address));
    const outbox = await db.emailOutbox.findMany({
      where: { dedupeKey: { endsWith: id } },
      orderBy: { template: "asc" },
    });
    expect(outbox.map((e) => [e.template, e.recipient, e.payload])).toEqual([
      ["contact-confirmation", input.email, expect.objectContaining({ messageId: id })],
      ["contact-notification", testAccounts.adminEmail, expect.objectContaining({ messageId: id })],
    ]);
  });

  it("stores HTML and script as plain text and never echoes them", async () => {
    const message = `<script>document.cookie</script><iframe src="javascript:alert(1)"></iframe> Hello, where is my order?`;
    const { status, body, text, headers } = await send(validContact({ message }));
    expect(status).toBe(201);
    expect(headers.get("content-type")).toMatch(/application\/json/);
    expect(text).not.toContain("<script>");
    const stored = await db.contactMessage.findUniqueOrThrow({ where: { id: (body as { id: string }).id } });
    expect(stored.message).toBe(message);
  });

  it.each(invalidContactCases)("400 for %s (field %s), nothing stored", async (_label, field, input) => {
    const before = await counts();
    const { status, body, text } = await send(input);
    expect(status).toBe(400);
    const error = errorOf(body);
    expect(error.code).toBe("invalid_input");
    expect(error.fields?.[field]).toBeTruthy();
    noInternals(text);
    expect(await counts()).toEqual(before);
  });

  it.each(spamContactCases)("files %s as spam (%s): same 201 answer, no e-mail", async (_label, reason, makeInput) => {
    const before = await counts();
    const { status, body } = await send(makeInput());
    expect(status).toBe(201);
    const stored = await db.contactMessage.findUniqueOrThrow({ where: { id: (body as { id: string }).id } });
    expect(stored.status).toBe("SPAM");
    expect(stored.spamReasons).toContain(reason);
    expect(await counts()).toEqual({ messages: before.messages + 1, emails: before.emails });
  });

  const megabyte = JSON.stringify(validContact({ message: "z".repeat(1024 * 1024) }));
  it.each([
    ["a 1 MB body", megabyte, { "content-type": "application/json" }, 413, "payload_too_large"],
    [
      "a 1 MB body declared small",
      megabyte,
      { "content-type": "application/json", "content-length": "10" },
      413,
      "payload_too_large",
    ],
    ["broken JSON", '{"name": "Ada",', { "content-type": "application/json" }, 400, "invalid_input"],
    ["a JSON array", "[]", { "content-type": "application/json" }, 400, "invalid_input"],
    ["JSON null", "null", { "content-type": "application/json" }, 400, "invalid_input"],
    [
      "a form-encoded body",
      "name=Ada&email=a%40b.c",
      { "content-type": "application/x-www-form-urlencoded" },
      415,
      "unsupported_media_type",
    ],
    [
      "a cross-site post",
      JSON.stringify(validContact()),
      { "content-type": "application/json", origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      403,
      "forbidden",
    ],
    [
      "another origin",
      JSON.stringify(validContact()),
      { "content-type": "application/json", origin: "https://evil.example" },
      403,
      "forbidden",
    ],
  ])("refuses %s → %i %s, nothing stored", async (_label, body, headers, status, code) => {
    const before = await counts();
    const result = await call(POST, "/api/contact", {
      method: "POST",
      headers: { "x-forwarded-for": visitorAddress(), ...headers },
      body,
    });
    expect(result.status).toBe(status);
    expect(errorOf(result.body).code).toBe(code);
    noInternals(result.text);
    expect(await counts()).toEqual(before);
  });

  it("accepts a same-origin browser post", async () => {
    const { status } = await send(validContact(), { headers: { origin: BASE, "sec-fetch-site": "same-origin" } });
    expect(status).toBe(201);
  });

  it("30 submissions in a minute from one address: 10 accepted, then 429 with a friendly message; others unaffected", async () => {
    const address = visitorAddress();
    const statuses: number[] = [];
    const refusals: { message: string; retryAfter: string | null }[] = [];
    for (let i = 0; i < 30; i++) {
      const result = await send(validContact(), { address });
      statuses.push(result.status);
      if (result.status === 429) {
        expect(errorOf(result.body).code).toBe("rate_limited");
        refusals.push({ message: errorOf(result.body).message, retryAfter: result.headers.get("retry-after") });
      }
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(201));
    expect(statuses.slice(10)).toEqual(Array(20).fill(429));
    for (const { message, retryAfter } of refusals) {
      expect(message).toMatch(
        /^Thank you for your patience: you have sent several messages .* Please wait .* and try again\.$/,
      );
      expect(Number(retryAfter)).toBeGreaterThan(0);
      expect(Number(retryAfter)).toBeLessThanOrEqual(600);
    }
    expect(await db.contactMessage.count({ where: { clientAddressHash: hashClientAddress(address) } })).toBe(10);

    // Another visitor gets through, even one whose own header entries name the throttled address.
    expect((await send(validContact(), { address: visitorAddress() })).status).toBe(201);
    const spoofed = await send(validContact(), { address: `${address}, ${visitorAddress()}` });
    expect(spoofed.status).toBe(201);
  });

  it("a client cannot dodge the address limit by writing its own X-Forwarded-For entries", async () => {
    const address = visitorAddress();
    const results: number[] = [];
    for (let i = 0; i < 12; i++) {
      // The server appends the real peer last, so a forged first entry changes nothing.
      const forged = `10.0.0.${i}, ${address}`;
      results.push(
        (await send(validContact({ email: `dodge-${randomUUID()}@example.com` }), { address: forged })).status,
      );
    }
    expect(results.filter((s) => s === 201)).toHaveLength(10);
    expect(results.slice(10)).toEqual([429, 429]);
  });
});
