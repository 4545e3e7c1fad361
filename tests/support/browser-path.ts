import { accessSync, constants, statSync } from "node:fs";
import { chromium } from "@playwright/test";

// Which Chromium the browser tests use, in one place for playwright.config.ts and tests/support/ensure-browser.ts:
// CHROMIUM_PATH when set (an explicit choice: nothing else is tried), else Playwright's own download when present,
// else Debian's package.

export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

export function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export type BrowserSource = "CHROMIUM_PATH" | "playwright" | "system";

export function findBrowser(chromiumPath: string | undefined): { path: string; source: BrowserSource } | null {
  if (chromiumPath) return isExecutableFile(chromiumPath) ? { path: chromiumPath, source: "CHROMIUM_PATH" } : null;
  const own = chromium.executablePath();
  if (isExecutableFile(own)) return { path: own, source: "playwright" };
  if (isExecutableFile(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, source: "system" };
  return null;
}
