// `npm start`'s database preparation as a process of its own (lib/runtime/start.ts runs it and waits): migrations,
// then the demo seed on an empty database. DATABASE_URL and AUTH_SECRET are given by the launcher. Exits 0 when the
// database is ready.
import { env } from "@/lib/env";
import { prepareDatabase } from "./prepare-database";
import { say } from "./server-process";

if (!env.DATABASE_URL || !env.AUTH_SECRET) {
  console.error("[shop] the database preparation needs DATABASE_URL and AUTH_SECRET");
  process.exit(1);
}
prepareDatabase(env.DATABASE_URL, env, say, env.AUTH_SECRET).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
