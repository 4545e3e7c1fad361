import { expect, test } from "@playwright/test";
import { completeAdminSignIn } from "../support/admin-sign-in";
import { expectNoAxeViolations } from "../support/axe";

// The staff pages in Czech: /cs/admin serves the same pages with the words, numbers and dates of the Czech catalog,
// and the navigation keeps staff in Czech.

test("the admin speaks Czech under /cs/admin: dashboard, orders and products", async ({ page }, testInfo) => {
  test.slow();
  await page.goto(`/login?next=${encodeURIComponent("/admin")}`);
  await completeAdminSignIn(page);
  await expect(page).toHaveURL(/\/admin$/);

  await page.goto("/cs/admin");
  await expect(page.locator("html")).toHaveAttribute("lang", "cs");
  await expect(page.getByRole("heading", { level: 1, name: "Přehled" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Sekce administrace" });
  await expect(nav.getByRole("link", { name: "Objednávky" })).toHaveAttribute("href", "/cs/admin/orders");
  await expect(nav.getByRole("link", { name: "Produkty" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Přehled" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { name: "Objednávky podle stavu" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "/tmp/shots-admin-a/cs-dashboard.png", fullPage: true });

  await nav.getByRole("link", { name: "Objednávky" }).click();
  await expect(page).toHaveURL(/\/cs\/admin\/orders$/);
  await expect(page.getByRole("heading", { level: 1, name: "Objednávky" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Objednávky" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("button", { name: "Filtrovat" })).toBeVisible();
  await expect(page.getByLabel("Stav")).toContainText("Čeká na platbu");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "/tmp/shots-admin-a/cs-orders.png", fullPage: true });

  // Filtering keeps the language: the form posts to /cs/admin/orders.
  await page.getByLabel("Stav").selectOption("PAID");
  await page.getByRole("button", { name: "Filtrovat" }).click();
  await expect(page).toHaveURL(/\/cs\/admin\/orders\?(.*&)?status=PAID(&|$)/);
  await expect(page.getByRole("heading", { level: 1, name: "Objednávky" })).toBeVisible();

  await nav.getByRole("link", { name: "Produkty" }).click();
  await expect(page).toHaveURL(/\/cs\/admin\/products$/);
  await expect(page.getByRole("heading", { level: 1, name: "Produkty" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Nový produkt" })).toHaveAttribute("href", "/cs/admin/products/new");
  await expect(page.getByRole("columnheader", { name: "K dispozici" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "/tmp/shots-admin-a/cs-products.png", fullPage: true });
  await testInfo.attach("products", { path: "/tmp/shots-admin-a/cs-products.png", contentType: "image/png" });

  // The English admin is unchanged.
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
});
