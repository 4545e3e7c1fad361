import { afterAll, describe, expect, it, vi } from "vitest";
import { call, errorOf } from "../support/route";
import { openTestServer } from "../support/test-database";

describe("GET /api/ready", () => {
  it("is 200 on a fully migrated database", async () => {
    const { GET } = await import("@/app/api/ready/route");
    const result = await call(GET, "/api/ready");
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ status: "ready" });
  });

  it("is 503 on a database without the migrations", async () => {
    const server = await openTestServer();
    const name = `shop_unmigrated_${Date.now().toString(36)}`;
    await server.ensureDatabase(name);
    try {
      vi.stubEnv("DATABASE_URL", server.urlFor(name));
      vi.resetModules();
      const { GET } = await import("@/app/api/ready/route");
      const result = await call(GET, "/api/ready");
      expect(result.status).toBe(503);
      expect(errorOf(result.body).code).toBe("service_unavailable");
      expect(result.headers.get("retry-after")).toBeTruthy();
      const { db } = await import("@/lib/db");
      await db.$disconnect();
    } finally {
      vi.unstubAllEnvs();
      await server.dropDatabase(name);
      await server.stop();
    }
  });
});

afterAll(() => vi.resetModules());
