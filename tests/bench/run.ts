// `npm run bench [-- --record] [-- --only catalog,order]`: every benchmark in one run against a production build
// and a fresh, seeded database (DATABASE_URL / TEST_DATABASE_URL, else the embedded test server): the catalog API,
// a product page, add to cart, place order and a whole shopper journey, at 50 concurrent connections, each beside
// its ceiling measured in the same run (a bare node:http server, a trivial Next.js route handler, a prerendered
// page). Also SQL statements per request (counted in the server process) and the server's peak RSS.
// Then the same place-order, add-to-cart and journey work at constant offered rates (BENCH_RATES, default
// 50,100,200,300 per second; tests/bench/open-loop.ts) with p50/p95/p99/max and failures per rate, and the CPU
// milliseconds the server and PostgreSQL spent per order (from /proc).
// --record writes the tables into tests/bench/README.md. --workers N runs the server with WEB_CONCURRENCY=N (SQL
// statements are then not counted: the counter lives in one process). BENCH_SECONDS, BENCH_WARMUP_SECONDS,
// BENCH_CONNECTIONS and BENCH_PORT tune the run; --closed-only / --open-only pick one half.
import { randomUUID } from "node:crypto";
import { availableParallelism } from "node:os";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type autocannon from "autocannon";
import pg from "pg";
import { DEMO_DELIVERY } from "@/prisma/seed/delivery-data";
import { commit, machine, recordSection, startBenchApp } from "./app-server";
import { catalogPicks, prepareCarts } from "./carts";
import { type LoadResult, load, startBareServer, stop } from "./harness";
import {
  sampleTreeRss,
  type OpenRequest,
  type OpenResult,
  cpuMilliseconds,
  openLoad,
  postgresPids,
  processTree,
} from "./open-loop";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? Math.min(3, SECONDS));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PORT = Number(process.env.BENCH_PORT ?? 3300);
const COUNTER_PORT = PORT + 2;
/** Sequential requests per route over which SQL statements are counted. */
const SQL_SAMPLES = 20;
/** CPU per order, server and PostgreSQL together: 30 % below the 6.6 ms measured before the open-loop runs. */
const ORDER_CPU_BUDGET_MS = 6.6 * 0.7;
const argValue = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const WORKERS = Number(argValue("--workers") ?? 1);
/** One server process: 400 MB; the primary and all its workers together: 600 MB. */
const RSS_BUDGET_MB = WORKERS > 1 ? 600 : 400;
const RATES = (process.env.BENCH_RATES ?? "50,100,200,300").split(",").map(Number);
const OPEN = !process.argv.includes("--closed-only");
const CLOSED = !process.argv.includes("--open-only");
/**
 * Before the constant rates: 5 s at 100/s, so the first rate measures a running shop, not V8 compiling its code
 * (after 2 s at 50/s, the first rate still cost ~1 ms more CPU per order than the same rate run again).
 */
const OPEN_WARMUP = { rate: 100, seconds: Math.min(5, SECONDS) };
/** Budgets for place order at constant rates: p99 below this many ms, with no failures. */
const ORDER_P99_BUDGET_MS: Record<number, number> = { 100: 25, 200: 50 };
const README = path.resolve("tests/bench/README.md");
const BENCH_SECRET = "bench-secret-0123456789abcdefghijklmnopqrstuv";

interface Context {
  baseUrl: string;
  picks: { slug: string; variantIds: string[] }[];
  productSlug: string;
  carts: string[];
  /** The next prepared cart no load has ordered yet (taken from the start; `once` takes from the end). */
  nextCart(): string;
}

interface Scenario {
  key: string;
  label: string;
  /** The scenario whose requests/s this one is compared with. */
  ceiling?: string;
  /** Budgets shown as ✓/✗. */
  minRatio?: number;
  maxP95Ms?: number;
  minRps?: number;
  /** Requests one unit of work makes (a journey is four). */
  requestsPerUnit?: number;
  options(ctx: Context): autocannon.Options;
  /** One unit of work, for counting SQL statements. */
  once?(ctx: Context): Promise<void>;
}

