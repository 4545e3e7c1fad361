// How lib/runtime/server.ts is started as its own process: `npm start`, the benchmarks and the tests that run the
// production server all use this, so they measure and test the process a shop runs.

/**
 * glibc gives each thread that allocates its own malloc arena (up to 8 per core) and seldom returns their pages.
 * V8 compiles optimised code on background threads, so a busy server ended with 100–140 MB of RSS outside the
 * JavaScript heap and passed 400 MB. Two arenas keep it near 300 MB at the same throughput (tests/bench/README.md).
 * Read by the C library when the process starts, hence an environment variable and not a runtime setting. Spread
 * before the caller's environment, so a value set there wins; other C libraries (musl, macOS) ignore it.
 */
export const SERVER_PROCESS_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: "2" };

/** The node arguments that run the shop's server; `nodeArgs` go before the entry point. */
export function serverArgs(options: { dev?: boolean; nodeArgs?: readonly string[] } = {}): string[] {
  return ["--import", "tsx", ...(options.nodeArgs ?? []), "lib/runtime/server.ts", ...(options.dev ? ["--dev"] : [])];
}
