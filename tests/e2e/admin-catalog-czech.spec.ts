import { mkdirSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signInAsAdmin } from "../support/admin-sign-in";
import { expectNoAxeViolations } from "../support/axe";

// The catalog admin in Czech: under /cs/admin a new product, its page, the categories and the CSV import speak
// Czech — labels, notices, refusals, amounts typed with a decimal comma, numbers and dates as Czech writes them.

const SHOTS = "/tmp/shots-admin-catalog";

test("a Czech admin creates a product, adjusts its stock, sees the categories and checks an import in Czech", async ({
  page,
}) => {
  test.setTimeout(90_000);
  mkdirSync(SHOTS, { recursive: true });
  const suffix = randomUUID().slice(0, 6);
  const name = `Stolní lampa ${suffix}`;
  const sku = `SL-${suffix.toUpperCase()}`;
  await signInAsAdmin(page, "/cs/admin/products/new");

  // New product: Czech words, a price typed with a decimal comma.
  await expect(page).toHaveURL(/\/cs\/admin\/products\/new$/);
  await expect(page.getByRole("heading", { level: 1, name: "Nový produkt" })).toBeVisible();
  await expect(page.getByRole("group", { name: "První varianta" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Název", { exact: true }).fill(name);
  await expect(page.getByLabel("Slug (část webové adresy)")).toHaveValue(`stolni-lampa-${suffix}`);
  await expect(page.getByLabel("Sazba DPH (%)")).not.toHaveValue(/\./);
  await page.getByLabel("Kategorie").selectOption({ label: "Home" });
  await page.getByLabel("Stav").selectOption("ACTIVE");
  await expect(page.getByLabel("Stav")).toContainText("Aktivní (v obchodě)");
  await page.getByLabel("SKU").fill(sku);
  await page.getByLabel("Cena (EUR)").fill("49,90");
  await page.getByLabel("Počet kusů skladem").fill("3");
  await page.getByRole("button", { name: "Vytvořit produkt" }).click();

  // The product's page stays in Czech.
  await expect(page).toHaveURL(/\/cs\/admin\/products\/[0-9a-f-]{36}\?created=1$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Produkt byl vytvořen." })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Varianty a sklad" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "K dispozici" })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(sku) }).first()).toContainText("49,90 €");
  await expect(page.getByLabel("Cena (EUR)").first()).toHaveValue("49,90");
  await expect(page.getByRole("heading", { name: "Obrázky" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Nahrát obrázek" })).toBeVisible();
  const history = page.getByRole("table", { name: "Poslední ruční změny zásob, nejnovější první" });
  await expect(history.getByRole("row").nth(1)).toContainText("Počáteční zásoba");

  // A stock change: the notice and the history in Czech, the date as Czech writes it.
  await page.getByLabel("Změna v kusech").fill("-1");
  await page.getByLabel("Důvod").fill("Poškozeno při přepravě");
  await page.getByRole("button", { name: `Změnit zásobu ${sku}` }).click();
  await expect(page.getByText(`Zásoba ${sku}: nyní skladem 2, k dispozici 2.`)).toBeVisible();
  await expect(history.getByRole("row").nth(1)).toContainText("Poškozeno při přepravě");
  await expect(history.getByRole("row").nth(1).getByRole("cell").first()).toHaveText(/^\d{1,2}\. \d{1,2}\. \d{4}/);

  // A refusal from the catalog's rules, in Czech next to its field.
  await page.getByLabel("Sazba DPH (%)").fill("sto");
  await page.getByRole("button", { name: "Uložit produkt" }).click();
  await expect(page.locator("#product-vat-error")).toHaveText(
    "Sazba DPH musí být v procentech od 0 do 100, např. 21 nebo 13,5.",
  );
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/cs-product.png`, fullPage: true });

  // Categories.
  await page.goto("/cs/admin/categories");
  await expect(page.getByRole("heading", { level: 1, name: "Kategorie" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Nová kategorie" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Vytvořit kategorii" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Posunout Clothing dolů" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^\d+ produkt(y|ů)?$/ }).first()).toBeVisible();
  await page.getByText("Upravit Clothing").click();
  await expect(page.getByLabel("Archivovaná: skrýt tuto kategorii a její produkty v obchodě").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/cs-categories.png`, fullPage: true });

  // Import: the file's problems come back in Czech; a good file previews its changes in Czech words.
  await page.goto("/cs/admin/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import produktů" })).toBeVisible();
  await page.getByText("Sloupce", { exact: true }).click();
  await expect(page.getByText("povinný; určuje variantu (velkými písmeny)")).toBeVisible();
  await page.getByLabel("Soubor CSV").setInputFiles({
    name: "products.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("product_name\r\nLampa\r\n"),
  });
  await page.getByRole("button", { name: "Zkontrolovat soubor (nanečisto)" }).click();
  await expect(page.getByRole("heading", { name: "2. Náhled: nejdříve opravte tyto řádky" })).toBeVisible();
  await expect(page.getByRole("table", { name: /Problémy podle řádků/ })).toContainText("Soubor musí mít sloupec sku.");
  await expectNoAxeViolations(page);

  await page.getByLabel("Soubor CSV").setInputFiles({
    name: "products.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`sku,price,stock_on_hand\r\n${sku},45.00,5\r\n`),
  });
  await page.getByRole("button", { name: "Zkontrolovat soubor (nanečisto)" }).click();
  await expect(page.getByRole("heading", { name: "2. Náhled: připraveno k importu" })).toBeVisible();
  const preview = page.getByRole("table", { name: "Řádky, které něco mění" });
  await expect(preview).toContainText("cena 49,90 € → 45,00 €, zásoba 2 → 5");
  await expect(page.getByRole("button", { name: "Importovat 1 řádek" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/cs-import.png`, fullPage: true });
});
