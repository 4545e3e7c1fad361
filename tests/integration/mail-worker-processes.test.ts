import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createDb } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { OUTBOX_ID_HEADER } from "@/lib/mail/outgoing-message";
import { startSmtpSink, waitUntil } from "../support/smtp-sink";

const databaseUrl = inject("databaseUrl");
const db = createDb(databaseUrl, 4);
afterAll(() => db.$disconnect());

interface WorkerProcess {
  child: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
}

/** `npm run worker`, as a separate operating-system process. */
function startWorkerProcess(smtpUrl: string): WorkerProcess {
  const tsx = path.resolve("node_modules/.bin/tsx");
  const child = spawn(tsx, ["lib/runtime/mail-worker-cli.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      SMTP_URL: smtpUrl,
      MAIL_WORKER_POLL_MS: "100",
      LOG_LEVEL: "info",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  child.stdout?.on("data", (chunk: Buffer) => output.push(...chunk.toString().split("\n").filter(Boolean)));
  child.stderr?.on("data", (chunk: Buffer) => output.push(...chunk.toString().split("\n").filter(Boolean)));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output, exited };
}

const sentBy = (worker: WorkerProcess) => worker.output.filter((line) => line.includes('"e-mail sent"')).length;

describe("two worker processes on one database", () => {
  it("send each message exactly once, and stop cleanly on SIGTERM", async () => {
    await db.emailOutbox.deleteMany();
    const sink = await startSmtpSink();
    const workers = [startWorkerProcess(sink.url), startWorkerProcess(sink.url)];
    try {
      await waitUntil(
        () => workers.every((w) => w.output.some((line) => line.includes("mail worker started"))),
        30_000,
      );
      await db.$transaction(async (tx) => {
        for (let index = 0; index < 100; index++) {
          await enqueueEmail(tx, {
            template: "welcome",
            to: `twice${index}@example.com`,
            payload: { name: `N${index}` },
          });
        }
      });
      await waitUntil(async () => (await db.emailOutbox.count({ where: { status: "SENT" } })) === 100, 60_000);
    } finally {
      for (const worker of workers) worker.child.kill("SIGTERM");
    }
    // Stopped workers finish the message in hand first: once both have exited, whatever they sent has arrived.
    expect(await Promise.all(workers.map((worker) => worker.exited))).toEqual([0, 0]);
    await sink.close();

    expect(sink.received).toHaveLength(100);
    const ids = sink.received.map((mail) => mail.parsed.headers.get(OUTBOX_ID_HEADER.toLowerCase()) as string);
    expect(new Set(ids).size).toBe(100);
    // Both processes took part.
    const counts = workers.map(sentBy);
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBeGreaterThan(0);
    expect((counts[0] ?? 0) + (counts[1] ?? 0)).toBe(100);
  });
});
