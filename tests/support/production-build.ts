import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { buildIsFresh } from "@/lib/runtime/build-freshness";

// One production build (`next build` into .next) serves the e2e tests, the fault tests and the benchmarks; it is
// rebuilt only when sources changed. All of them build with the same settings, so whichever runs first builds
// what the others would have built.

const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

/** The environment the build sees: values baked into prerendered output (the base URL) match the e2e server's. */
export function productionBuildEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PUBLIC_BASE_URL: `http://localhost:${E2E_PORT}`,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-test-secret-0123456789abcdefghijklmnop",
  };
}

/** Runs `next build` when .next is missing or older than a source file. */
export async function ensureProductionBuild(databaseUrl: string): Promise<void> {
  if (buildIsFresh()) return;
  const next = createRequire(__filename).resolve("next/dist/bin/next");
  const build = spawn(process.execPath, [next, "build"], { stdio: "inherit", env: productionBuildEnv(databaseUrl) });
  const code = await new Promise<number>((resolve) => build.on("exit", (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error(`next build failed (exit code ${code})`);
}
