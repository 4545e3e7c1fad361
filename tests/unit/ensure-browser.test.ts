import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { type BrowserSteps, MISSING_BROWSER, ensureBrowser } from "../support/ensure-browser";

// The decision itself, with the machine's answers given (the network and the package manager are the edges), and
// the real command on this machine with the browser hidden.

function machine(overrides: Partial<BrowserSteps> & { browser?: string | null } = {}) {
  const done: string[] = [];
  let browser = overrides.browser ?? null;
  const steps: BrowserSteps = {
    find: () => browser,
    downloadReachable: () => Promise.resolve(false),
    download: () => {
      done.push("download");
      return false;
    },
    aptAs: () => null,
    aptInstall: (as) => {
      done.push(`apt as ${as}`);
      browser = "/usr/bin/chromium";
      return true;
    },
    say: () => undefined,
    ...overrides,
  };
  return { steps, done, install: (path: string) => (browser = path) };
}

describe("obtaining a browser for the tests", () => {
  it("uses a browser that is already there and installs nothing", async () => {
    const { steps, done } = machine({ browser: "/usr/bin/chromium" });
    expect(await ensureBrowser(undefined, steps)).toBe("/usr/bin/chromium");
    expect(done).toEqual([]);
  });

  it("downloads Playwright's browser when its host is reachable", async () => {
    const m = machine({ downloadReachable: () => Promise.resolve(true) });
    m.steps.download = () => {
      m.done.push("download");
      m.install("/root/.cache/ms-playwright/chrome");
      return true;
    };
    expect(await ensureBrowser(undefined, m.steps)).toBe("/root/.cache/ms-playwright/chrome");
    expect(m.done).toEqual(["download"]);
  });

  it.each(["root", "sudo"] as const)("offline, installs Debian's chromium as %s", async (as) => {
    const { steps, done } = machine({ aptAs: () => as });
    expect(await ensureBrowser(undefined, steps)).toBe("/usr/bin/chromium");
    expect(done).toEqual([`apt as ${as}`]);
  });

  it("falls back to apt-get when the download fails", async () => {
    const { steps, done } = machine({ downloadReachable: () => Promise.resolve(true), aptAs: () => "root" });
    expect(await ensureBrowser(undefined, steps)).toBe("/usr/bin/chromium");
    expect(done).toEqual(["download", "apt as root"]);
  });

  it("offline, without root or sudo, stops with the one line saying what to install", async () => {
    const { steps, done } = machine();
    const result = await ensureBrowser(undefined, steps);
    expect(result).toEqual(new Error(MISSING_BROWSER));
    expect(done).toEqual([]);
  });

  it("a CHROMIUM_PATH that points nowhere stops at once, installing nothing", async () => {
    const { steps, done } = machine({ aptAs: () => "root", downloadReachable: () => Promise.resolve(true) });
    const result = await ensureBrowser("/nowhere/chromium", steps);
    expect(result).toBeInstanceOf(Error);
    expect(done).toEqual([]);
  });

  it("the command, with the browser hidden, exits 1 within seconds printing one line", () => {
    const started = Date.now();
    const run = spawnSync(process.execPath, ["--import", "tsx", "tests/support/ensure-browser.ts"], {
      env: { ...process.env, CHROMIUM_PATH: "/nowhere/chromium" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toEqual([
      "CHROMIUM_PATH=/nowhere/chromium is not an executable file: fix or unset it.",
    ]);
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 30_000);
});
