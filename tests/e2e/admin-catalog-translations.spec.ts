import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signInAsAdmin } from "../support/admin-sign-in";
import { expectNoAxeViolations } from "../support/axe";

// Staff translate a product in the admin and the Czech storefront shows it.

test("staff enter a Czech name for a product and /cs/products/<slug> shows it", async ({ page }) => {
  test.setTimeout(90_000);
  const suffix = randomUUID().slice(0, 6);
  const name = `Harbour Mug ${suffix}`;
  await signInAsAdmin(page, "/admin/products/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Description").fill("A stoneware mug.");
  await page.getByLabel("Category").selectOption({ label: "Home" });
  await page.getByLabel("Status").selectOption("ACTIVE");
  await page.getByLabel("SKU").fill(`HM-${suffix.toUpperCase()}`);
  await page.getByLabel(/^Price/).fill("12.00");
  await page.getByLabel("Stock on hand").fill("3");
  await page.getByRole("button", { name: "Create product" }).click();
  await expect(page).toHaveURL(/\/admin\/products\/[0-9a-f-]{36}\?created=1$/);

  const czech = page.getByRole("group", { name: "Čeština (cs)" });
  await expect(czech.getByLabel("Name")).toHaveAttribute("placeholder", name);
  await czech.getByLabel("Name").fill(`Přístavní hrnek ${suffix}`);
  await czech.getByLabel("Description").fill("Hrnek z kameniny.");
  await page.getByRole("button", { name: "Save translations" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The translations have been saved." })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/cs/products/harbour-mug-${suffix}`);
  await expect(page.getByRole("heading", { level: 1, name: `Přístavní hrnek ${suffix}` })).toBeVisible();
  await expect(page.getByText("Hrnek z kameniny.")).toBeVisible();
  await page.goto(`/products/harbour-mug-${suffix}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  // The product no longer lacks a Czech name: it is off the to-do list.
  await page.goto("/admin/translations");
  await expect(page.getByRole("heading", { level: 1, name: "Translations" })).toBeVisible();
  await expect(page.getByRole("link", { name })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("staff translate an option value once, and the Czech product page shows it", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAsAdmin(page, "/cs/admin/translations/options");
  await expect(page.getByRole("heading", { level: 1, name: "Názvy a hodnoty možností" })).toBeVisible();
  // The demo's glossary: "Colour" and "White" already have their Czech words.
  const values = page.getByRole("group", { name: "Hodnoty možností" });
  await expect(page.getByRole("group", { name: "Názvy možností" }).getByLabel("Colour", { exact: true })).toHaveValue(
    "Barva",
  );
  const sage = values.getByLabel("Sage", { exact: true });
  await expect(sage).toHaveValue("Šalvějová");
  await expectNoAxeViolations(page);
  try {
    await sage.fill("Šalvěj");
    await page.getByRole("button", { name: "Uložit překlady" }).click();
    await expect(page.getByText("Uložen 1 překlad.")).toBeVisible();
    await page.goto("/cs/products/linen-shirt");
    await expect(page.getByRole("group", { name: /^Barva: / })).toBeVisible();
    await expect(page.getByText("Šalvěj", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
  } finally {
    await page.goto("/cs/admin/translations/options");
    await page.getByRole("group", { name: "Hodnoty možností" }).getByLabel("Sage", { exact: true }).fill("Šalvějová");
    await page.getByRole("button", { name: "Uložit překlady" }).click();
    await expect(page.getByText(/Uložen 1 překlad|Nic se nezměnilo/)).toBeVisible();
  }
});
