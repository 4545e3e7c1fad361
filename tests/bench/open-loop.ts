import { readFileSync, readdirSync } from "node:fs";
import { Agent, request } from "node:http";

// Constant-arrival-rate load: requests leave on a fixed schedule whatever the server does, so a slow response
// cannot hold back the ones behind it (a closed loop of N connections only ever measures N ÷ throughput). Each
// latency is counted from the moment the request was due, not from when it could be sent, so a stalled load
// generator or a full socket pool shows up as latency instead of disappearing.

export interface OpenRequest {
  method: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface OpenResult {
  rate: number;
  sent: number;
  completed: number;
  failures: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

const round = (ms: number) => Math.round(ms * 10) / 10;
const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0);

export interface OpenResponse {
  status: number;
  setCookie: string[];
}

/** One request, its status and cookies; the body is read to the end. Status 0: no answer. */
function send(agent: Agent, base: URL, r: OpenRequest): Promise<OpenResponse> {
  return new Promise((resolve) => {
    const req = request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method: r.method,
        path: r.path,
        headers: { ...r.headers, ...(r.body ? { "content-length": Buffer.byteLength(r.body) } : {}) },
      },
      (res) => {
        res.on("data", () => undefined);
        res.on("end", () => resolve({ status: res.statusCode ?? 0, setCookie: res.headers["set-cookie"] ?? [] }));
        res.on("error", () => resolve({ status: 0, setCookie: [] }));
      },
    );
    req.on("error", () => resolve({ status: 0, setCookie: [] }));
    req.setTimeout(30_000, () => req.destroy());
    req.end(r.body);
  });
}

/**
 * Starts `rate` units of work per second for `seconds`; a unit is one request or a sequence (a shopper journey),
 * whose steps run one after another and whose latency is the whole sequence's. A unit says whether it succeeded.
 */
export async function openLoad(
  baseUrl: string,
  rate: number,
  seconds: number,
  unit: (send: (r: OpenRequest) => Promise<OpenResponse>) => Promise<boolean>,
): Promise<OpenResult> {
  const base = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: 1024 });
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const latencies: number[] = [];
  let failures = 0;
  let sent = 0;
  const inFlight: Promise<void>[] = [];
  const start = performance.now();
  const run = async (due: number) => {
    const ok = await unit((r) => send(agent, base, r));
    latencies.push(performance.now() - due);
    if (!ok) failures++;
  };
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (sent < total && start + sent * interval <= now) {
        inFlight.push(run(start + sent * interval));
        sent++;
      }
      if (sent >= total) resolve();
      else setTimeout(tick, Math.max(0, Math.min(interval, start + sent * interval - now)));
    };
    tick();
  });
  await Promise.all(inFlight);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    rate,
    sent,
    completed: latencies.length - failures,
    failures,
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies.at(-1) ?? 0),
  };
}

/** A process and all its descendants (a cluster's workers). */
export function processTree(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    const current = out[i] ?? 0;
    try {
      for (const task of readdirSync(`/proc/${current}/task`)) {
        const children = readFileSync(`/proc/${current}/task/${task}/children`, "utf8").trim();
        if (children) out.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended.
    }
  }
  return out;
}

/** Every PostgreSQL server process on this machine (the benchmark's database server is local). */
export function postgresPids(): number[] {
  const pids: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readFileSync(`/proc/${name}/comm`, "utf8").trim() === "postgres") pids.push(Number(name));
    } catch {
      // Gone between listing and reading.
    }
  }
  return pids;
}

/**
 * CPU time (user + system) the processes used so far, in milliseconds (Linux clock ticks are 10 ms), with that of
 * their children that ended and were reaped: a PostgreSQL backend whose connection closes during a measurement
 * moves its time into the postmaster's, so the sum neither loses it nor goes backwards.
 */
export function cpuMilliseconds(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      // Fields after the command name, which is in parentheses and may hold spaces: utime, stime, cutime, cstime.
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      // Ended between listing and reading: its time is in its parent's children's time once reaped.
    }
  }
  return ticks * 10;
}

/** RSS of several processes together, in MB. */
export function totalRssMegabytes(pids: number[]): number {
  let kb = 0;
  for (const pid of pids) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // Gone.
    }
  }
  return Math.round(kb / 1024);
}

/**
 * PSS of several processes together, in MB: each shared page (Node's own code, the files every worker maps) is
 * divided among the processes that map it, so the sum is the memory they take together, which summed RSS overstates.
 */
export function totalPssMegabytes(pids: number[]): number {
  let kb = 0;
  for (const pid of pids) {
    try {
      kb += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))?.[1] ?? 0);
    } catch {
      // Gone.
    }
  }
  return Math.round(kb / 1024);
}

/** Samples the summed RSS (and PSS) of a process tree every `everyMs` until stopped; `stop` gives the RSS peak in MB. */
export function sampleTreeRss(pid: number, everyMs = 250): { stop(): number; peakPssMb(): number } {
  let peak = 0;
  let peakPss = 0;
  const read = () => {
    const pids = processTree(pid);
    peak = Math.max(peak, totalRssMegabytes(pids));
    peakPss = Math.max(peakPss, totalPssMegabytes(pids));
  };
  read();
  const timer = setInterval(read, everyMs);
  return {
    stop() {
      clearInterval(timer);
      read();
      return peak;
    },
    peakPssMb: () => peakPss,
  };
}
