// Runs `prisma generate`. The Prisma CLI insists on having its schema engine binary even for `generate`, which does
// not use it; where the binaries host cannot be resolved (offline machines) we point the CLI at a harmless
// executable instead, so online installs behave exactly as Prisma intends.
import { spawnSync } from "node:child_process";
import { lookup } from "node:dns/promises";

const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const online = await lookup("binaries.prisma.sh").then(
    () => true,
    () => false,
  );
  if (!online) env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
