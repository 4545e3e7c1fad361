import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { signInAsAdmin } from "../support/admin-sign-in";
import { expectNoAxeViolations } from "../support/axe";
import { shootDesktopAndPhone } from "../support/screenshots";

const SHOTS = "/tmp/shots-admin-translations";

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

test("staff export the option glossary as CSV, edit it and import it back, and a bad line is refused", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signInAsAdmin(page, "/cs/admin/translations/options");
  const navy = page.getByRole("group", { name: "Hodnoty možností" }).getByLabel("Navy", { exact: true });
  await expect(navy).toHaveValue("Námořnická modrá");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Stáhnout CSV: Čeština (cs)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("option-texts-cs.csv");
  const exported = readFileSync(await download.path(), "utf8");
  expect(exported).toContain("cs,value,Navy,Námořnická modrá\r\n");

  const importFile = (text: string) =>
    page.getByLabel("Soubor CSV k importu").setInputFiles({
      name: "option-texts-cs.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(text, "utf8"),
    });
  try {
    // The export's header (with its byte-order mark) and its Navy line, edited; only that line, so a test changing
    // another text at the same time is not undone.
    const [header] = exported.split("\r\n");
    await importFile(`${header}\r\ncs,value,Navy,Tmavě modrá\r\n`);
    await page.getByRole("button", { name: "Importovat CSV" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Načten 1 text, uložen 1 překlad." })).toBeVisible();
    // The form shows what the import saved.
    await expect(navy).toHaveValue("Tmavě modrá");

    await importFile("language,kind,source,text\r\ncs,value,Navy,Modrá\r\ncs,colour,Sage,Šalvěj\r\n");
    await page.getByRole("button", { name: "Importovat CSV" }).click();
    const refusal = page.getByRole("alert").filter({ hasText: "Řádek 3" });
    await expect(refusal).toContainText("Řádek 3: Druh musí být name, nebo value.");
    await expectNoAxeViolations(page);
    await shootDesktopAndPhone(page, SHOTS, "cs-option-glossary-csv");
    await page.reload();
    await expect(navy).toHaveValue("Tmavě modrá");
  } finally {
    await importFile("language,kind,source,text\r\ncs,value,Navy,Námořnická modrá\r\n");
    await page.getByRole("button", { name: "Importovat CSV" }).click();
    await expect(page.getByRole("status").filter({ hasText: /Načten 1 text/ })).toBeVisible();
  }
});
