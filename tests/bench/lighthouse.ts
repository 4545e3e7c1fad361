// `npm run bench:lighthouse [-- --record] [-- --bytes]`: Lighthouse 12 (mobile, simulated throttling) on the
// storefront's main pages of a production build (lib/runtime/server.ts), LIGHTHOUSE_RUNS times each (default 3);
// reports the median of every figure and the JavaScript each page loads (its <script src> files, raw and gzipped).
// --bytes measures only the JavaScript (no Lighthouse); --record writes the table into tests/bench/README.md.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { testAccounts } from "../support/accounts";
import { addToCart } from "../support/http-shopper";
import { commit, machine, recordSection, startBenchApp } from "./app-server";
import { catalogPicks } from "./carts";
import { measureScripts, type ScriptBytes } from "./page-scripts";

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3301);
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CHROME = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking";
const README = path.resolve("tests/bench/README.md");
const PRODUCT = "linen-shirt";
const SESSION_COOKIE = "next-auth.session-token";

/** Who looks at the page: a new visitor, a guest with one item in the cart, or a signed-in customer. */
type Visitor = "anonymous" | "cart" | "customer";
const pages: { name: string; path: string; visitor: Visitor }[] = [
  { name: "Home", path: "/", visitor: "anonymous" },
  { name: "Category", path: "/categories/clothing", visitor: "anonymous" },
  { name: "Product", path: `/products/${PRODUCT}`, visitor: "anonymous" },
  { name: "Product, Czech", path: `/cs/products/${PRODUCT}`, visitor: "anonymous" },
  { name: "Search", path: "/search?q=shirt", visitor: "anonymous" },
  { name: "Cart", path: "/cart", visitor: "cart" },
  { name: "Checkout", path: "/checkout", visitor: "cart" },
  { name: "Account", path: "/account", visitor: "customer" },
  { name: "Login", path: "/login", visitor: "anonymous" },
  { name: "Contact", path: "/contact", visitor: "anonymous" },
];
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
const timings = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time"] as const;

interface Report {
  categories: Record<(typeof categories)[number], { score: number }>;
  audits: Record<
    string,
    { numericValue?: number; details?: { items?: { url?: string; total?: number; scripting?: number }[] } }
  >;
}

const lighthouseBin = path.resolve("node_modules/.bin/lighthouse");
const command = (url: string, output: string, cookie: string | undefined) => [
  url,
  `--chrome-flags=${CHROME_FLAGS}`,
  `--only-categories=${categories.join(",")}`,
  ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
  "--output=json",
  `--output-path=${output}`,
  "--quiet",
];

