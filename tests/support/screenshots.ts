import { mkdirSync } from "node:fs";
import type { Page } from "@playwright/test";

/**
 * Full-page screenshots at the page's own (desktop) width and at phone width, to look at for text that overflows its
 * box: `${dir}/${name}.png` and `${dir}/${name}-phone.png`. The viewport is put back afterwards.
 */
export async function shootDesktopAndPhone(page: Page, dir: string, name: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
  const desktop = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${dir}/${name}-phone.png`, fullPage: true });
  if (desktop) await page.setViewportSize(desktop);
}
