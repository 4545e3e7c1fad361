import { randomUUID } from "node:crypto";
import { type Page, expect, test } from "@playwright/test";
import { signInAsAdmin } from "../support/admin-sign-in";

// The product form after the server refuses a save: every field, the Category and Status selects included, shows
// what was submitted (React resets the form after an action, which put the selects back to their first option);
// after a successful save it shows what was saved.

const category = (page: Page) => page.locator("#product-category option:checked");
const status = (page: Page) => page.locator("#product-status");

test("a refused save keeps the chosen category and status on the new and edit product pages", async ({ page }) => {
  test.setTimeout(90_000);
  const suffix = randomUUID().slice(0, 6);
  const name = `Trail Flask ${suffix}`;
  await signInAsAdmin(page, "/admin/products/new");

  // New product: neither select on its first option, and a price the server refuses.
  await page.locator("#product-name").fill(name);
  await page.getByLabel("Category").selectOption({ label: "Outdoor" });
  await page.getByLabel("Status").selectOption("ARCHIVED");
  await page.getByLabel("SKU").fill(`TF-${suffix.toUpperCase()}`);
  await page.getByLabel(/^Price/).fill("twelve");
  await page.getByRole("button", { name: "Create product" }).click();
  await expect(page.locator("#variant-price-error")).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Please correct the marked fields." })).toBeVisible();
  await expect(category(page)).toHaveText("Outdoor");
  await expect(status(page)).toHaveValue("ARCHIVED");
  await expect(page.locator("#product-name")).toHaveValue(name);

  // Corrected, it is created with the chosen values.
  await page.getByLabel(/^Price/).fill("12.00");
  await page.getByRole("button", { name: "Create product" }).click();
  await expect(page).toHaveURL(/\/admin\/products\/[0-9a-f-]{36}\?created=1$/);
  await expect(category(page)).toHaveText("Outdoor");
  await expect(status(page)).toHaveValue("ARCHIVED");

  // Edit: other choices, an empty name; the refusal keeps the choices and names the field.
  await page.getByLabel("Category").selectOption({ label: "Stationery" });
  await page.getByLabel("Status").selectOption("ACTIVE");
  await page.locator("#product-name").fill("");
  await page.getByRole("button", { name: "Save product" }).click();
  await expect(page.locator("#product-name-error")).toBeVisible();
  await expect(page.locator("#product-name")).toHaveAttribute("aria-invalid", "true");
  await expect(category(page)).toHaveText("Stationery");
  await expect(status(page)).toHaveValue("ACTIVE");

  // Saved, the form shows the saved values, and so does the page loaded afresh.
  await page.locator("#product-name").fill(name);
  await page.getByRole("button", { name: "Save product" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The product has been saved." })).toBeVisible();
  await expect(category(page)).toHaveText("Stationery");
  await expect(status(page)).toHaveValue("ACTIVE");
  await page.reload();
  await expect(category(page)).toHaveText("Stationery");
  await expect(status(page)).toHaveValue("ACTIVE");
});
