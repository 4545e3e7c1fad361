import { readFileSync } from "node:fs";
import path from "node:path";
import type { NextConfig } from "next";

/**
 * The configuration `next build` resolved and wrote to .next/required-server-files.json, for the production
 * server. Without it Next.js loads next.config.ts at start, which loads its SWC compiler (a 26 MB native module
 * plus its allocations) into every server process only to transpile that one file. Next's own standalone server
 * starts from the same file. Headers, redirects and rewrites were already compiled into the build's manifests, so
 * nothing is lost; null when the file is missing or unreadable (Next then loads next.config.ts as usual).
 */
export function builtNextConfig(dir = process.cwd()): NextConfig | null {
  try {
    const file = JSON.parse(readFileSync(path.join(dir, ".next", "required-server-files.json"), "utf8")) as {
      config?: unknown;
    };
    return typeof file.config === "object" && file.config !== null ? file.config : null;
  } catch {
    return null;
  }
}
