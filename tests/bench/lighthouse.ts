// `npm run bench:lighthouse [-- --record]`: Lighthouse 12 (mobile, simulated throttling) on the home page and a
// product page of a production build (`next start`), LIGHTHOUSE_RUNS times each (default 3); reports the run with
// the median performance score and the range. --record writes the table into tests/bench/README.md.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { commit, machine, recordSection, startBenchApp } from "./app-server";

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3301);
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CHROME = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking";
const README = path.resolve("tests/bench/README.md");
const pages = [
  { name: "Home", path: "/" },
  { name: "Product", path: "/products/linen-shirt" },
];
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;

interface Report {
  categories: Record<(typeof categories)[number], { score: number }>;
  audits: Record<string, { numericValue?: number }>;
}

const lighthouseBin = path.resolve("node_modules/.bin/lighthouse");
const command = (url: string, output: string) => [
  url,
  `--chrome-flags=${CHROME_FLAGS}`,
  `--only-categories=${categories.join(",")}`,
  "--output=json",
  `--output-path=${output}`,
  "--quiet",
];

/** Fills the catalog cache and the image optimiser's cache (every srcset width) as a running shop has them. */
async function warmUp(url: string): Promise<void> {
  const html = await (await fetch(url)).text();
  const images = new Set([...html.matchAll(/\/_next\/image\?[^\s"',]+/g)].map((m) => m[0].replace(/&amp;/g, "&")));
  const queue = [...images];
  const worker = async () => {
    for (let next = queue.pop(); next; next = queue.pop()) await (await fetch(new URL(next, url))).arrayBuffer();
  };
  await Promise.all([worker(), worker(), worker()]);
}

async function main(): Promise<void> {
  const app = await startBenchApp(PORT);
  const dir = await mkdtemp(path.join(os.tmpdir(), "lighthouse-"));
  try {
    const rows: string[] = [];
    for (const page of pages) {
      const url = `${app.baseUrl}${page.path}`;
      await warmUp(url);
      const reports: Report[] = [];
      for (let i = 0; i < RUNS; i++) {
        const output = path.join(dir, `${page.name}-${i}.json`);
        await promisify(execFile)(lighthouseBin, command(url, output), {
          env: { ...process.env, CHROME_PATH: CHROME },
        });
        reports.push(JSON.parse(await readFile(output, "utf8")) as Report);
      }
      const score = (r: Report, c: (typeof categories)[number]) => Math.round(r.categories[c].score * 100);
      const sorted = [...reports].sort((a, b) => score(a, "performance") - score(b, "performance"));
      const median = sorted[Math.floor(sorted.length / 2)] ?? sorted[0];
      if (!median) throw new Error("no Lighthouse report");
      const perf = sorted.map((r) => score(r, "performance"));
      const ms = (audit: string) => Math.round(median.audits[audit]?.numericValue ?? 0);
      rows.push(
        `| ${page.name} \`${page.path}\` | ${score(median, "performance")} (runs: ${perf.join(", ")}) | ${score(median, "accessibility")} | ${score(median, "best-practices")} | ${score(median, "seo")} | ${ms("first-contentful-paint")} / ${ms("largest-contentful-paint")} / ${ms("total-blocking-time")} |`,
      );
      console.log(`lighthouse: ${page.path}: performance ${perf.join(", ")}`);
    }
    const text = [
      `Run ${new Date().toISOString()} on ${machine()}; commit ${commit()}; Lighthouse 12, mobile (default), simulated throttling; median of ${RUNS} runs by performance.`,
      "",
      "```sh",
      `CHROME_PATH=${CHROME} npx lighthouse <url> --chrome-flags="${CHROME_FLAGS}" --only-categories=${categories.join(",")} --output=json --output-path=report.json --quiet`,
      "```",
      "",
      "| Page | Performance | Accessibility | Best practices | SEO | FCP / LCP / TBT ms |",
      "| --- | --- | ---: | ---: | ---: | --- |",
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