const pick = <T>(items: T[]): T => {
  const item = items[Math.floor(Math.random() * items.length)];
  if (item === undefined) throw new Error("nothing to pick from");
  return item;
};
const address = { name: "Bench Shopper", line1: "1 Main St", city: "Dublin", postalCode: "D01 1AA", country: "IE" };
const checkoutBody = () =>
  JSON.stringify({
    email: `bench-${randomUUID().slice(0, 8)}@example.com`,
    shippingAddress: address,
    shippingMethodId: DEMO_DELIVERY.methods.euStandard,
    paymentMethod: "test",
    idempotencyKey: randomUUID(),
    termsAccepted: true,
  });
// Shoppers come from many addresses, through a load balancer that names them in X-Forwarded-For (the server runs
// with TRUSTED_PROXY_HOPS=1). Each connection is one shopper with its own address, so per-address limits count
// per shopper as in production, instead of every request queueing on one rate-limit row for 127.0.0.1.
let shoppers = 0;
const newShopperAddress = () => {
  const n = shoppers++;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
};
const shopperAddress = (context: object): string => {
  const shopper = context as { address?: string };
  shopper.address ??= newShopperAddress();
  return shopper.address;
};

const cartCookie = (setCookie: string | string[] | undefined) =>
  /cart=[0-9a-f-]{36}/.exec(Array.isArray(setCookie) ? setCookie.join(",") : (setCookie ?? ""))?.[0];

async function ok(response: Promise<Response>): Promise<Response> {
  const r = await response;
  if (!r.ok) throw new Error(`${r.url}: ${r.status} ${await r.text()}`);
  return r;
}

/** Fetch-based versions of the load scenarios' units of work, for counting statements. */
async function addToCartOnce(ctx: Context): Promise<string> {
  const r = await ok(
    fetch(`${ctx.baseUrl}/api/cart/lines`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": newShopperAddress() },
      body: JSON.stringify({ variantId: pick(pick(ctx.picks).variantIds) }),
    }),
  );
  await r.arrayBuffer();
  return cartCookie(r.headers.get("set-cookie") ?? undefined) ?? "";
}

async function checkoutOnce(ctx: Context, cookie: string): Promise<void> {
  const r = await ok(
    fetch(`${ctx.baseUrl}/api/checkout`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, "x-forwarded-for": newShopperAddress() },
      body: checkoutBody(),
    }),
  );
  await r.arrayBuffer();
}

const get = async (url: string) => void (await (await ok(fetch(url))).arrayBuffer());

