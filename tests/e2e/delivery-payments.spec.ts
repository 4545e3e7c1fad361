import { type Browser, type Page, type TestInfo, expect, test } from "@playwright/test";
import { DEMO_DELIVERY } from "../../prisma/seed/delivery-data";
import { completeAdminSignIn } from "../support/admin-sign-in";
import { expectNoAxeViolations } from "../support/axe";
import { withE2eDatabase } from "../support/e2e-database";
import { addToCart } from "../support/guest-checkout";

// Delivery and payment as shoppers and staff meet them: click & collect paid in cash at the counter, a delivery
// price staff change reaching the checkout at once, and the admin pages for both checked by axe. (Recording a bank
// transfer on the order is covered by bank-transfer.spec.ts.)

/** A signed-in staff page, in a browser context of its own (the shopper's stays a guest). */
async function staffPage(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const admin = await context.newPage();
  await admin.goto("/admin");
  await expect(admin).toHaveURL(/\/login\?next=%2Fadmin$/);
  await completeAdminSignIn(admin);
  await expect(admin.getByRole("navigation", { name: "Admin sections" })).toBeVisible();
  return admin;
}

test("a guest collects in person and pays cash; staff record the cash and the shopper's order shows paid", async ({
  page,
  browser,
}, testInfo) => {
  // A long journey through two browser contexts: three times the default timeout on a busy 2-core machine.
  test.slow();
  const email = `collect-e2e-${Date.now()}@example.com`;
  await addToCart(page, "notebook", /Dot Grid Notebook/);
  await page.getByRole("link", { name: "Go to checkout" }).click();

  // Click & collect: choose where, and no delivery address is asked for.
  await page.getByRole("radio", { name: /Click & collect — Free/ }).check();
  await page.getByRole("radio", { name: /Northwind Goods Prague/ }).check();
  await expect(page.getByLabel("Address", { exact: true })).toHaveCount(0);
  await expect(page.getByLabel("City", { exact: true })).toHaveCount(0);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Full name").fill("Jana Nováková");
  await page.getByRole("radio", { name: /Cash on delivery/ }).check();
  await page.getByRole("button", { name: "Review order" }).click();
  await expect(page.getByRole("heading", { name: "Review your order" })).toBeVisible();
  await expect(page.getByTestId("shipping-total")).toHaveText("Free");
  await expect(page.getByTestId("surcharge-total")).toHaveText("€1.50");
  await page.getByRole("checkbox", { name: /I accept the terms/ }).check();
  await page.getByRole("button", { name: "Order with obligation to pay" }).click();

  // No payment page: the order is confirmed, to be paid at the counter.
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}\?token=/);
  const orderUrl = page.url();
  await expect(page.getByText("Status: Confirmed (pay on delivery)")).toBeVisible();
  await expect(page.getByText(/Your order is paid/)).toHaveCount(0);
  const number = ((await page.getByRole("heading", { level: 1 }).textContent()) ?? "").replace("Order ", "").trim();
  const stored = await withE2eDatabase(async (client) => {
    const { rows } = await client.query<{
      id: string;
      paymentMethod: string;
      pickupLocationId: string | null;
      paidAt: Date | null;
    }>(`SELECT id, "paymentMethod", "pickupLocationId", "paidAt" FROM orders WHERE number = $1`, [number]);
    const row = rows[0];
    if (!row) throw new Error(`order ${number} not found`);
    return row;
  });
  expect(stored).toMatchObject({
    paymentMethod: "cash_on_delivery",
    pickupLocationId: DEMO_DELIVERY.pickupLocation,
    paidAt: null,
  });

  // Staff open the order and record the cash.
  const admin = await staffPage(browser, testInfo);
  await admin.goto(`/admin/orders/${stored.id}`);
  await expect(admin.getByRole("heading", { level: 1, name: `Order ${number}` })).toBeVisible();
  await admin.getByRole("button", { name: "Cash received" }).click();
  await expect(admin.getByText(/Cash recorded/).first()).toBeVisible();
  await expect(admin.getByRole("button", { name: "Cash received" })).toHaveCount(0);
  await admin.context().close();

  // The shopper's page (the signed link) now shows the order paid.
  await page.goto(orderUrl);
  await expect(page.getByText(/Thank you! Your order is paid/)).toBeVisible();
});

test("staff change a delivery price in /admin/delivery and the checkout charges it at once", async ({
  page,
  browser,
}, testInfo) => {
  test.slow();
  const express = DEMO_DELIVERY.methods.domesticExpress;
  await addToCart(page, "notebook", /Dot Grid Notebook/);
  await page.getByRole("link", { name: "Go to checkout" }).click();
  await expect(page.getByRole("radio", { name: /^Express delivery — €9\.95/ })).toBeVisible();

  const admin = await staffPage(browser, testInfo);
  const setPrice = async (price: string) => {
    await admin.goto("/admin/delivery");
    await admin.locator(`a[href="/admin/delivery/methods/${express}"]`).click();
    await admin.getByLabel("Price in EUR").fill(price);
    await admin.getByRole("button", { name: "Save delivery method" }).click();
    await expect(admin).toHaveURL(/\/admin\/delivery\?notice=method-saved$/);
  };
  await setPrice("7.25");

  await page.reload();
  await expect(page.getByRole("radio", { name: /^Express delivery — €7\.25/ })).toBeVisible();
  await page.getByRole("radio", { name: /^Express delivery/ }).check();
  await page.getByLabel("E-mail").fill(`express-e2e-${Date.now()}@example.com`);
  await page.getByLabel("Full name").fill("Jana Nováková");
  await page.getByLabel("Address", { exact: true }).fill("Dlouhá 12");
  await page.getByLabel("City", { exact: true }).fill("Praha");
  await page.getByLabel("Postal code", { exact: true }).fill("110 00");
  await page.getByRole("button", { name: "Review order" }).click();
  await expect(page.getByTestId("shipping-total")).toHaveText("€7.25");

  // Back to the demo price, which other journeys expect; the checkout follows again.
  await setPrice("9.95");
  await admin.context().close();
  await page.goto("/checkout");
  await expect(page.getByRole("radio", { name: /^Express delivery — €9\.95/ })).toBeVisible();
});

test("axe finds nothing on the Delivery, Payments and Bank statements admin pages", async ({ browser }, testInfo) => {
  test.slow();
  const admin = await staffPage(browser, testInfo);
  for (const [path, heading] of [
    ["/admin/delivery", "Delivery"],
    ["/admin/payments", "Payments"],
    ["/admin/bank-statements", /Bank statements/],
  ] as const) {
    await admin.goto(path);
    await expect(admin.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectNoAxeViolations(admin);
  }
  await admin.context().close();
});
