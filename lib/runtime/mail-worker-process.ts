import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { env } from "@/lib/env";

// The web server's mail worker runs as a child process (`npm run worker`'s entry point) rather than inside the
// server's bundle: it keeps rendering and SMTP off the request-serving event loop, and stops with the server.
let child: ChildProcess | undefined;

export function startMailWorkerProcess(): void {
  if (child || env.MAIL_WORKER === "off" || env.NODE_ENV === "test" || !env.DATABASE_URL) return;
  const root = process.cwd();
  child = spawn(
    process.execPath,
    // tsx as a loader rather than its CLI: no process in between, so the IPC channel reaches the worker itself.
    ["--import", "tsx", path.join(root, "lib", "runtime", "mail-worker-cli.ts")],
    // The IPC channel tells the worker when the server is gone, even if the server was killed outright.
    { cwd: root, env: process.env, stdio: ["ignore", "inherit", "inherit", "ipc"] },
  );
  child.on("exit", () => {
    child = undefined;
  });
  // Ask the worker to finish the message in hand; it exits by itself when the server's IPC channel closes.
  const stop = () => child?.kill("SIGTERM");
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  process.once("exit", stop);
}