const scenarios: Scenario[] = [
  {
    key: "bare",
    label: "Bare node:http server, own process (ceiling)",
    options: () => ({ url: `http://127.0.0.1:${PORT + 1}/` }),
  },
  {
    key: "ping",
    label: "Trivial route handler `GET /api/ping` (ceiling)",
    ceiling: "bare",
    options: (ctx) => ({ url: `${ctx.baseUrl}/api/ping` }),
    once: (ctx) => get(`${ctx.baseUrl}/api/ping`),
  },
  {
    key: "static",
    label: "Prerendered page `GET /bench/static` (ceiling)",
    ceiling: "bare",
    options: (ctx) => ({ url: `${ctx.baseUrl}/bench/static`, headers: { "accept-encoding": "gzip" } }),
    once: (ctx) => get(`${ctx.baseUrl}/bench/static`),
  },
  {
    key: "catalog",
    label: "Catalog API `GET /api/products?pageSize=24`",
    ceiling: "ping",
    minRatio: 0.9,
    options: (ctx) => ({ url: `${ctx.baseUrl}/api/products?pageSize=24`, headers: { "accept-encoding": "gzip" } }),
    once: (ctx) => get(`${ctx.baseUrl}/api/products?pageSize=24`),
  },
  {
    key: "product",
    label: "Product page `GET /products/<slug>`",
    ceiling: "static",
    minRatio: 0.7,
    maxP95Ms: 100,
    options: (ctx) => ({ url: `${ctx.baseUrl}/products/${ctx.productSlug}`, headers: { "accept-encoding": "gzip" } }),
    once: (ctx) => get(`${ctx.baseUrl}/products/${ctx.productSlug}`),
  },
  {
    key: "product-cs",
    label: "Product page in Czech `GET /cs/products/<slug>`",
    ceiling: "product",
    minRatio: 0.9,
    options: (ctx) => ({
      url: `${ctx.baseUrl}/cs/products/${ctx.productSlug}`,
      headers: { "accept-encoding": "gzip" },
    }),
    once: (ctx) => get(`${ctx.baseUrl}/cs/products/${ctx.productSlug}`),
  },
  {
    key: "cart",
    label: "Add to cart `POST /api/cart/lines` (a new guest cart each)",
    ceiling: "ping",
    minRatio: 0.6,
    options: (ctx) => ({
      url: `${ctx.baseUrl}/api/cart/lines`,
      requests: [
        {
          method: "POST",
          setupRequest: (request, context) => ({
            ...request,
            headers: { "content-type": "application/json", "x-forwarded-for": shopperAddress(context) },
            body: JSON.stringify({ variantId: pick(pick(ctx.picks).variantIds) }),
          }),
        },
      ],
    }),
    once: async (ctx) => void (await addToCartOnce(ctx)),
  },
  {
    key: "order",
    label: "Place order `POST /api/checkout` (1–3 random items)",
    ceiling: "ping",
    minRatio: 0.5,
    minRps: 150,
    maxP95Ms: 150,
    options: (ctx) => {
      return {
        url: `${ctx.baseUrl}/api/checkout`,
        requests: [
          {
            method: "POST",
            setupRequest: (request, context) => ({
              ...request,
              headers: {
                "content-type": "application/json",
                cookie: `cart=${ctx.nextCart()}`,
                "x-forwarded-for": shopperAddress(context),
              },
              body: checkoutBody(),
            }),
          },
        ],
      };
    },
    // Prepared carts are taken from the end; the load takes them from the start.
    once: (ctx) => checkoutOnce(ctx, `cart=${ctx.carts.pop() ?? ""}`),
  },
  {
    key: "journey",
    label: "Shopper journey: listing → product page → add to cart → place order",
    ceiling: "ping",
    requestsPerUnit: 4,
    options: (ctx) => ({
      url: ctx.baseUrl,
      headers: { "accept-encoding": "gzip" },
      requests: [
        {
          method: "GET",
          path: "/api/products?pageSize=24",
          onResponse: (_status, _body, context) => Object.assign(context, { product: pick(ctx.picks) }),
        },
        {
          method: "GET",
          setupRequest: (request, context) => {
            const { product } = context as { product?: { slug: string } };
            return { ...request, path: `/products/${product?.slug ?? ctx.productSlug}` };
          },
        },
        {
          method: "POST",
          path: "/api/cart/lines",
          setupRequest: (request, context) => {
            const { product } = context as { product?: { variantIds: string[] } };
            return {
              ...request,
              headers: { "content-type": "application/json", "x-forwarded-for": shopperAddress(context) },
              body: JSON.stringify({ variantId: pick(product?.variantIds ?? pick(ctx.picks).variantIds) }),
            };
          },
          onResponse: (_status, _body, context, headers) =>
            Object.assign(context, { cookie: cartCookie(headers?.["set-cookie"]) }),
        },
        {
          method: "POST",
          path: "/api/checkout",
          setupRequest: (request, context) => {
            const { cookie } = context as { cookie?: string };
            return {
              ...request,
              headers: {
                "content-type": "application/json",
                cookie: cookie ?? "",
                "x-forwarded-for": shopperAddress(context),
              },
              body: checkoutBody(),
            };
          },
        },
      ],
    }),
    once: async (ctx) => {
      await get(`${ctx.baseUrl}/api/products?pageSize=24`);
      const product = pick(ctx.picks);
      await get(`${ctx.baseUrl}/products/${product.slug}`);
      await checkoutOnce(ctx, await addToCartOnce(ctx));
    },
  },
];

