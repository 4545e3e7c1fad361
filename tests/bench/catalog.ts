// `npm run bench:catalog [-- --record]`: the catalog API and a product page under 50 concurrent connections, each
// beside its ceiling measured in the same run (a trivial route handler, a static file, a prerendered page), against
// a production build and a fresh, seeded database (TEST_DATABASE_URL, else the embedded test server).
// --record writes the table into tests/bench/README.md. BENCH_DURATION (s) and BENCH_PORT tune the run.
import path from "node:path";
import autocannon, { type Result } from "autocannon";
import pg from "pg";
import { commit, machine, recordSection, startBenchApp } from "./app-server";

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP_S = 3;
const CONNECTIONS = 50;
const README = path.resolve("tests/bench/README.md");

interface Scenario {
  key: string;
  label: string;
  path: string;
  /** The scenarios this one is compared with; the first carries the budget. */
  ceilings?: string[];
  /** Budget: at least this share of the ceiling's requests/s. */
  minRatio?: number;
  /** Budget: p99 latency below this many ms. */
  maxP99Ms?: number;
}

const scenarios: Scenario[] = [
  { key: "noop", label: "Trivial route handler `GET /api/ping` (ceiling)", path: "/api/ping" },
  {
    key: "file",
    label: "Static file `GET /images/products/linen-shirt-1.webp` (ceiling)",
    path: "/images/products/linen-shirt-1.webp",
  },
  { key: "api", label: "`GET /api/products?pageSize=24`", path: "/api/products?pageSize=24", ceilings: ["noop"] },
  { key: "static", label: "Prerendered page `GET /bench/static` (ceiling)", path: "/bench/static" },
  {
    key: "dynamic",
    label: "Trivial page rendered per request `GET /bench/dynamic` (reference)",
    path: "/bench/dynamic",
    ceilings: ["static"],
  },
  {
    key: "product",
    label: "Product page `GET /products/linen-shirt` (cached data)",
    path: "/products/linen-shirt",
    ceilings: ["static", "dynamic"],
    minRatio: 0.7,
    maxP99Ms: 100,
  },
];

interface Row {
  scenario: Scenario;
  result: Result;
  dbTransactionsPerRequest: number;
}

async function transactions(client: pg.Client, database: string): Promise<number> {
  // Statistics are flushed by backends about once a second; wait so the count covers the run.
  await new Promise((r) => setTimeout(r, 1_500));
  await client.query("SELECT pg_stat_clear_snapshot()");
  const { rows } = await client.query<{ n: string }>(
    "SELECT (xact_commit + xact_rollback)::text AS n FROM pg_stat_database WHERE datname = $1",
    [database],
  );
  return Number(rows[0]?.n ?? 0);
}

const run = (url: string, duration: number) =>
  autocannon({ url, connections: CONNECTIONS, duration, headers: { "accept-encoding": "gzip" } });

function table(rows: Row[]): string {
  const byKey = new Map(rows.map((r) => [r.scenario.key, r]));
  const lines = [
    "| Route | Requests/s | p50 ms | p99 ms | Ratio to ceiling | DB transactions / request | Errors, non-2xx |",
    "| --- | ---: | ---: | ---: | --- | ---: | ---: |",
  ];
  for (const { scenario, result, dbTransactionsPerRequest } of rows) {
    const ratios = (scenario.ceilings ?? []).flatMap((key, i) => {
      const ceiling = byKey.get(key);
      if (!ceiling) return [];
      const value = result.requests.average / ceiling.result.requests.average;
      const budget =
        i === 0 && scenario.minRatio !== undefined
          ? value >= scenario.minRatio
            ? " ✓"
            : ` ✗ (target ≥ ${scenario.minRatio})`
          : "";
      return [`${value.toFixed(2)} of ${key}${budget}`];
    });
    const ratio = ratios.length > 0 ? ratios.join("; ") : "—";
    const p99 =
      scenario.maxP99Ms !== undefined
        ? `${result.latency.p99}${result.latency.p99 < scenario.maxP99Ms ? " ✓" : ` ✗ (target < ${scenario.maxP99Ms})`}`
        : String(result.latency.p99);
    lines.push(
      `| ${scenario.label} | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${p99} | ${ratio} | ${dbTransactionsPerRequest.toFixed(3)} | ${result.errors + result.timeouts}, ${result.non2xx} |`,
    );
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const app = await startBenchApp(PORT);
  const stats = new pg.Client({ connectionString: app.databaseUrl });
  try {
    await stats.connect();
    const rows: Row[] = [];
    for (const scenario of scenarios) {
      const url = `${app.baseUrl}${scenario.path}`;
      await run(url, WARMUP_S);
      const before = await transactions(stats, app.databaseName);
      const result = await run(url, DURATION_S);
      const after = await transactions(stats, app.databaseName);
      // One transaction is our own statistics query.
      rows.push({
        scenario,
        result,
        dbTransactionsPerRequest: Math.max(0, after - before - 1) / result.requests.total,
      });
      console.log(
        `bench: ${scenario.path}: ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms`,
      );
    }
    const text = [
      `Run ${new Date().toISOString()} on ${machine()}; commit ${commit()}.`,
      `autocannon, ${CONNECTIONS} connections, ${DURATION_S} s per route after a ${WARMUP_S} s warm-up, \`accept-encoding: gzip\`, production build served by lib/runtime/server.ts (one process), load generator on the same machine.`,
      "",
      table(rows),
    ].join("\n");
    console.log(`\n${text}\n`);
    if (process.argv.includes("--record")) {
      await recordSection(README, "bench:catalog", text);
      console.log(`bench: recorded in ${path.relative(process.cwd(), README)}`);
    }
  } finally {
    await stats.end().catch(() => undefined);
    await app.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
