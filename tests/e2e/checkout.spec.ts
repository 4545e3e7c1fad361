import { type Page, expect, test } from "@playwright/test";

async function addFirstAvailable(page: Page, search: string, productName: RegExp) {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search products" }).fill(search);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: productName }).first().click();
  await page.locator("form button:not([disabled])", { hasText: "Add" }).first().click();
  await expect(page).toHaveURL(/\/cart\?notice=added/);
}

async function fillCheckout(page: Page, email: string) {
  await page.getByRole("link", { name: "Go to checkout" }).click();
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Full name").fill("Jana Nováková");
  await page.getByLabel("Address", { exact: true }).fill("Dlouhá 12");
  await page.getByLabel("City", { exact: true }).fill("Praha");
  await page.getByLabel("Postal code", { exact: true }).fill("110 00");
  await page.getByRole("radio", { name: /Test payment/ }).check();
  await page.getByRole("button", { name: "Review order" }).click();
  await expect(page.getByRole("heading", { name: "Review your order" })).toBeVisible();
  // What is placed is what the form shows: the country delivered to survives the review step.
  await expect(page.getByLabel("Deliver to")).toHaveValue("CZ");
}

test("guest buys two products and pays with the built-in provider", async ({ page }) => {
  // A whole purchase, from search to the paid order: sized for a slow, shared machine.
  test.slow();
  await addFirstAvailable(page, "linen", /Linen Shirt/);
  await addFirstAvailable(page, "notebook", /Dot Grid Notebook/);
  await expect(page.getByRole("link", { name: /Cart/ })).toContainText("(2)");
  await expect(page.locator(".cart-line")).toHaveCount(2);

  await fillCheckout(page, "guest-e2e@example.com");
  await expect(page.getByTestId("order-total")).toContainText("€");
  await page.getByRole("checkbox", { name: /I accept the terms/ }).check();
  await page.getByRole("button", { name: "Order with obligation to pay" }).click();

  await expect(page).toHaveURL(/\/pay\/test\//);
  await page.getByRole("button", { name: "Pay now" }).click();
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}\?token=/);
  await expect(page.getByText(/Thank you! Your order is paid/)).toBeVisible();
  await expect(page.getByRole("link", { name: /Cart/ })).toContainText("(0)");
});

test("a declined payment can be retried and then succeeds", async ({ page }) => {
  await addFirstAvailable(page, "coffee", /Single-Origin Coffee Beans/);
  await fillCheckout(page, "decline-e2e@example.com");
  await page.getByRole("checkbox", { name: /I accept the terms/ }).check();
  await page.getByRole("button", { name: "Order with obligation to pay" }).click();
  await page.getByRole("button", { name: "Decline the payment" }).click();
  await expect(page.getByText("The payment did not go through.")).toBeVisible();
  await page.getByRole("button", { name: "Try paying again" }).click();
  await expect(page).toHaveURL(/\/pay\/test\//);
  await page.getByRole("button", { name: "Pay, confirmed a few seconds later" }).click();
  await expect(page.getByText("We are confirming your payment.")).toBeVisible();
  await expect(page.getByText(/Thank you! Your order is paid/)).toBeVisible({ timeout: 15_000 });
});

test("checkout shows field errors next to the fields and keeps what was typed", async ({ page }) => {
  await addFirstAvailable(page, "candle", /Soy Wax Candle/);
  await page.getByRole("link", { name: "Go to checkout" }).click();
  await page.getByLabel("E-mail").fill("not-an-email");
  await page.getByLabel("Full name").fill("Jana");
  await page.getByRole("button", { name: "Review order" }).click();
  await expect(page.getByLabel("E-mail")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Enter a valid e-mail address.")).toBeVisible();
  await expect(page.getByLabel("City", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Full name")).toHaveValue("Jana");
});

test("a shopper's guest cart joins their account on login; the paid order shows in the account", async ({ page }) => {
  // A long journey: three times the default timeout on a busy 2-core machine.
  test.slow();
  await page.goto("/register");
  const email = `buyer-${Date.now()}@example.com`;
  await page.getByLabel("Your name").fill("Ada Buyer");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill("correct horse battery");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/login\?registered=1$/);

  // Shopping as a guest first.
  await addFirstAvailable(page, "mug", /Enamel Camp Mug/);
  await page.goto("/login");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill("correct horse battery");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/account$/);

  await page.goto("/cart");
  await expect(page.locator(".cart-line")).toHaveCount(1);
  await page.getByRole("link", { name: "Go to checkout" }).click();
  await page.getByLabel("Deliver to").selectOption("IE");
  await page.getByRole("button", { name: "Show delivery options" }).click();
  await expect(page.getByRole("group", { name: "Delivery to Ireland" })).toBeVisible();
  await expect(page.getByLabel("E-mail")).toHaveValue(email);
  await page.getByLabel("Full name").fill("Ada Buyer");
  await page.getByLabel("Address", { exact: true }).fill("1 Main Street");
  await page.getByLabel("City", { exact: true }).fill("Dublin");
  await page.getByLabel("Postal code", { exact: true }).fill("D01 F5P2");
  await page.getByRole("radio", { name: /Test payment/ }).check();
  await page.getByRole("button", { name: "Review order" }).click();
  await page.getByRole("checkbox", { name: /I accept the terms/ }).check();
  await page.getByRole("button", { name: "Order with obligation to pay" }).click();
  await page.getByRole("button", { name: "Pay now" }).click();
  await expect(page.getByText(/Thank you! Your order is paid/)).toBeVisible();
  const number = (await page.getByRole("heading", { level: 1 }).textContent())?.replace("Order ", "") ?? "";

  await page.goto("/account");
  const row = page.getByRole("row", { name: new RegExp(number) });
  await expect(row).toContainText("Paid");
  await row.getByRole("link", { name: number }).click();
  await expect(page.getByRole("heading", { name: `Order ${number}` })).toBeVisible();
});