/** The same work at constant offered rates: each unit says whether it succeeded. */
interface OpenScenario {
  key: string;
  label: string;
  unit(ctx: Context): (send: (r: OpenRequest) => Promise<{ status: number; setCookie: string[] }>) => Promise<boolean>;
}

const json = (body: object, headers: Record<string, string> = {}) => ({
  headers: { "content-type": "application/json", "x-forwarded-for": newShopperAddress(), ...headers },
  body: JSON.stringify(body),
});

const openScenarios: OpenScenario[] = [
  {
    key: "order",
    label: "Place order",
    unit: (ctx) => async (send) => {
      const r = await send({
        method: "POST",
        path: "/api/checkout",
        ...json(JSON.parse(checkoutBody()) as object, { cookie: `cart=${ctx.nextCart()}` }),
      });
      return r.status === 201 || r.status === 200;
    },
  },
  {
    key: "cart",
    label: "Add to cart",
    unit: (ctx) => async (send) => {
      const r = await send({
        method: "POST",
        path: "/api/cart/lines",
        ...json({ variantId: pick(pick(ctx.picks).variantIds) }),
      });
      return r.status < 300;
    },
  },
  {
    key: "journey",
    label: "Shopper journey (4 requests)",
    unit: (ctx) => async (send) => {
      const product = pick(ctx.picks);
      const gzip = { "accept-encoding": "gzip" };
      if ((await send({ method: "GET", path: "/api/products?pageSize=24", headers: gzip })).status !== 200)
        return false;
      if ((await send({ method: "GET", path: `/products/${product.slug}`, headers: gzip })).status !== 200)
        return false;
      const added = await send({
        method: "POST",
        path: "/api/cart/lines",
        ...json({ variantId: pick(product.variantIds) }),
      });
      const cookie = cartCookie(added.setCookie);
      if (added.status >= 300 || !cookie) return false;
      const ordered = await send({
        method: "POST",
        path: "/api/checkout",
        ...json(JSON.parse(checkoutBody()) as object, { cookie }),
      });
      return ordered.status < 300;
    },
  },
];

interface OpenRow {
  scenario: OpenScenario;
  result: OpenResult;
  /** CPU milliseconds per unit of work, server (all workers) and PostgreSQL. */
  serverCpuMs: number;
  postgresCpuMs: number;
}

function openTable(rows: OpenRow[]): string {
  const lines = [
    "| Work | Offered /s | Sent | p50 ms | p95 ms | p99 ms | max ms | Failures | Server CPU ms per unit | PostgreSQL CPU ms per unit | CPU ms per unit |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const { scenario, result, serverCpuMs, postgresCpuMs } of rows) {
    const budget = scenario.key === "order" ? ORDER_P99_BUDGET_MS[result.rate] : undefined;
    const p99 =
      budget === undefined
        ? `${result.p99}`
        : `${result.p99}${mark(result.p99 < budget && result.failures === 0, `< ${budget}, no failures`)}`;
    const cpu = serverCpuMs + postgresCpuMs;
    const cpuText =
      scenario.key === "order"
        ? `${cpu.toFixed(2)}${mark(cpu <= ORDER_CPU_BUDGET_MS, `≤ ${ORDER_CPU_BUDGET_MS.toFixed(2)}`)}`
        : cpu.toFixed(2);
    lines.push(
      `| ${scenario.label} | ${result.rate} | ${result.sent} | ${result.p50} | ${result.p95} | ${p99} | ${result.max} | ${result.failures} | ${serverCpuMs.toFixed(2)} | ${postgresCpuMs.toFixed(2)} | ${cpuText} |`,
    );
  }
  return lines.join("\n");
}

