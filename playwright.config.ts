import { defineConfig, devices } from "@playwright/test";
import { SYSTEM_CHROMIUM, findBrowser } from "./tests/support/browser-path";

const port = Number(process.env.E2E_PORT ?? 3100);
// CHROMIUM_PATH, Playwright's own browser or Debian's; `npm test` obtains one first (tests/support/ensure-browser.ts).
const executablePath =
  findBrowser(process.env.CHROMIUM_PATH || undefined)?.path ?? process.env.CHROMIUM_PATH ?? SYSTEM_CHROMIUM;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? "line" : "list",
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] } },
    { name: "mobile", use: { ...devices["Pixel 7"] }, grep: /@mobile/ },
  ],
  webServer: {
    command: "npx tsx tests/e2e/serve.ts",
    url: `http://localhost:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
