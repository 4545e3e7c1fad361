import type { TestProject } from "vitest/node";
import { createDb } from "@/lib/db/client";
import { seedDemoData } from "@/prisma/seed/seed";
import { testAccounts } from "../support/accounts";
import { freshTestDatabase, openTestServer } from "../support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await openTestServer();
  const { name, url } = await freshTestDatabase(server, "shop_it");
  const db = createDb(url, 2);
  // The test workers' AUTH_SECRET (vitest.config.ts), under which the administrator's TOTP secret is sealed.
  await seedDemoData(db, testAccounts, { authSecret: project.config.env.AUTH_SECRET });
  await db.$disconnect();
  // Workers start after global setup, so the app modules they import see this database.
  process.env.DATABASE_URL = url;
  project.provide("databaseUrl", url);
  return async () => {
    await server.dropDatabase(name);
    await server.stop();
  };
}
