import { type Page, expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { addToCart } from "../support/guest-checkout";

// The legal side of buying: a guest reads the terms from the checkout, accepts them and buys as a company, whose
// name, registration number and VAT ID the order page then shows; axe checks the legal pages and the checkout with
// the company fields open.

async function openCompanyFields(page: Page) {
  await page.getByRole("checkbox", { name: /I am buying for a company/ }).check();
  await expect(page.getByLabel("Company name")).toBeVisible();
}

test("a guest opens the terms from the checkout, accepts them and buys as a company", async ({ page }) => {
  test.slow();
  await addToCart(page, "notebook", /Dot Grid Notebook/);
  await page.getByRole("link", { name: "Go to checkout" }).click();
  await page.getByLabel("E-mail").fill(`company-e2e-${Date.now()}@example.com`);
  await page.getByLabel("Full name").fill("Jana Nováková");
  await page.getByLabel("Address", { exact: true }).fill("Dlouhá 12");
  await page.getByLabel("City", { exact: true }).fill("Praha");
  await page.getByLabel("Postal code", { exact: true }).fill("110 00");
  await page.getByRole("radio", { name: /Test payment/ }).check();
  await openCompanyFields(page);
  await page.getByLabel("Company name").fill("Pražská Obchodní s.r.o.");
  await page.getByLabel("Company registration number (optional)").fill("27082440");
  await page.getByLabel("VAT ID (optional)").fill("cz 270 824 40");
  await page.getByRole("button", { name: "Review order" }).click();
  await expect(page.getByRole("heading", { name: "Review your order" })).toBeVisible();

  // The terms open beside the checkout, which keeps everything typed.
  const [terms] = await Promise.all([
    page.waitForEvent("popup"),
    page.getByRole("link", { name: "terms and conditions", exact: true }).click(),
  ]);
  await expect(terms).toHaveURL(/\/terms$/);
  await expect(terms.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(terms.getByTestId("legal-version")).toContainText("Version");
  await terms.close();
  await expect(page.getByLabel("Company name")).toHaveValue("Pražská Obchodní s.r.o.");

  // Never ticked in advance: the shopper ticks it.
  const accept = page.getByRole("checkbox", { name: /I accept the terms/ });
  await expect(accept).not.toBeChecked();
  await accept.check();
  await page.getByRole("button", { name: "Order with obligation to pay" }).click();
  await expect(page).toHaveURL(/\/pay\/test\//);
  await page.getByRole("button", { name: "Pay now" }).click();
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}\?token=/);
  await expect(page.getByText(/Thank you! Your order is paid/)).toBeVisible();

  const company = page.getByTestId("buyer-company");
  await expect(company).toContainText("Pražská Obchodní s.r.o.");
  await expect(company).toContainText("Registration number 27082440");
  await expect(company).toContainText("VAT ID CZ27082440");
});

test("the checkout refuses a VAT ID in the wrong format next to the field", async ({ page }) => {
  await addToCart(page, "candle", /Soy Wax Candle/);
  await page.getByRole("link", { name: "Go to checkout" }).click();
  await openCompanyFields(page);
  await page.getByLabel("Company name").fill("Firma GmbH");
  await page.getByLabel("VAT ID (optional)").fill("DE12");
  await page.getByRole("button", { name: "Review order" }).click();
  await expect(page.getByLabel("VAT ID (optional)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("A VAT ID from DE is DE and 9 digits.")).toBeVisible();
});

for (const path of ["/terms", "/privacy", "/returns-policy", "/shipping-payment", "/imprint"]) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("axe finds no violations on the checkout with the company fields open, before and after review", async ({
  page,
}) => {
  await addToCart(page, "mug", /Enamel Camp Mug/);
  await page.getByRole("link", { name: "Go to checkout" }).click();
  await openCompanyFields(page);
  await page.getByRole("checkbox", { name: /different address/ }).check();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Review order" }).click();
  await expect(page.getByText("Please check the highlighted fields.")).toBeVisible();
  await expectNoAxeViolations(page);
});
