import { type Page, expect } from "@playwright/test";

// The storefront steps the browser journeys share: find a product, put it in the cart, check out as a guest with a
// Czech address, and (for the built-in provider) pay.

/** Searches, opens the first product whose link matches, adds its first available variant; ends on the cart. */
export async function addToCart(page: Page, search: string, productName: RegExp): Promise<void> {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search products" }).fill(search);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: productName }).first().click();
  await page.locator("form button:not([disabled])", { hasText: "Add" }).first().click();
  await expect(page).toHaveURL(/\/cart\?notice=added/);
}

/** A notebook in the cart, the checkout filled in for a guest with `payment` chosen, and the review step asked for. */
export async function fillGuestCheckout(page: Page, email: string, payment: RegExp): Promise<void> {
  await addToCart(page, "notebook", /Dot Grid Notebook/);
  await page.getByRole("link", { name: "Go to checkout" }).click();
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Full name").fill("Jana Nováková");
  await page.getByLabel("Address", { exact: true }).fill("Dlouhá 12");
  await page.getByLabel("City", { exact: true }).fill("Praha");
  await page.getByLabel("Postal code", { exact: true }).fill("110 00");
  await page.getByRole("radio", { name: payment }).check();
  await page.getByRole("button", { name: "Review order" }).click();
}

/** Accepts the terms and presses the order button on the review step. */
export async function placeReviewedOrder(page: Page): Promise<void> {
  await page.getByRole("checkbox", { name: /I accept the terms/ }).check();
  await page.getByRole("button", { name: "Order with obligation to pay" }).click();
}

/** A guest buys a notebook and pays on the built-in provider's page; the order's number and signed page. */
export async function buyAsGuest(page: Page, email: string): Promise<{ number: string; url: string }> {
  await fillGuestCheckout(page, email, /Test payment/);
  await placeReviewedOrder(page);
  await expect(page).toHaveURL(/\/pay\/test\//);
  await page.getByRole("button", { name: "Pay now" }).click();
  await expect(page.getByText(/Thank you! Your order is paid/)).toBeVisible();
  const heading = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
  return { number: heading.replace("Order ", "").trim(), url: page.url() };
}
