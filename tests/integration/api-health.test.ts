import { rm } from "node:fs/promises";
import { createServer } from "node:net";
import { afterAll, describe, expect, it, vi } from "vitest";
import { startEmbeddedPostgres } from "@/lib/runtime/embedded-postgres";
import { call, errorOf } from "../support/route";

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

// A database server of its own, so this test can stop and restart it under a running handler.
const dir = `.data/postgres-health-${process.pid}`;
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(`${dir}.password`, { force: true });
});

describe("GET /api/health", () => {
  it("is 200 while the database answers, 503 fast while it is down, and recovers on its own", async () => {
    const port = await freePort();
    let server = await startEmbeddedPostgres({ dir, port });
    vi.stubEnv("DATABASE_URL", server.urlFor("postgres"));
    vi.resetModules();
    const { GET } = await import("@/app/api/health/route");

    const up = await call(GET, "/api/health");
    expect(up.status).toBe(200);
    expect(up.body).toMatchObject({ status: "ok", database: { status: "up" } });

    await server.stop();
    const started = Date.now();
    const down = await call(GET, "/api/health");
    expect(down.status).toBe(503);
    expect(errorOf(down.body).code).toBe("service_unavailable");
    expect(down.headers.get("retry-after")).toBeTruthy();
    expect(down.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/);
    expect(Date.now() - started).toBeLessThan(5_000);

    server = await startEmbeddedPostgres({ dir, port });
    let recovered = 0;
    for (let attempt = 0; attempt < 20 && recovered !== 200; attempt++) {
      recovered = (await call(GET, "/api/health")).status;
      if (recovered !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(recovered).toBe(200);
    await server.stop();
    vi.unstubAllEnvs();
  });
});
