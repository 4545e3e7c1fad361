// How lib/runtime/server.ts is started as its own process: `npm start`, the benchmarks and the tests that run the
// production server all use this, so they measure and test the process a shop runs.

/**
 * glibc gives each thread that allocates its own malloc arena (up to 8 per core) and seldom returns their pages.
 * V8 compiles optimised code on background threads, so a busy server ended with 100–140 MB of RSS outside the
 * JavaScript heap and passed 400 MB. Two arenas keep it near 300 MB at the same throughput (tests/bench/README.md).
 * Read by the C library when the process starts, hence an environment variable and not a runtime setting. Spread
 * before the caller's environment, so a value set there wins; other C libraries (musl, macOS) ignore it.
 */
export const SERVER_PROCESS_ENV: Readonly<Record<string, string>> = {
  MALLOC_ARENA_MAX: "2",
  // tsx compiles a module it has not cached with esbuild, which by default starts a worker thread (a V8 heap) and an
  // esbuild process that then live as long as the server: ~25 MB in each process of a cluster. Without worker
  // threads esbuild runs once per module compiled, on the first start after a change only.
  ESBUILD_WORKER_THREADS: "0",
  // glibc serves blocks from 128 KB up with mmap at first, then raises that threshold each time such a block is
  // freed, so V8's compiler zones and large buffers end up inside the arenas, which keep their pages. A fixed
  // 32 KB threshold hands them back on free: 50–60 MB less RSS per process under load, for ~0.2 more
  // mmap/munmap calls per request (strace, tests/bench/README.md).
  MALLOC_MMAP_THRESHOLD_: "32768",
  MALLOC_TRIM_THRESHOLD_: "65536",
};

/**
 * The node arguments that run one of the shop's TypeScript entry points; `nodeArgs` go before it, `args` after.
 * tsx's CommonJS hook compiles TypeScript in the process's own thread. Its ESM hook (`--import tsx`) runs a loader
 * thread with a V8 heap of its own: ~30 MB more in every process, the primary and each worker of a cluster
 * (tests/bench/README.md). So these entry points load their modules with `require`, never `import()`
 * (lib/runtime/server.ts).
 */
export function entryArgs(
  entry: string,
  options: { nodeArgs?: readonly string[]; args?: readonly string[] } = {},
): string[] {
  return ["--require", "tsx/cjs", ...(options.nodeArgs ?? []), entry, ...(options.args ?? [])];
}

/** The node arguments that run the shop's server. */
export function serverArgs(options: { dev?: boolean; nodeArgs?: readonly string[] } = {}): string[] {
  return entryArgs("lib/runtime/server.ts", { nodeArgs: options.nodeArgs, args: options.dev ? ["--dev"] : [] });
}

/** Requests still running this long after SIGTERM are cut off so a deploy cannot hang. */
export const DRAIN_MS = 10_000;

/**
 * A configuration refusal (lib/env's EnvError) is shown as its own lines, which name each setting, for the person
 * starting the shop; anything else as it is. Checked by name so that a process that only starts others need not load
 * lib/env.
 */
export function isConfigurationError(error: unknown): error is Error {
  return error instanceof Error && error.name === "EnvError";
}

/** A line of `npm start`'s own (the launcher and its database preparation), told apart from the server's logs. */
export const say = (line: string): void => console.log(`[shop] ${line}`);
