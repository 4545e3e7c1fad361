import { readFileSync } from "node:fs";
import { createDb } from "@/lib/db/client";

/** Where tests/e2e/serve.ts records the database of the server on this port. */
export function e2eDatabaseFile(port: number): string {
  return `.data/e2e-database-${port}.json`;
}

/** A client on the database the browser tests' server uses, to check what a journey stored. */
export function openE2eDatabase(port = Number(process.env.E2E_PORT ?? 3100)) {
  const { url } = JSON.parse(readFileSync(e2eDatabaseFile(port), "utf8")) as { url: string };
  return createDb(url, 2);
}
