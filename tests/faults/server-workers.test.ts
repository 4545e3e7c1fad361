import { readFileSync, readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { FAULT_APP_PORTS, freePortIn } from "../support/free-port";
import { type ShopProcess, startShopProcess } from "../support/shop-process";
import { type SmtpSink, startSmtpSink, waitUntil } from "../support/smtp-sink";

// WEB_CONCURRENCY=2: a primary with two workers sharing the port. Both serve; the background jobs and the mail and
// webhook workers run once, in one worker, and its replacement takes them over when it dies; a killed worker is
// replaced while the other keeps serving; SIGTERM drains both and the primary exits 0 with no worker left behind.

const url = inject("databaseUrl");
let shop: ShopProcess;
let sink: SmtpSink;

const pidsLogging = (message: string) => shop.logs.filter((l) => l.message === message).map((l) => Number(l.pid));
const readyWorkers = () => pidsLogging("server ready");
const backgroundWorkers = () => pidsLogging("background work started");
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Resident memory of a process in MB, from /proc. */
const residentMb = (pid: number) => {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB$/m);
  if (!line?.[1]) throw new Error(`no VmRSS for ${pid}`);
  return Number(line[1]) / 1024;
};
/** The processes whose parent is `pid`. */
const childrenOf = (pid: number) =>
  readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        // The parent is the 4th field, after the command name in parentheses (which may hold spaces).
        return Number(readFileSync(`/proc/${name}/stat`, "utf8").split(") ")[1]?.split(" ")[1]) === pid;
      } catch {
        return false; // it exited meanwhile
      }
    })
    .map(Number);

beforeAll(async () => {
  sink = await startSmtpSink();
  shop = await startShopProcess({
    port: await freePortIn(...FAULT_APP_PORTS),
    databaseUrl: url,
    env: { WEB_CONCURRENCY: "2", SMTP_URL: sink.url },
    startTimeoutMs: 120_000,
  });
  await waitUntil(() => readyWorkers().length >= 2, 60_000);
});
afterAll(async () => {
  if (alive(shop.pid)) await shop.kill();
  await sink.close();
});

describe("server workers", () => {
  it("start two workers, and the background work once, in one of them", async () => {
    const workers = readyWorkers();
    expect(new Set(workers).size).toBe(2);
    expect(workers).not.toContain(shop.pid);
    await waitUntil(() => backgroundWorkers().length > 0, 30_000);
    const once = (message: string) => shop.logs.filter((l) => l.message === message).length;
    expect(once("starting server workers")).toBe(1);
    expect(once("mail worker started")).toBe(1);
    expect(once("webhook worker started")).toBe(1);
    expect(backgroundWorkers()).toHaveLength(1);
    expect(workers).toContain(backgroundWorkers()[0]);
  });

  it("keep the primary small, and no compiler process running beside any of them", () => {
    // The primary loads neither Next.js nor the database client nor lib/env's validation and the error mapper, and
    // tsx runs without its loader thread: ~57 MB measured, a bare Node.js process ~45 MB. It was ~100 MB with
    // Next.js and tsx's loader thread, and 69 MB while it still loaded zod and the translated error mapper.
    expect(residentMb(shop.pid)).toBeLessThan(65);
    // esbuild compiled the server's TypeScript on this first start, without a worker thread or service process
    // that would stay for the server's lifetime (lib/runtime/server-process.ts).
    const workers = readyWorkers();
    expect(childrenOf(shop.pid).sort()).toEqual([...workers].sort());
    for (const worker of workers) expect(childrenOf(worker)).toEqual([]);
  });

  it("keep serving while a killed worker is replaced, the replacement taking over the background work", async () => {
    // The worker running the background work is the one killed.
    const victim = backgroundWorkers()[0];
    const survivor = readyWorkers().find((pid) => pid !== victim);
    if (victim === undefined || survivor === undefined) throw new Error("two workers expected");
    process.kill(victim, "SIGKILL");
    const statuses: number[] = [];
    // The port stays open: the survivor answers while the new worker starts.
    for (let i = 0; i < 20; i++) {
      statuses.push(
        await fetch(`${shop.baseUrl}/api/ping`).then(
          (r) => r.status,
          () => 0,
        ),
      );
    }
    console.log(`server workers: statuses right after the kill ${statuses.join(" ")}`);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(18);
    await waitUntil(() => readyWorkers().length >= 3, 60_000);
    const replacement = readyWorkers().at(-1) ?? 0;
    expect([victim, survivor]).not.toContain(replacement);
    expect(alive(replacement)).toBe(true);
    expect(shop.logs.some((l) => l.message === "server worker exited; starting a new one")).toBe(true);
    await waitUntil(() => backgroundWorkers().length >= 2, 30_000);
    expect(backgroundWorkers()).toEqual([victim, replacement]);
    expect(shop.logs.filter((l) => l.message === "mail worker started")).toHaveLength(2);
    const pings = await Promise.all(
      Array.from({ length: 40 }, () => fetch(`${shop.baseUrl}/api/ping`).then((r) => r.status)),
    );
    expect(pings.every((s) => s === 200)).toBe(true);
  });

  it("drain every worker on SIGTERM and exit 0", async () => {
    const workers = readyWorkers().filter(alive);
    expect(workers.length).toBe(2);
    const exit = await shop.stop();
    expect(exit.code).toBe(0);
    expect(workers.filter(alive)).toEqual([]);
    expect(shop.logs.some((l) => l.message === "stopped" && l.signal === "SIGTERM")).toBe(true);
  });
});

describe.each(["serve", "start"] as const)("the shop started with npm %s", (script) => {
  it("stops on a SIGTERM sent to npm, leaving no process behind", async () => {
    // A container's stop signals its command, here npm; the shop and its workers must get it too, not be orphaned.
    const viaNpm = await startShopProcess({
      port: await freePortIn(...FAULT_APP_PORTS),
      databaseUrl: url,
      env: { WEB_CONCURRENCY: "2" },
      startTimeoutMs: 120_000,
      npmScript: script,
    });
    const descendants = (pid: number): number[] => childrenOf(pid).flatMap((c) => [c, ...descendants(c)]);
    let tree: number[] = [];
    try {
      await waitUntil(() => viaNpm.logs.filter((l) => l.message === "server ready").length >= 2, 60_000);
      tree = descendants(viaNpm.pid);
      // The primary and its two workers, and for npm start the launcher above them.
      const servers = tree.filter((pid) => readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("server.ts"));
      expect(servers).toHaveLength(3);
      if (script === "start") {
        // The launcher lives as long as the shop, so it keeps little: its preparation ran in a process that has
        // exited, and no compiler process runs beside it (it held ~200 MB in three processes before).
        const [launcher, ...rest] = tree.filter((pid) => !servers.includes(pid));
        expect(rest).toEqual([]);
        if (launcher === undefined) throw new Error("no launcher");
        expect(readFileSync(`/proc/${launcher}/cmdline`, "utf8")).toContain("start.ts");
        expect(residentMb(launcher)).toBeLessThan(100);
      } else {
        expect(tree).toEqual(servers);
      }
      const exit = await viaNpm.stop();
      expect(exit.signal === "SIGTERM" || exit.code === 0).toBe(true);
      await waitUntil(() => tree.every((pid) => !alive(pid)), 15_000);
      expect(viaNpm.logs.filter((l) => l.message === "stopped" && l.signal === "SIGTERM")).toHaveLength(3);
    } finally {
      // Nothing orphaned outlives a failure here.
      for (const pid of tree.filter(alive)) process.kill(pid, "SIGKILL");
      if (alive(viaNpm.pid)) await viaNpm.kill();
    }
  });
});
