import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createDb } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/mail/enqueue-email";

const db = createDb(inject("databaseUrl"), 4);
afterAll(() => db.$disconnect());

describe("enqueueEmail", () => {
  it("queues with the transaction and not without it", async () => {
    const to = `rollback-${randomUUID()}@example.com`;
    await expect(
      db.$transaction(async (tx) => {
        await enqueueEmail(tx, { template: "welcome", to, payload: { name: "A" } });
        throw new Error("the surrounding change failed");
      }),
    ).rejects.toThrow("surrounding change failed");
    expect(await db.emailOutbox.count({ where: { recipient: to } })).toBe(0);

    await db.$transaction((tx) => enqueueEmail(tx, { template: "welcome", to, payload: { name: "A" } }));
    expect(await db.emailOutbox.count({ where: { recipient: to, status: "PENDING" } })).toBe(1);
  });

  it("queues a deduplicated message once, even concurrently", async () => {
    const orderId = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        db.$transaction((tx) =>
          enqueueEmail(tx, {
            template: "order-confirmation",
            to: "buyer@example.com",
            payload: { orderId },
            dedupeKey: `order-confirmation:${orderId}`,
          }),
        ),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await db.emailOutbox.count({ where: { dedupeKey: `order-confirmation:${orderId}` } })).toBe(1);
  });

  it.each(["a@b.c\r\nBcc: x@y.z", "a@b.c, d@e.f", "not-an-address", "<a@b.c>"])("refuses recipient %j", async (to) => {
    await expect(
      db.$transaction((tx) => enqueueEmail(tx, { template: "welcome", to, payload: { name: "A" } })),
    ).rejects.toThrow(/recipient/);
  });
});
