import AxeBuilder from "@axe-core/playwright";
import { type Page, expect } from "@playwright/test";

// The accessibility check the end-to-end specs run on a page: axe-core with its default rules, failing with each
// violated rule and the elements it names.

export interface AxeCheckOptions {
  /**
   * Wait first for the page's one level-1 heading to be visible, on pages that have exactly one: the content the
   * test is about has rendered before axe looks at it.
   */
  waitForHeading?: boolean;
}

/** Asserts that axe finds no violations on the page as it is now. */
export async function expectNoAxeViolations(page: Page, options: AxeCheckOptions = {}): Promise<void> {
  // After a client-side navigation Next.js streams the new page's <title> after its content: check the settled page.
  // Safe on every page, as axe fails a page without a title anyway (document-title).
  await expect(page).toHaveTitle(/\S/);
  if (options.waitForHeading) await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}
