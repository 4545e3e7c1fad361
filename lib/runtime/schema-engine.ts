import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

type SchemaEngineClass = typeof SchemaEngine;

// The package's entry imports its .wasm file as an ES module, which Node 20 only allows behind a flag;
// instantiate the module by hand and hand it to the generated bindings instead.
export async function loadSchemaEngine(): Promise<SchemaEngineClass> {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const bindings = (await import(path.join(dir, "schema_engine_bg.js"))) as WebAssembly.ModuleImports & {
    __wbg_set_wasm(exports: WebAssembly.Exports): void;
    SchemaEngine: SchemaEngineClass;
  };
  const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(new Uint8Array(bytes), { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bindings.SchemaEngine;
}
