import { mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { builtNextConfig } from "@/lib/runtime/built-config";
import { linkDuplicateChunks } from "@/lib/runtime/link-duplicate-chunks";
import { SERVER_PROCESS_ENV, serverArgs } from "@/lib/runtime/server-process";

const dirs: string[] = [];
function project(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "shop-start-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("linkDuplicateChunks", () => {
  it("turns chunks that differ only in their source-map comment into links to one file, which require loads once", () => {
    const dir = project();
    const chunks = path.join(dir, ".next", "server", "chunks");
    mkdirSync(path.join(chunks, "ssr"), { recursive: true });
    const code = "module.exports = [1, { loaded: Math.random() }];\n";
    writeFileSync(path.join(chunks, "a.js"), `${code}\n//# sourceMappingURL=a.js.map\n`);
    writeFileSync(path.join(chunks, "ssr", "b.js"), `${code}\n//# sourceMappingURL=b.js.map\n`);
    writeFileSync(path.join(chunks, "c.js"), "module.exports = [2];\n");

    expect(linkDuplicateChunks(dir)).toEqual({ linked: 1, bytes: code.length });
    expect(readlinkSync(path.join(chunks, "ssr", "b.js"))).toBe(path.join("..", "a.js"));
    const load = createRequire(import.meta.url);
    expect(load(path.join(chunks, "ssr", "b.js"))).toBe(load(path.join(chunks, "a.js")));
    expect(readFileSync(path.join(chunks, "c.js"), "utf8")).toBe("module.exports = [2];\n");
    // A second start finds nothing left to link.
    expect(linkDuplicateChunks(dir)).toEqual({ linked: 0, bytes: 0 });
  });

  it("does nothing without a build", () => {
    expect(linkDuplicateChunks(project())).toEqual({ linked: 0, bytes: 0 });
  });
});

describe("builtNextConfig", () => {
  it("reads the configuration next build resolved, or gives null without a readable one", () => {
    const dir = project();
    expect(builtNextConfig(dir)).toBeNull();
    mkdirSync(path.join(dir, ".next"));
    writeFileSync(path.join(dir, ".next", "required-server-files.json"), "{ not json");
    expect(builtNextConfig(dir)).toBeNull();
    writeFileSync(
      path.join(dir, ".next", "required-server-files.json"),
      JSON.stringify({ version: 1, config: { poweredByHeader: false } }),
    );
    expect(builtNextConfig(dir)).toEqual({ poweredByHeader: false });
  });
});

describe("npm run serve", () => {
  // `npm start`, the tests and the benchmarks start the server through lib/runtime/server-process.ts; the serve
  // script is written out in package.json, so it is checked against that one source.
  const serve = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts.serve;

  it("sets every variable of the server's environment, with the same default", () => {
    for (const [name, value] of Object.entries(SERVER_PROCESS_ENV)) {
      expect(serve).toContain(`${name}=\${${name}:-${value}}`);
    }
  });

  it("runs the same node arguments", () => {
    expect(serve).toContain(`node ${serverArgs().join(" ")}`);
  });
});

describe("npm start and npm run dev", () => {
  // The launcher lives as long as the shop: tsx's CommonJS hook and no esbuild worker or service beside it, as for
  // the server itself (lib/runtime/start.ts).
  const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;

  it.each(["start", "dev"])("%s runs the launcher under tsx's CommonJS hook without an esbuild service", (name) => {
    const script = scripts[name] ?? "";
    expect(script).toContain(
      `ESBUILD_WORKER_THREADS=\${ESBUILD_WORKER_THREADS:-${SERVER_PROCESS_ENV.ESBUILD_WORKER_THREADS}}`,
    );
    expect(script).toContain("exec node --require tsx/cjs lib/runtime/start.ts");
  });
});
