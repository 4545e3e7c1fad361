import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { consumeRateLimit, consumeRateLimits, resetRateLimit } from "@/lib/rate-limit/consume-rate-limit";

// Two clients with separate pools stand in for two app instances sharing one database.
const instanceA = createDb(inject("databaseUrl"), 10);
const instanceB = createDb(inject("databaseUrl"), 10);
afterAll(async () => {
  await instanceA.$disconnect();
  await instanceB.$disconnect();
});

async function attempt(db: typeof instanceA, key: string, limit = 5, windowSeconds = 60) {
  try {
    await consumeRateLimit(db, { key, limit, windowSeconds });
    return "ok";
  } catch (error) {
    if (error instanceof AppError && error.code === "rate_limited") return error.details.retryAfterSeconds;
    throw error;
  }
}

describe("consumeRateLimit", () => {
  it("allows exactly the limit across instances, even when attempts race", async () => {
    const key = `test:${randomUUID()}`;
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => attempt(i % 2 === 0 ? instanceA : instanceB, key, 5)),
    );
    expect(results.filter((r) => r === "ok")).toHaveLength(5);
    for (const r of results.filter((r) => r !== "ok")) {
      expect(r).toBeGreaterThanOrEqual(1);
      expect(r).toBeLessThanOrEqual(60);
    }
  });

  it("keeps keys apart and starts a new window when the old one ends", async () => {
    const key = `test:${randomUUID()}`;
    expect(await attempt(instanceA, key, 1, 1)).toBe("ok");
    expect(await attempt(instanceA, key, 1, 1)).not.toBe("ok");
    expect(await attempt(instanceA, `${key}:other`, 1, 1)).toBe("ok");
    // Refused until the one-second window ends, then let through by the other instance: asked until it is.
    await expect.poll(() => attempt(instanceB, key, 1, 1), { timeout: 5_000, interval: 50 }).toBe("ok");
  });

  it("stores keys hashed, resets on demand, and checks several limits at once", async () => {
    const email = `person-${randomUUID()}@example.com`;
    await consumeRateLimit(instanceA, { key: `login:${email}`, limit: 3, windowSeconds: 60 });
    const stored = await instanceA.rateLimitBucket.findMany({ where: { key: { contains: "@" } } });
    expect(stored).toEqual([]);
    await resetRateLimit(instanceA, `login:${email}`);
    const byAddress = { key: `ip:${randomUUID()}`, limit: 100, windowSeconds: 60 };
    const byAccount = { key: `acct:${randomUUID()}`, limit: 1, windowSeconds: 60 };
    await consumeRateLimits(instanceA, [byAddress, byAccount]);
    await expect(consumeRateLimits(instanceA, [byAddress, byAccount])).rejects.toMatchObject({ code: "rate_limited" });
  });
});
