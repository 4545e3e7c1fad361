import { describe, expect, it, vi } from "vitest";

// Next's development server can load lib/db/client.ts more than once (one copy per bundle layer) while lib/db.ts
// shares one client through globalThis; every copy must find that client's pool, or the hot paths that send their
// statements straight to the driver (the header's cart count on every page) fail with "needs a client made by
// createDb".
describe("the pool behind a client made by createDb", () => {
  it("is found from another copy of the module, and a client made elsewhere has none", async () => {
    const first = await import("@/lib/db/client");
    vi.resetModules();
    const second = await import("@/lib/db/client");
    expect(second).not.toBe(first);
    const db = first.createDb("postgres://shop@127.0.0.1:9/shop", 1);
    try {
      const pool = first.poolOf(db);
      expect(pool).not.toBeNull();
      expect(second.poolOf(db)).toBe(pool);
      expect(second.poolOf({} as typeof db)).toBeNull();
    } finally {
      await db.$disconnect();
    }
  });
});
