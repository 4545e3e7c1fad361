import { expect, test } from "@playwright/test";

test("home page lists real products and links to a product page @mobile", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const featured = page.getByRole("region", { name: "Featured" });
  await expect(featured.getByRole("article")).toHaveCount(8);
  await featured.getByRole("link", { name: /Linen Shirt/ }).click();
  await expect(page).toHaveURL(/\/products\/linen-shirt$/);
  await expect(page.getByRole("heading", { level: 1, name: "Linen Shirt" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "LINSHI-M-NAV", exact: true })).toBeVisible();
});

test("an unknown product shows the not-found page with a way on", async ({ page }) => {
  const response = await page.goto("/products/no-such-thing");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: /couldn’t find/ })).toBeVisible();
  await expect(page.getByRole("searchbox").first()).toBeVisible();
});

test("search from the header finds products", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search products" }).fill("merino");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=merino/);
  await expect(page.getByRole("link", { name: /Merino Crew Sweater/ })).toBeVisible();
});
