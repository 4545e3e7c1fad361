import { expect, test } from "@playwright/test";

// The catalog's own texts follow the page's language: names, descriptions, categories and alt texts in Czech under
// /cs/…, and search finds Czech words with or without accents.

test("a Czech product page, category and search show the catalog in Czech", async ({ page }) => {
  await page.goto("/cs/products/linen-shirt");
  await expect(page.getByRole("heading", { level: 1, name: "Lněná košile" })).toBeVisible();
  await expect(page.getByText(/Vzdušná košile z praného evropského lnu/)).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: /./ }).getByRole("link", { name: "Oblečení" }).first(),
  ).toBeVisible();
  await expect(page.getByRole("img", { name: "Lněná košile", exact: true }).first()).toBeVisible();

  await page.goto("/cs/categories/clothing");
  await expect(page.getByRole("heading", { level: 1, name: "Oblečení" })).toBeVisible();
  await expect(page.getByRole("article").getByRole("heading", { name: "Lněná košile" })).toBeVisible();

  await page.goto("/cs/search?q=kosile");
  await expect(page.getByRole("article").getByRole("heading").first()).toHaveText("Lněná košile");

  await page.goto("/products/linen-shirt");
  await expect(page.getByRole("heading", { level: 1, name: "Linen Shirt" })).toBeVisible();
});
