// Imported first by server.ts, before anything reads the configuration: loads .env files (values already in the
// environment win, as with `npm start`), and makes a server started without --dev a production one even when
// NODE_ENV was not set, so `node --require tsx/cjs lib/runtime/server.ts` needs nothing else.
import { setFlagsFromString } from "node:v8";
import { loadEnvConfig } from "@next/env";

const dev = process.argv.includes("--dev");
// (Next's types make NODE_ENV read-only; it is only ever set here, before anything reads it.)
if (!process.env.NODE_ENV) Object.assign(process.env, { NODE_ENV: dev ? "development" : "production" });
loadEnvConfig(process.cwd(), dev);

// tsx turns on Node's source-map support, which then parses and keeps the source map (original sources included)
// of every module loaded after it, Next.js's compiled server chunks among them: about 50 MB of RSS and a CPU cost on
// every module load, for stack traces only. A production server does without; development keeps them.
if (!dev) process.setSourceMapsEnabled(false);
// Under load V8 lets several times the live heap (~80 MB) pile up as garbage before a full collection, taking RSS
// past 400 MB. A fixed growth factor (the old generation may grow 20 % past what survived the last full collection)
// keeps the peak near 300 MB; the young generation is left as it is, so scavenges cost no more. Read when V8 sizes
// the heap after each collection, so setting it here, before the app allocates, covers the whole run.
// (20 rather than 30: two workers peaked 4–21 MB lower with no throughput lost in A/B runs; --optimize-for-size held
// memory too but cost ~15 % of checkout throughput. Both measured in tests/bench/README.md.)
if (!dev) setFlagsFromString("--heap-growing-percent=20");
