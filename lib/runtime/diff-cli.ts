// Writes the SQL migration that takes the last committed prisma/schema.prisma to the working copy, using Prisma's
// schema engine compiled to WebAssembly (the CLI's native engine cannot be downloaded on offline machines).
//   npm run db:diff -- <migration_name>          diff against the schema in git HEAD
//   npm run db:diff -- <migration_name> --empty  diff against an empty database
// Review the file, add what Prisma cannot express (CHECKs, generated columns), then commit both files.
import { execFileSync } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { loadSchemaEngine } from "./schema-engine";

import { env } from "@/lib/env";
import { openDatabaseServer } from "./database-server";

const schemaPath = path.resolve("prisma/schema.prisma");

async function anyDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = await openDatabaseServer({
    url: env.DATABASE_URL,
    embeddedDir: env.EMBEDDED_PG_DIR,
    embeddedPort: env.EMBEDDED_PG_PORT,
  });
  return { url: env.DATABASE_URL ?? server.urlFor("postgres"), stop: () => server.stop() };
}

async function main(): Promise<void> {
  const [name, flag] = process.argv.slice(2);
  if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("usage: npm run db:diff -- <snake_case_name> [--empty]");
  const current = await readFile(schemaPath, "utf8");
  const previous =
    flag === "--empty" ? null : execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" });

  const SchemaEngine = await loadSchemaEngine();
  // The engine connects on construction, though a diff between two schema files reads no data.
  const database = await anyDatabase();
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: database.url }));
  const engine = await SchemaEngine.new({ datamodels: [[schemaPath, current]] }, () => undefined, adapter);
  const result = await engine.diff({
    from:
      previous === null
        ? { tag: "empty" }
        : { tag: "schemaDatamodel", files: [{ path: schemaPath, content: previous }] },
    to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: current }] },
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  engine.free();
  await database.stop();
  const sql = (result.stdout ?? "").trim();
  if (!sql || sql.includes("This is an empty migration")) {
    console.log("No schema changes since the last commit.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.resolve("prisma/migrations", `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), `${sql}\n`);
  console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql; review it before committing.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
