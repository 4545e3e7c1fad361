import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";

// How many server workers to run: WEB_CONCURRENCY, else one per core the process may use.

/** Cores this process may use: the machine's, lowered by a cgroup v2 CPU quota (a container's --cpus). */
export function availableCores(cpuMax?: string): number {
  let cores = availableParallelism();
  let limit = cpuMax;
  if (limit === undefined) {
    try {
      limit = readFileSync("/sys/fs/cgroup/cpu.max", "utf8");
    } catch {
      // Not Linux, or cgroup v1: no quota to honour.
    }
  }
  const [quota, period] = (limit ?? "").trim().split(/\s+/);
  if (quota && period && quota !== "max" && Number(period) > 0) {
    cores = Math.min(cores, Math.max(1, Math.floor(Number(quota) / Number(period))));
  }
  return cores;
}

/** WEB_CONCURRENCY as a worker count (1–64); unset or empty means one per available core. */
export function webConcurrency(value: string | undefined, cores = availableCores()): number {
  if (value === undefined || value.trim() === "") return cores;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    throw new Error(`WEB_CONCURRENCY must be a whole number from 1 to 64 (it is "${value}")`);
  }
  return n;
}