/** Fills the catalog cache and the image optimiser's cache (every srcset width) as a running shop has them. */
async function warmUp(url: string, cookie: string | undefined): Promise<void> {
  const html = await (await fetch(url, { headers: cookie ? { cookie } : {} })).text();
  const images = new Set([...html.matchAll(/\/_next\/image\?[^\s"',]+/g)].map((m) => m[0].replace(/&amp;/g, "&")));
  const queue = [...images];
  const worker = async () => {
    for (let next = queue.pop(); next; next = queue.pop()) await (await fetch(new URL(next, url))).arrayBuffer();
  };
  await Promise.all([worker(), worker(), worker()]);
}

/** The cookies of a guest cart holding one product, and of a signed-in demo customer. */
async function visitorCookies(baseUrl: string, databaseUrl: string): Promise<Record<Visitor, string | undefined>> {
  const variantId = (await catalogPicks(databaseUrl)).find((p) => p.slug === PRODUCT)?.variantIds[0];
  if (!variantId) throw new Error(`no variant of ${PRODUCT}`);
  const cart = await addToCart(baseUrl, variantId);
  if (!cart.cookie) throw new Error(`adding to the cart answered ${cart.status}`);
  const login = await fetch(`${baseUrl}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: testAccounts.customerEmail, password: testAccounts.customerPassword }),
  });
  const session = new RegExp(`${SESSION_COOKIE}=[^;]+`).exec(login.headers.get("set-cookie") ?? "")?.[0];
  if (!session) throw new Error(`signing in answered ${login.status}`);
  return { anonymous: undefined, cart: cart.cookie, customer: session };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return Math.round(value ?? 0);
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** The scripts that cost the most main-thread time in a report (Lighthouse's bootup-time audit), for the log. */
function costliestScripts(report: Report): string {
  const items = report.audits["bootup-time"]?.details?.items ?? [];
  return items
    .slice(0, 3)
    .map((i) => `${(i.url ?? "").replace(/^https?:\/\/[^/]+/, "")} ${Math.round(i.total ?? 0)} ms`)
    .join(", ");
}

/**
 * One Lighthouse run. Chromium sometimes records a trace without a navigation start (NO_NAVSTART), a failure of the
 * tool Lighthouse itself answers with "run Lighthouse again": such a run is repeated, up to twice; any other failure
 * ends the benchmark.
 */
async function lighthouseOnce(url: string, output: string, cookie: string | undefined): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await promisify(execFile)(lighthouseBin, command(url, output, cookie), {
        env: { ...process.env, CHROME_PATH: CHROME },
      });
      return;
    } catch (error) {
      const stderr = (error as { stderr?: unknown }).stderr;
      if (attempt > 2 || typeof stderr !== "string" || !stderr.includes("NO_NAVSTART")) throw error;
      console.log(`lighthouse: ${url}: no navigation start in the trace; running again`);
    }
  }
}

async function lighthouseRuns(url: string, cookie: string | undefined, dir: string, name: string) {
  const reports: Report[] = [];
  for (let i = 0; i < RUNS; i++) {
    const output = path.join(dir, `${name.replace(/\W+/g, "-")}-${i}.json`);
    await lighthouseOnce(url, output, cookie);
    reports.push(JSON.parse(await readFile(output, "utf8")) as Report);
  }
  return reports;
}

function lighthouseCells(reports: Report[], indexable: boolean): string[] {
  const score = (c: (typeof categories)[number]) => median(reports.map((r) => r.categories[c].score * 100));
  const perf = reports.map((r) => Math.round(r.categories.performance.score * 100));
  const ms = timings.map((audit) => median(reports.map((r) => r.audits[audit]?.numericValue ?? 0)));
  return [
    `${score("performance")} (runs: ${perf.join(", ")})`,
    String(score("accessibility")),
    String(score("best-practices")),
    indexable ? String(score("seo")) : `${score("seo")} (noindex)`,
    ms.join(" / "),
  ];
}

const scriptCells = (s: ScriptBytes) => [String(s.files), kb(s.gzip), kb(s.raw), kb(s.inline)];

async function main(): Promise<void> {
  const bytesOnly = process.argv.includes("--bytes");
  const app = await startBenchApp(PORT);
  const dir = await mkdtemp(path.join(os.tmpdir(), "lighthouse-"));
  try {
    const cookies = await visitorCookies(app.baseUrl, app.databaseUrl);
    const rows: string[] = [];
    for (const page of pages) {
      const url = `${app.baseUrl}${page.path}`;
      const cookie = cookies[page.visitor];
      await warmUp(url, cookie);
      const scripts = await measureScripts(url, cookie);
      for (const file of scripts.sizes) console.log(`  ${kb(file.gzip)} KB gzip, ${kb(file.raw)} KB raw  ${file.src}`);
      const cells = [`${page.name} \`${page.path}\``];
      if (!bytesOnly) {
        const reports = await lighthouseRuns(url, cookie, dir, page.name);
        cells.push(...lighthouseCells(reports, scripts.indexable));
        console.log(`lighthouse: ${page.path}: costliest scripts ${reports.map(costliestScripts).join(" | ")}`);
      }
      cells.push(...scriptCells(scripts));
      rows.push(`| ${cells.join(" | ")} |`);
      console.log(`lighthouse: ${rows.at(-1)}`);
    }
    const header = bytesOnly
      ? ["| Page | Scripts | JS gzip KB | JS raw KB | Inline KB |", "| --- | ---: | ---: | ---: | ---: |"]
      : [
          "| Page | Performance | Accessibility | Best practices | SEO | FCP / LCP / TBT ms | Scripts | JS gzip KB | JS raw KB | Inline KB |",
          "| --- | --- | ---: | ---: | --- | --- | ---: | ---: | ---: | ---: |",
        ];
    const text = [
      `Run ${new Date().toISOString()} on ${machine()}; commit ${commit()}; Lighthouse 12, mobile (default), simulated throttling; median of ${RUNS} runs for each figure. Lighthouse's performance figures move with whatever else uses the CPU: record them on a machine doing nothing else. The byte counts do not move.`,
      "",
      "```sh",
      `CHROME_PATH=${CHROME} npx lighthouse <url> --chrome-flags="${CHROME_FLAGS}" --only-categories=${categories.join(",")} [--extra-headers='{"Cookie":"…"}'] --output=json --output-path=report.json --quiet`,
      "```",
      "",
      "Cart and checkout are seen by a guest with one item in the cart, the account page by the signed-in demo customer. Scripts: the page's `<script src>` files, their size as served (raw) and gzipped (`gzip -6`); inline: the scripts in the HTML itself (mostly the React Server Components payload, with the words the page's client components use).",
      "",
      ...header,
      ...rows,
    ].join("\n");
    console.log(`\n${text}\n`);
    if (process.argv.includes("--record")) await recordSection(README, "bench:lighthouse", text);
  } finally {
    await rm(dir, { recursive: true, force: true });
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
