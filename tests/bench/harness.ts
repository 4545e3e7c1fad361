import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

// Shared pieces of the benchmarks: the load generator with exact percentiles, a bare node:http ceiling, and the
// server's memory use.

export interface LoadResult {
  requests: number;
  durationSeconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
}

export function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

export function rssMegabytes(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return Math.round(kb / 1024);
  } catch {
    // No /proc (not Linux) or the process is gone.
    return 0;
  }
}

/** Samples a process's RSS every `everyMs` until stopped; returns the peak in MB. */
export function sampleRss(pid: number, everyMs = 250): { stop(): number } {
  let peak = rssMegabytes(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssMegabytes(pid))), everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, rssMegabytes(pid));
    },
  };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Runs autocannon and computes exact percentiles from every response time. */
export async function load(options: autocannon.Options): Promise<LoadResult> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, done) => (error ? reject(error as Error) : resolve(done)));
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      times.push(responseTime);
    });
  });
  times.sort((a, b) => a - b);
  const seconds = result.duration;
  return {
    requests: result.requests.total,
    durationSeconds: seconds,
    rps: Math.round(result.requests.total / seconds),
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** A bare node:http server in its own process: the ceiling no framework can beat on this machine. */
export async function startBareServer(port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      "-e",
      `require("node:http").createServer((q,s)=>{s.writeHead(200,{"content-type":"application/json"});s.end('{"ok":true}')}).listen(${port},"127.0.0.1")`,
    ],
    { stdio: "ignore" },
  );
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return child;
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill("SIGKILL");
  throw new Error("the bare node:http server did not start");
}