async function runOpen(ctx: Context, serverPid: number): Promise<OpenRow[]> {
  const rows: OpenRow[] = [];
  const only = selectedKeys();
  for (const scenario of openScenarios.filter((s) => !only || only.has(s.key))) {
    const unit = scenario.unit(ctx);
    await openLoad(ctx.baseUrl, OPEN_WARMUP.rate, OPEN_WARMUP.seconds, unit);
    for (const rate of RATES) {
      const server = processTree(serverPid);
      const database = postgresPids();
      const cpuBefore = { server: cpuMilliseconds(server), database: cpuMilliseconds(database) };
      const result = await openLoad(ctx.baseUrl, rate, SECONDS, unit);
      const units = Math.max(1, result.completed);
      const serverCpuMs = (cpuMilliseconds(processTree(serverPid)) - cpuBefore.server) / units;
      const postgresCpuMs = (cpuMilliseconds(postgresPids()) - cpuBefore.database) / units;
      rows.push({ scenario, result, serverCpuMs, postgresCpuMs });
      console.log(
        `bench: open ${scenario.key} @ ${rate}/s: p50 ${result.p50} p99 ${result.p99} max ${result.max} ms, ${result.failures} failed, CPU ${serverCpuMs.toFixed(2)} + ${postgresCpuMs.toFixed(2)} ms/unit`,
      );
    }
  }
  return rows;
}

interface Row {
  scenario: Scenario;
  result: LoadResult;
  /** SQL statements per request (per journey for the journey). */
  statementsPerUnit: number | null;
  peakRssMb: number | null;
  /** Cores kept busy during the measured seconds (CPU time ÷ wall time), from /proc and process.cpuUsage(). */
  cores: { server: number; database: number; generator: number } | null;
}

/** Starts counting the CPU time the server, PostgreSQL and this process (the load generator) use from now. */
function coresFrom(serverPid: number): () => Row["cores"] {
  const server = cpuMilliseconds(processTree(serverPid));
  const database = cpuMilliseconds(postgresPids());
  const generator = process.cpuUsage();
  const started = performance.now();
  return () => {
    const wallMs = performance.now() - started;
    const own = process.cpuUsage(generator);
    return {
      server: (cpuMilliseconds(processTree(serverPid)) - server) / wallMs,
      database: (cpuMilliseconds(postgresPids()) - database) / wallMs,
      generator: (own.user + own.system) / 1000 / wallMs,
    };
  };
}

async function statements(): Promise<number> {
  const r = await fetch(`http://127.0.0.1:${COUNTER_PORT}/`);
  return ((await r.json()) as { statements: number }).statements;
}

async function countStatements(scenario: Scenario, ctx: Context): Promise<number | null> {
  if (!scenario.once) return null;
  await scenario.once(ctx);
  const before = await statements();
  for (let i = 0; i < SQL_SAMPLES; i++) await scenario.once(ctx);
  return ((await statements()) - before) / SQL_SAMPLES;
}

const mark = (pass: boolean, target: string) => (pass ? " ✓" : ` ✗ (target ${target})`);

function table(rows: Row[]): string {
  const byKey = new Map(rows.map((r) => [r.scenario.key, r]));
  const lines = [
    "| Scenario | Requests/s | p50 ms | p95 ms | p99 ms | Errors, non-2xx | Ratio to ceiling | SQL statements | Peak RSS MB | Cores busy: server / PostgreSQL / load generator |",
    "| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |",
  ];
  for (const { scenario, result, statementsPerUnit, peakRssMb, cores } of rows) {
    const ceiling = scenario.ceiling ? byKey.get(scenario.ceiling) : undefined;
    const ratio = ceiling ? result.rps / Math.max(1, ceiling.result.rps) : undefined;
    const ratioText =
      ratio === undefined
        ? "—"
        : `${ratio.toFixed(2)} of ${scenario.ceiling}${scenario.minRatio !== undefined ? mark(ratio >= scenario.minRatio, `≥ ${scenario.minRatio}`) : ""}`;
    const perUnit = scenario.requestsPerUnit ?? 1;
    const rps =
      `${result.rps}` +
      (perUnit > 1 ? ` (${(result.rps / perUnit).toFixed(0)} journeys/s)` : "") +
      (scenario.minRps !== undefined ? mark(result.rps >= scenario.minRps, `≥ ${scenario.minRps}`) : "");
    const p95 = `${result.p95}${scenario.maxP95Ms !== undefined ? mark(result.p95 < scenario.maxP95Ms, `< ${scenario.maxP95Ms}`) : ""}`;
    const sql =
      statementsPerUnit === null
        ? "—"
        : perUnit > 1
          ? `${statementsPerUnit.toFixed(1)} per journey`
          : statementsPerUnit.toFixed(1);
    const rss = peakRssMb === null ? "—" : `${peakRssMb}${mark(peakRssMb <= RSS_BUDGET_MB, `≤ ${RSS_BUDGET_MB}`)}`;
    const busy = cores
      ? `${cores.server.toFixed(2)} / ${cores.database.toFixed(2)} / ${cores.generator.toFixed(2)}`
      : "—";
    lines.push(
      `| ${scenario.label} | ${rps} | ${result.p50} | ${p95} | ${result.p99} | ${result.errors}, ${result.non2xx} | ${ratioText} | ${sql} | ${rss} | ${busy} |`,
    );
  }
  return lines.join("\n");
}

