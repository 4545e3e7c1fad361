// Imported first by server.ts, before anything reads the configuration: loads .env files (values already in the
// environment win, as with `npm start`), and makes a server started without --dev a production one even when
// NODE_ENV was not set, so `node --import tsx lib/runtime/server.ts` needs nothing else.
import { loadEnvConfig } from "@next/env";

const dev = process.argv.includes("--dev");
// (Next's types make NODE_ENV read-only; it is only ever set here, before anything reads it.)
if (!process.env.NODE_ENV) Object.assign(process.env, { NODE_ENV: dev ? "development" : "production" });
loadEnvConfig(process.cwd(), dev);
