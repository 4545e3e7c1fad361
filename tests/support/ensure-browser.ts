// Obtains a Chromium for the browser tests, or stops at once with one line saying what to install. `npm test` runs
// it first and .ci/run through `npm test`, so a fresh machine gets the same treatment everywhere:
// 1. CHROMIUM_PATH, Playwright's own browser or /usr/bin/chromium, if one is there (tests/support/browser-path.ts);
// 2. Playwright's own download, when its download host resolves (checked in a few seconds, not by a failing download);
// 3. Debian's `chromium` package through apt-get, as root or with password-less sudo;
// 4. otherwise exit 1 with the one line.
import { spawnSync } from "node:child_process";
import { lookup } from "node:dns/promises";
import { createRequire } from "node:module";
import { findBrowser } from "./browser-path";

export interface BrowserSteps {
  find(): string | null;
  /** Whether Playwright's download host can be reached at all. */
  downloadReachable(): Promise<boolean>;
  download(): boolean;
  /** "root", "sudo", or null when packages cannot be installed. */
  aptAs(): "root" | "sudo" | null;
  aptInstall(as: "root" | "sudo"): boolean;
  say(line: string): void;
}

export const MISSING_BROWSER =
  "Browser tests need Chromium: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium executable.";

/** The browser's path, or an Error whose message is the one line to show. */
export async function ensureBrowser(chromiumPath: string | undefined, steps: BrowserSteps): Promise<string | Error> {
  const present = steps.find();
  if (present) return present;
  // An explicit CHROMIUM_PATH is what the tests will launch: installing another browser would not help.
  if (chromiumPath) return new Error(`CHROMIUM_PATH=${chromiumPath} is not an executable file: fix or unset it.`);
  if (await steps.downloadReachable()) {
    steps.say("Downloading Playwright's Chromium…");
    if (steps.download()) {
      const downloaded = steps.find();
      if (downloaded) return downloaded;
    }
  }
  const as = steps.aptAs();
  if (as) {
    steps.say("Installing Chromium from the system's packages (apt-get)…");
    if (steps.aptInstall(as)) {
      const installed = steps.find();
      if (installed) return installed;
    }
  }
  return new Error(MISSING_BROWSER);
}

const playwrightCli = () => createRequire(__filename).resolve("@playwright/test/cli");

function playwrightDownloadHost(): string | null {
  const dryRun = spawnSync(process.execPath, [playwrightCli(), "install", "--dry-run", "chromium"], {
    encoding: "utf8",
    timeout: 10_000,
  });
  const url = /Download url:\s+(\S+)/.exec(dryRun.stdout ?? "")?.[1];
  return url ? new URL(url).hostname : null;
}

async function resolves(host: string, withinMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), withinMs);
  });
  const found = lookup(host).then(
    () => true,
    () => false,
  );
  const result = await Promise.race([found, timeout]);
  clearTimeout(timer);
  return result;
}

const ok = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
  spawnSync(command, args, { stdio: ["ignore", "ignore", "inherit"], env }).status === 0;

export const systemSteps = (chromiumPath: string | undefined): BrowserSteps => ({
  find: () => findBrowser(chromiumPath)?.path ?? null,
  downloadReachable: async () => {
    const host = playwrightDownloadHost();
    return host !== null && (await resolves(host, 3_000));
  },
  download: () => ok(process.execPath, [playwrightCli(), "install", "chromium"]),
  aptAs: () => {
    if (!ok("sh", ["-c", "command -v apt-get"])) return null;
    if (process.getuid?.() === 0) return "root";
    return ok("sudo", ["-n", "true"]) ? "sudo" : null;
  },
  aptInstall: (as) => {
    const prefix = as === "sudo" ? ["sudo", "-n"] : [];
    const run = (args: string[]) => {
      const [command = "", ...rest] = [...prefix, ...args];
      return ok(command, rest, { ...process.env, DEBIAN_FRONTEND: "noninteractive" });
    };
    return run(["apt-get", "update", "-qq"]) && run(["apt-get", "install", "-y", "-qq", "chromium"]);
  },
  say: (line) => console.log(line),
});

async function main(): Promise<void> {
  const chromiumPath = process.env.CHROMIUM_PATH || undefined;
  const result = await ensureBrowser(chromiumPath, systemSteps(chromiumPath));
  if (result instanceof Error) {
    console.error(result.message);
    process.exit(1);
  }
}

if (process.argv[1] && /ensure-browser\.ts$/.test(process.argv[1])) void main();
