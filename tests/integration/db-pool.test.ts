import { afterAll, describe, expect, inject, it } from "vitest";
import { createPool } from "@/lib/db/pool";

// One connection, so "the same backend" means the pool kept it.
const pool = createPool({ connectionString: inject("databaseUrl"), max: 1 });
afterAll(() => pool.end());

async function backendPid(): Promise<number> {
  const { rows } = await pool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
  const pid = rows[0]?.pid;
  if (pid === undefined) throw new Error("no pid");
  return pid;
}

describe("createPool", () => {
  it("keeps the connection when the server refuses a statement", async () => {
    const before = await backendPid();
    await expect(pool.query("SELECT 1/0")).rejects.toMatchObject({ code: "22012" });
    await expect(
      pool.query({ name: "pool-test.raise", text: "DO $$ BEGIN RAISE EXCEPTION USING ERRCODE = 'P0001'; END $$" }),
    ).rejects.toMatchObject({ code: "P0001" });
    await expect(pool.query("SELECT no_such_column FROM pg_class")).rejects.toMatchObject({ code: "42703" });
    expect(await backendPid()).toBe(before);
    expect(pool.totalCount).toBe(1);
  });

  it("replaces a connection the server closed, and answers on a new one", async () => {
    const before = await backendPid();
    // The session ends with FATAL 57P01, which the pool must not hand out again.
    await expect(pool.query("SELECT pg_terminate_backend(pg_backend_pid())")).rejects.toThrow();
    const after = await backendPid();
    expect(after).not.toBe(before);
    expect(pool.totalCount).toBe(1);
  });

  it("survives the server closing an idle connection, and answers on a new one", async () => {
    const idle = await backendPid();
    const other = createPool({ connectionString: inject("databaseUrl"), max: 1 });
    // The pool hears of it on its own (an 'error' event no one else listens to here), drops it, then connects again.
    const lost = new Promise((resolve) => pool.once("error", resolve));
    try {
      await other.query("SELECT pg_terminate_backend($1)", [idle]);
    } finally {
      await other.end();
    }
    await lost;
    expect(pool.totalCount).toBe(0);
    const after = await backendPid();
    expect(after).not.toBe(idle);
  });

  it("answers plain text and config forms with their rows", async () => {
    expect((await pool.query<{ n: number }>("SELECT $1::int AS n", [7])).rows).toEqual([{ n: 7 }]);
    expect((await pool.query<{ n: number }>({ text: "SELECT $1::int AS n", values: [8] })).rows).toEqual([{ n: 8 }]);
  });
});
