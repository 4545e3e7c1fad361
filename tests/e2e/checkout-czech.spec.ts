import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { type Page, devices, expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

// A Czech shopper's whole purchase and account, in Czech: every page, label and message of the buying part, the
// links and redirects that keep /cs, and an accessible page at every step. With SHOTS_DIR set, each page is also
// saved as a screenshot at desktop and phone (Pixel 7) widths, to look for text that overflows.

async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const desktop = page.viewportSize();
  await page.screenshot({ path: path.join(dir, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize(devices["Pixel 7"].viewport);
  await page.screenshot({ path: path.join(dir, `${name}-pixel7.png`), fullPage: true });
  if (desktop) await page.setViewportSize(desktop);
}

test("a Czech shopper buys, pays and opens an account, all in Czech", async ({ page }) => {
  test.slow();
  const email = `jana-${randomUUID().slice(0, 8)}@example.cz`;

  await page.goto("/cs");
  await expect(page.locator("html")).toHaveAttribute("lang", "cs");
  // The product from the home page's Czech listing, opened in Czech.
  const href =
    (await page
      .getByRole("link", { name: /Tečkovaný zápisník/ })
      .first()
      .getAttribute("href")) ?? "";
  expect(href).toMatch(/\/products\//);
  await page.goto(href.startsWith("/cs/") ? href : `/cs${href}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "cs");
  // The option and its values in Czech (the demo's option glossary), the choice itself unchanged.
  await expect(page.getByRole("group", { name: /^Obal: / })).toBeVisible();
  await expect(page.getByText("Okrová", { exact: true })).toBeVisible();
  await page.locator("form:has(input[name=variantId]) button[type=submit]:not([disabled])").first().click();

  // The cart.
  await expect(page).toHaveURL(/\/cs\/cart\?notice=added/);
  await expect(page.getByRole("heading", { level: 1, name: "Váš košík" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Přidáno do košíku." })).toBeVisible();
  await expect(page.getByText(/Mezisoučet \(1 kus\):/)).toBeVisible();
  await expect(page.getByText(/19,00\s€/).first()).toBeVisible();
  await expect(page.getByText(/^(Černá|Okrová|Petrolejová)$/).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, "cart");
  await page.getByRole("link", { name: "Přejít k pokladně" }).click();

  // The checkout: Czech labels; a missing city is refused next to the field, in Czech.
  await expect(page).toHaveURL(/\/cs\/checkout/);
  await expect(page.getByRole("heading", { level: 1, name: "Pokladna" })).toBeVisible();
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Jméno a příjmení").fill("Jana Nováková");
  await page.getByLabel("Ulice a číslo domu", { exact: true }).fill("Dlouhá 12");
  await page.getByLabel("PSČ", { exact: true }).fill("110 00");
  // Delivery and payment as staff wrote them in Czech (the demo's translations), not the shop's English.
  await expect(page.getByRole("radio", { name: /^Standardní doručení — / })).toBeVisible();
  await expect(page.getByText("2–3 pracovní dny")).toBeVisible();
  await expect(page.getByText("Standard delivery")).toHaveCount(0);
  await page.getByRole("radio", { name: /Testovací platba/ }).check();
  await expect(page.getByText("Žádné peníze se nepřevádějí: výsledek zvolíte na další stránce.")).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, "checkout");
  await page.getByRole("button", { name: "Pokračovat ke shrnutí" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Zkontrolujte prosím označená pole." })).toBeVisible();
  const city = page.getByLabel("Město", { exact: true });
  await expect(city).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Zadejte město.")).toBeVisible();
  await expectNoAxeViolations(page);

  await city.fill("Praha");
  await page.getByRole("button", { name: "Pokračovat ke shrnutí" }).click();
  await expect(page.getByRole("heading", { name: "Shrnutí objednávky" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Celkem \(Testovací platba/ })).toBeVisible();
  await expect(page.getByText(/Standardní doručení/).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, "checkout-review");
  await page.getByRole("checkbox", { name: /Souhlasím s obchodními podmínkami/ }).check();
  await page.getByRole("button", { name: "Objednat s povinností platby" }).click();

  // The built-in provider's page and the order page, still in Czech.
  await expect(page).toHaveURL(/\/cs\/pay\/test\//);
  await expect(page.getByRole("heading", { level: 1, name: /Platba za objednávku/ })).toBeVisible();
  await page.getByRole("button", { name: "Zaplatit", exact: true }).click();
  await expect(page).toHaveURL(/\/cs\/orders\/[0-9a-f-]{36}\?token=.+&payment=returned/);
  await expect(page.getByText("Děkujeme! Vaše objednávka je zaplacená.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: /^Objednávka / })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Položka" })).toBeVisible();
  await expect(page.locator("address").first()).toContainText("Česko");
  await expectNoAxeViolations(page);
  await shot(page, "order");

  // An account: registration, sign-in and the account page in Czech.
  await page.goto("/cs/register");
  await expect(page.getByRole("heading", { level: 1, name: "Vytvořit účet" })).toBeVisible();
  await page.getByRole("button", { name: "Vytvořit účet" }).click();
  await expect(page.getByText("Zadejte své jméno.")).toBeVisible();
  await page.getByLabel("Vaše jméno").fill("Jana Nováková");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Heslo").fill("správná kobyla baterie");
  await page.getByRole("button", { name: "Vytvořit účet" }).click();
  await expect(page).toHaveURL(/\/cs\/login\?registered=1$/);
  await expect(page.getByText(/Děkujeme. Pokud lze tuto adresu použít/)).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, "login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Heslo").fill("správná kobyla baterie");
  await page.getByRole("button", { name: "Přihlásit se", exact: true }).click();

  await expect(page).toHaveURL(/\/cs\/account$/);
  await expect(page.getByRole("heading", { level: 1, name: "Váš účet" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Osobní údaje" }).getByLabel("Jméno")).toHaveValue("Jana Nováková");
  await expect(page.getByRole("link", { name: "Změnit heslo" })).toHaveAttribute("href", "/cs/account/password");
  await expectNoAxeViolations(page);
  await shot(page, "account");
});
