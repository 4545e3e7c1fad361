import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

const pages = [
  ["home", "/"],
  ["category", "/categories/kitchen"],
  ["search", "/search?q=shirt&inStock=true"],
  ["product", "/products/linen-shirt"],
] as const;

for (const [name, path] of pages) {
  test(`axe finds no violations on the ${name} page @mobile`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page, { waitForHeading: true });
  });
}

test("axe finds no violations on the not-found page", async ({ page }) => {
  await page.goto("/products/no-such-thing");
  await expectNoAxeViolations(page);
});

/** Marks every visible control that keyboard users must be able to reach and returns how many there are. */
async function markControls(page: Page): Promise<number> {
  return page.evaluate(() => {
    const selector =
      "a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex='-1'])";
    const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
      const style = getComputedStyle(el);
      return el.getClientRects().length > 0 && style.visibility !== "hidden" && style.display !== "none";
    });
    // A radio group is one tab stop: arrow keys move inside it. Mark only each group's checked radio.
    const wanted = controls.filter((el) => !(el instanceof HTMLInputElement && el.type === "radio" && !el.checked));
    wanted.forEach((el, i) => el.setAttribute("data-kb", String(i)));
    return wanted.length;
  });
}

for (const [name, path] of pages) {
  test(`every control on the ${name} page is reachable with Tab`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const count = await markControls(page);
    expect(count).toBeGreaterThan(10);
    const reached = new Set<string>();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
    for (let i = 0; i < count + 10; i++) {
      const mark = await page.evaluate(() => document.activeElement?.getAttribute("data-kb") ?? null);
      if (mark !== null) reached.add(mark);
      await page.keyboard.press("Tab");
    }
    const missed = await page.evaluate(
      (seen) =>
        [...document.querySelectorAll<HTMLElement>("[data-kb]")]
          .filter((el) => !seen.includes(el.getAttribute("data-kb") ?? ""))
          .map((el) => el.outerHTML.slice(0, 120)),
      [...reached],
    );
    expect(missed).toEqual([]);
  });
}

test("the variant can be chosen and the product page used with the keyboard alone", async ({ page }) => {
  await page.goto("/products/cast-iron-skillet");
  await page.getByRole("radio", { name: "20 cm" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: "26 cm" })).toBeChecked();
  await expect(page.getByTestId("product-price")).toHaveText("€59.00");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("product-price")).toHaveText("€69.00");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Quantity")).toBeFocused();
  // The gallery's thumbnails are buttons. Its pictures are plain <img>s from the server (no image component to
  // hydrate): the first is preloaded, and choosing another shows it, loaded through the image optimiser.
  const main = page.locator(".gallery-main img");
  const first = await main.getAttribute("src");
  expect(first).toMatch(/^\/_next\/image\?url=/);
  await expect(page.locator('link[rel="preload"][as="image"]')).toHaveCount(1);
  await page.getByRole("button", { name: "Show picture 2 of 2" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Show picture 2 of 2" })).toHaveAttribute("aria-pressed", "true");
  await expect(main).not.toHaveAttribute("src", first ?? "");
  await expect.poll(() => main.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/search");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});
