import { expect, test } from "@playwright/test";
import { signInAsAdmin } from "../support/admin-sign-in";
import { expectNoAxeViolations } from "../support/axe";
import { shootDesktopAndPhone } from "../support/screenshots";

// The staff admin under /cs/admin: the settings sections speak Czech, pass axe, and take an amount typed the Czech
// way ("1 234,50") — stored exactly and shown back in Czech format.

const SHOTS = "/tmp/shots-admin-b";

test("the admin's settings sections speak Czech under /cs/admin and pass axe", async ({ page }) => {
  test.slow();
  await signInAsAdmin(page, "/cs/admin/delivery");
  const sections = [
    ["delivery", "Doprava", "Nová zóna"],
    ["payments", "Platby", "Bankovní účty"],
    ["discounts", "Slevové kódy", "Nový slevový kód"],
    ["messages", "Zprávy", "Co návštěvníci poslali přes kontaktní formulář."],
  ] as const;
  for (const [section, heading, text] of sections) {
    await page.goto(`/cs/admin/${section}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "cs");
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(page.getByText(text).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await shootDesktopAndPhone(page, SHOTS, section);
  }
  // Links stay in Czech.
  await page.goto("/cs/admin/delivery");
  await expect(page.getByRole("link", { name: "Nová zóna" })).toHaveAttribute("href", "/cs/admin/delivery/zones/new");
});

test("a discount typed as 1 234,50 on the Czech admin is saved exactly and shown in Czech", async ({ page }) => {
  test.slow();
  await signInAsAdmin(page, "/cs/admin/discounts/new");
  await expect(page.getByRole("heading", { level: 1, name: "Nový slevový kód" })).toBeVisible();
  const code = `CESKY${Date.now()}`;
  await page.getByLabel("Kód", { exact: true }).fill(code);
  await page.getByRole("radio", { name: "Pevná částka v EUR" }).check();
  await page.getByLabel("Sleva", { exact: true }).fill("1 234,50");
  await page.getByLabel("Minimální objednávka v EUR (nepovinné)").fill("2 000");
  await expectNoAxeViolations(page);
  await shootDesktopAndPhone(page, SHOTS, "discount-new");
  await page.getByRole("button", { name: "Vytvořit slevový kód" }).click();

  await expect(page).toHaveURL(/\/cs\/admin\/discounts\/[0-9a-f-]{36}\?notice=created$/);
  await expect(page.getByRole("status")).toHaveText("Slevový kód byl vytvořen.");
  await expect(page.getByRole("heading", { level: 1, name: code })).toBeVisible();
  // Czech format: a no-break space between thousands, a decimal comma, the euro sign after the amount.
  await expect(page.locator(".stat", { hasText: "Sleva" }).locator("dd")).toHaveText(/^1\s234,50\s€$/);
  await expect(page.locator("dd", { hasText: /^2\s000,00\s€$/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await shootDesktopAndPhone(page, SHOTS, "discount-detail");

  // The same code on the English admin: the amount was stored exactly (123 450 cents).
  await page.goto(page.url().replace("/cs/admin/", "/admin/"));
  await expect(page.locator(".stat", { hasText: "Discount" }).locator("dd")).toHaveText("€1,234.50");
});

test("a refused Czech form names the problem in Czech", async ({ page }) => {
  await signInAsAdmin(page, "/cs/admin/discounts/new");
  await page.getByLabel("Kód", { exact: true }).fill("X");
  await page.getByRole("button", { name: "Vytvořit slevový kód" }).click();
  await expect(page.getByText("Kód má alespoň 3 znaky.")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("staff translate a delivery method on the Czech admin, and a Czech shopper reads it at checkout", async ({
  page,
}) => {
  test.slow();
  // The demo's domestic express delivery (prisma/seed/delivery-data.ts).
  const method = "/cs/admin/delivery/methods/5d1b0000-0000-4000-8000-000000000002";
  await signInAsAdmin(page, method);
  await page.getByText("Přeložit: Express delivery").click();
  const czech = page.getByRole("group", { name: "Čeština (cs)" });
  const name = czech.getByLabel("Název", { exact: true });
  await expect(name).toHaveValue("Expresní doručení");
  await expect(name).toHaveAttribute("placeholder", "Express delivery");
  await name.fill("Expres do druhého dne");
  await page.getByRole("button", { name: "Uložit překlady" }).click();
  await expect(page.getByText("Překlady byly uloženy.")).toBeVisible();
  await expectNoAxeViolations(page);
  await shootDesktopAndPhone(page, SHOTS, "delivery-method-translations");

  try {
    // A guest now: the Czech checkout offers the method under its new Czech name.
    await page.context().clearCookies();
    await page.goto("/cs/products/linen-shirt");
    await page.locator("form:has(input[name=variantId]) button[type=submit]:not([disabled])").first().click();
    await expect(page).toHaveURL(/\/cs\/cart\?notice=added/);
    await page.goto("/cs/checkout");
    await expect(page.getByRole("radio", { name: /^Expres do druhého dne — / })).toBeVisible();
    await expect(page.getByText("Následující pracovní den")).toBeVisible();
    await expectNoAxeViolations(page);
    await shootDesktopAndPhone(page, SHOTS, "checkout-translated-delivery");
  } finally {
    // Back to the demo's text, for the other tests.
    await signInAsAdmin(page, method);
    await page.getByText("Přeložit: Express delivery").click();
    await page
      .getByRole("group", { name: "Čeština (cs)" })
      .getByLabel("Název", { exact: true })
      .fill("Expresní doručení");
    await page.getByRole("button", { name: "Uložit překlady" }).click();
    await expect(page.getByText("Překlady byly uloženy.")).toBeVisible();
  }
});
