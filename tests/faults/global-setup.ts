import type { TestProject } from "vitest/node";
import { createDb } from "@/lib/db/client";
import { seedDemoData } from "@/prisma/seed/seed";
import { testAccounts } from "../support/accounts";
import { ensureProductionBuild } from "../support/production-build";
import { TEST_AUTH_SECRET } from "../support/shop-process";
import { freshTestDatabase, openTestServer } from "../support/test-database";

// The fault tests run the shop's production server, so the app is built first (once, and only when sources
// changed; the e2e tests then reuse the build). They share one fresh, seeded database; the database-restart test
// runs a PostgreSQL of its own that it can stop.

export default async function setup(project: TestProject) {
  const server = await openTestServer();
  const { name, url } = await freshTestDatabase(server, "shop_fault");
  try {
    const db = createDb(url, 2);
    await seedDemoData(db, testAccounts, { authSecret: TEST_AUTH_SECRET });
    await db.$disconnect();
    await ensureProductionBuild(url);
  } catch (error) {
    await server.dropDatabase(name);
    await server.stop();
    throw error;
  }
  process.env.DATABASE_URL = url;
  project.provide("databaseUrl", url);
  return async () => {
    await server.dropDatabase(name);
    await server.stop();
  };
}