function selectedKeys(): Set<string> | undefined {
  const at = process.argv.indexOf("--only");
  return at >= 0 ? new Set((process.argv[at + 1] ?? "").split(",").filter(Boolean)) : undefined;
}

function selectedScenarios(): Scenario[] {
  const only = selectedKeys();
  if (!only) return scenarios;
  // A chosen scenario brings its ceilings along.
  for (let changed = true; changed;) {
    changed = false;
    for (const s of scenarios) {
      if (only.has(s.key) && s.ceiling && !only.has(s.ceiling)) {
        only.add(s.ceiling);
        changed = true;
      }
    }
  }
  return scenarios.filter((s) => only.has(s.key));
}

async function postgresVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>("SELECT current_setting('server_version') AS v");
    return rows[0]?.v ?? "?";
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const chosen = selectedScenarios();
  let carts: string[] = [];
  const app = await startBenchApp(PORT, {
    // Background jobs and the mail worker off: their polling would blur the statement counts.
    env: {
      JOBS_ENABLED: "false",
      MAIL_WORKER: "off",
      BENCH_PAGES: "on",
      AUTH_SECRET: BENCH_SECRET,
      // Each shopper places an order every few dozen milliseconds, far beyond a real shopper's limit of 30 a minute.
      CHECKOUT_RATE_LIMIT_PER_MINUTE: "100000000",
      TRUSTED_PROXY_HOPS: "1",
      DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? "20",
      WEB_CONCURRENCY: String(WORKERS),
      ...(WORKERS === 1 ? { BENCH_SQL_COUNTER_PORT: String(COUNTER_PORT) } : {}),
    },
    nodeArgs: WORKERS === 1 ? ["--require", "./tests/bench/sql-counter.ts"] : [],
    prepare: async (url) => {
      // Enough carts that no checkout finds its cart already ordered: the closed loop's share plus every
      // constant-rate order.
      const closed = CLOSED ? (SECONDS + WARMUP_SECONDS) * 1_500 + SQL_SAMPLES * 4 : 0;
      const open = OPEN
        ? RATES.reduce((sum, rate) => sum + rate, 0) * SECONDS + OPEN_WARMUP.rate * OPEN_WARMUP.seconds
        : 0;
      carts = await prepareCarts(url, "mix", Math.max(2_000, closed + open));
    },
  });
  try {
    const picks = await catalogPicks(app.databaseUrl);
    const productSlug = picks.find((p) => p.slug === "linen-shirt")?.slug ?? picks[0]?.slug ?? "";
    let cartCursor = 0;
    const ctx: Context = {
      baseUrl: app.baseUrl,
      picks,
      productSlug,
      carts,
      nextCart: () => carts[cartCursor++ % carts.length] ?? "",
    };
    const rows: Row[] = [];
    let peakPssMb = 0;
    for (const scenario of CLOSED ? chosen : []) {
      const bare = scenario.key === "bare" ? await startBareServer(PORT + 1) : undefined;
      try {
        const options = { connections: CONNECTIONS, ...scenario.options(ctx) };
        if (WARMUP_SECONDS > 0) await load({ ...options, duration: WARMUP_SECONDS });
        const rss = bare ? undefined : sampleTreeRss(app.pid);
        const busy = bare ? undefined : coresFrom(app.pid);
        const result = await load({ ...options, duration: SECONDS });
        const cores = busy ? busy() : null;
        const peakRssMb = rss ? rss.stop() : null;
        peakPssMb = Math.max(peakPssMb, rss?.peakPssMb() ?? 0);
        const statementsPerUnit = bare || WORKERS > 1 ? null : await countStatements(scenario, ctx);
        rows.push({ scenario, result, statementsPerUnit, peakRssMb, cores });
        console.log(
          `bench: ${scenario.key}: ${result.rps} req/s, p95 ${result.p95} ms, ${result.non2xx + result.errors} failed`,
        );
      } finally {
        if (bare) await stop(bare);
      }
    }
    const openRows = OPEN ? await runOpen(ctx, app.pid) : [];
    const peak = Math.max(0, ...rows.map((r) => r.peakRssMb ?? 0));
    const serverShape =
      WORKERS > 1 ? `WEB_CONCURRENCY=${WORKERS} (a primary and ${WORKERS} workers sharing the port)` : "one process";
    const text = [
      `Run ${new Date().toISOString()} on ${machine()}; PostgreSQL ${await postgresVersion(app.databaseUrl)} on the same machine; commit ${commit()}.`,
      ...(CLOSED
        ? [
            "",
            `Closed loop: autocannon, ${CONNECTIONS} connections, ${SECONDS} s per scenario after a ${WARMUP_SECONDS} s warm-up, production build served by lib/runtime/server.ts (${serverShape}, background jobs and mail worker off), load generator on the same machine. ${WORKERS === 1 ? `SQL statements are counted at the pg driver inside the server over ${SQL_SAMPLES} sequential requests (BEGIN/COMMIT included). ` : ""}Peak RSS of the server (all its processes) during each scenario; budget ${RSS_BUDGET_MB} MB, peak this run ${peak} MB${peak <= RSS_BUDGET_MB ? " ✓" : " ✗"}; PSS (shared pages such as Node's own code counted once) peaked at ${peakPssMb} MB. Cores busy: CPU time ÷ wall time during the measured seconds of the server's processes, of every PostgreSQL process and of the load generator (this process), on a machine of ${availableParallelism()} cores.`,
            "",
            table(rows),
          ]
        : []),
      ...(OPEN
        ? [
            "",
            `Constant offered rates (open loop, tests/bench/open-loop.ts): ${SECONDS} s per rate after a warm-up of ${OPEN_WARMUP.seconds} s at ${OPEN_WARMUP.rate}/s, latency counted from when each request was due; CPU per unit from /proc (the server's processes, and every PostgreSQL process on the machine) divided by the units completed.`,
            "",
            openTable(openRows),
          ]
        : []),
    ].join("\n");
    console.log(`\n${text}\n`);
    await mkdir("tests/bench/results", { recursive: true });
    await writeFile(
      "tests/bench/results/bench.json",
      JSON.stringify(
        {
          date: new Date().toISOString(),
          connections: CONNECTIONS,
          seconds: SECONDS,
          workers: WORKERS,
          rows,
          openRows,
        },
        null,
        2,
      ),
    );
    if (process.argv.includes("--record")) {
      await recordSection(README, WORKERS > 1 ? `bench:workers-${WORKERS}` : "bench:all", text);
      // Formatted as `npm run format` would, so the recorded table passes the format check.
      const { format, resolveConfig } = await import("prettier");
      const readme = await readFile(README, "utf8");
      await writeFile(README, await format(readme, { ...(await resolveConfig(README)), filepath: README }));
      console.log(`bench: recorded in ${path.relative(process.cwd(), README)}`);
    }
  } finally {
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
