import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync, renameSync, symlinkSync, unlinkSync } from "node:fs";
import path from "node:path";

// Turbopack writes the same server chunk under several names, one per route that uses it (e.g. the database
// client with Prisma's generated code, in 18 route handlers' chunk groups), each byte for byte the same apart from
// its source-map comment. Node keeps one module, and V8 the whole source text, per file loaded: the same ~650 KB of
// source twenty times over in every server process. Turning the copies into symbolic links to one file makes
// `require` (which caches by real path) load it once. Idempotent; content-identical files only, so any reader sees
// the same code whether it opens the file before or after it is replaced (the rename is atomic).

const SOURCE_MAP_COMMENT = /\n\/\/# sourceMappingURL=[^\n]*\s*$/;

function jsFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...jsFiles(full));
    else if (entry.isFile() && entry.name.endsWith(".js")) found.push(full);
  }
  return found;
}

/** Links duplicate chunks under `<dir>/.next/server/chunks` to one copy; returns how many files became links. */
export function linkDuplicateChunks(dir = process.cwd()): { linked: number; bytes: number } {
  const root = path.join(dir, ".next", "server", "chunks");
  let files: string[];
  try {
    files = jsFiles(root).sort();
  } catch {
    return { linked: 0, bytes: 0 };
  }
  const canonical = new Map<string, string>();
  let linked = 0;
  let bytes = 0;
  for (const file of files) {
    const code = readFileSync(file, "utf8").replace(SOURCE_MAP_COMMENT, "");
    const key = createHash("sha256").update(code).digest("hex");
    const first = canonical.get(key);
    if (!first) {
      canonical.set(key, file);
      continue;
    }
    const temporary = `${file}.${process.pid}.link`;
    try {
      symlinkSync(path.relative(path.dirname(file), first), temporary);
      renameSync(temporary, file);
      linked += 1;
      bytes += code.length;
    } catch {
      // Another process linked it first, or the directory is read-only: the copy stays and still works.
      try {
        if (lstatSync(temporary).isSymbolicLink()) unlinkSync(temporary);
      } catch {
        // Not there.
      }
    }
  }
  return { linked, bytes };
}
