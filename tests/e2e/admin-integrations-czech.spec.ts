import { type Page, expect, test } from "@playwright/test";
import { signInAsAdmin } from "../support/admin-sign-in";
import { expectNoAxeViolations } from "../support/axe";
import { shootDesktopAndPhone } from "../support/screenshots";

// The admin's integration pages under /cs/admin (accounting export, bank statements, product feeds, legal pages,
// shop identity, webhooks) speak Czech, in their headings, forms, tables, results and refusals, and pass axe.

const SHOTS = "/tmp/shots-admin-integrations";

async function expectCzechPage(page: Page, heading: string, texts: readonly string[]) {
  await expect(page.locator("html")).toHaveAttribute("lang", "cs");
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  for (const text of texts) await expect(page.getByText(text, { exact: true }).first()).toBeVisible();
}

test("the integration pages speak Czech under /cs/admin and pass axe", async ({ page }) => {
  test.slow();
  await signInAsAdmin(page, "/cs/admin/accounting");
  // Path, heading, the page's title (before " · Administrace · shop"), and words the page shows.
  const pages = [
    ["accounting", "Export pro účetnictví", "Export pro účetnictví", ["Od (první den)", "Stáhnout ZIP"]],
    [
      "bank-statements",
      "Bankovní výpisy",
      "Bankovní výpisy",
      ["Soubor s výpisem (camt.053 XML nebo CSV)", "Zobrazit spárování"],
    ],
    ["feeds", "Produktové feedy", "Produktové feedy", ["Adresy feedů", "Exportované produkty", "Ve feedech"]],
    ["legal", "Právní stránky", "Právní stránky", ["Obchodní podmínky", "Zveřejněno"]],
    ["legal/terms", "Obchodní podmínky", "Úprava právní stránky", ["← Právní stránky", "Text (Markdown)"]],
    ["shop-identity", "Údaje o obchodu", "Údaje o obchodu", ["Obchodní firma", "Uložit údaje o obchodu"]],
    ["webhooks", "Webhooky", "Webhooky", ["Nový koncový bod", "Zaregistrovat koncový bod"]],
  ] as const;
  for (const [path, heading, title, texts] of pages) {
    await page.goto(`/cs/admin/${path}`);
    await expectCzechPage(page, heading, texts);
    await expect(page).toHaveTitle(new RegExp(`^${title} · Administrace · `));
    await expectNoAxeViolations(page);
    await shootDesktopAndPhone(page, SHOTS, path.replace("/", "-"));
  }
  // Links and forms stay in Czech.
  await page.goto("/cs/admin/legal");
  await expect(page.getByRole("link", { name: "Obchodní podmínky" })).toHaveAttribute("href", "/cs/admin/legal/terms");
  await page.goto("/cs/admin/feeds");
  await page.getByLabel("Hledat podle názvu nebo SKU").fill("zzz-nothing-matches");
  await page.getByRole("button", { name: "Hledat", exact: true }).click();
  await expect(page).toHaveURL(/\/cs\/admin\/feeds\?q=zzz-nothing-matches$/);
  await expect(page.getByText("Hledání neodpovídá žádný aktivní produkt.")).toBeVisible();
});

test("a refused Czech accounting range names the problem in Czech", async ({ page }) => {
  await signInAsAdmin(page, "/cs/admin/accounting?from=2031-03-09&to=2031-03-01");
  await expect(page.getByText("Opravte prosím označená data.")).toBeVisible();
  await expect(page.getByText("Datum začátku je až po datu konce.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/cs/admin/accounting?from=2031-03-01&to=2031-03-31");
  await expect(page.getByRole("heading", { level: 2, name: "1. 3. 2031 až 31. 3. 2031" })).toBeVisible();
  await expect(page.getByText("0 faktur a 0 dobropisů.")).toBeVisible();
});

test("a bank statement previewed on the Czech admin shows its matches in Czech", async ({ page }) => {
  await signInAsAdmin(page, "/cs/admin/bank-statements");
  const csv = [
    "date,amount,currency,reference,counterparty,id",
    "2026-12-01,1234.50,EUR,VS 999999901,Jana Nováková,e2e-cs-1",
    "2026-12-02,20.00,EUR,,Petr Svoboda,e2e-cs-2",
  ].join("\n");
  await page.getByLabel("Soubor s výpisem (camt.053 XML nebo CSV)").setInputFiles({
    name: "vypis.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv),
  });
  await page.getByRole("button", { name: "Zobrazit spárování" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Náhled" })).toBeVisible();
  await expect(page.getByText("2 příchozí platby; použít lze 0 (přesná částka, jedna objednávka).")).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Plátce" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "1. 12. 2026" })).toBeVisible();
  await expect(page.getByRole("cell", { name: /^1\s234,50\s€$/ })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Nespárováno: Platba neuvádí platební referenci." })).toBeVisible();
  await expectNoAxeViolations(page);
  await shootDesktopAndPhone(page, SHOTS, "bank-statement-preview");

  // A file that is not a statement is refused in Czech too.
  await page.getByLabel("Soubor s výpisem (camt.053 XML nebo CSV)").setInputFiles({
    name: "prazdny.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(""),
  });
  await page.getByRole("button", { name: "Zobrazit spárování" }).click();
  await expect(page.getByText("Vyberte soubor s výpisem.")).toBeVisible();
});

test("a webhook endpoint registered on the Czech admin, with its delivery log in Czech", async ({ page }) => {
  test.slow();
  await signInAsAdmin(page, "/cs/admin/webhooks");
  // Nothing listens on port 9 of loopback: the test event's delivery fails, which fills the delivery log.
  const url = `http://127.0.0.1:9/hooks/${Date.now()}`;
  await page.getByLabel("URL", { exact: true }).fill(url);
  await page.getByLabel("Popis (nepovinné)").fill("Sklad");
  await page.getByLabel(/order\.paid/).check();
  await expect(page.getByText("Platba objednávky proběhla.")).toBeVisible();
  await page.getByRole("button", { name: "Zaregistrovat koncový bod" }).click();
  await expect(page.getByRole("heading", { name: "Podpisový klíč nového koncového bodu" })).toBeVisible();
  await expect(page.getByText("Zkopírujte si ho hned.")).toBeVisible();
  await expectNoAxeViolations(page);
  await shootDesktopAndPhone(page, SHOTS, "webhook-created");

  await page.getByRole("link", { name: "Otevřít koncový bod" }).click();
  await expect(page).toHaveURL(/\/cs\/admin\/webhooks\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: url })).toBeVisible();
  await page.getByRole("button", { name: "Poslat testovací událost" }).click();
  await expect(
    page.getByText("Testovací událost je ve frontě; její doručení uvidíte po obnovení stránky."),
  ).toBeVisible();
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("cell", { name: /webhook\.test/ })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByRole("columnheader", { name: "Poslední odpověď" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Záznam doručení" })).toBeVisible();
  await expectNoAxeViolations(page);
  await shootDesktopAndPhone(page, SHOTS, "webhook-detail");

  await page.getByRole("button", { name: "Vypnout" }).click();
  await expect(page.getByText("Vypnuto.", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Smazat koncový bod" }).click();
  await expect(page).toHaveURL(/\/cs\/admin\/webhooks\?notice=deleted$/);
  await expect(page.getByText("Koncový bod byl smazán.")).toBeVisible();
  await page.goto("/cs/admin/webhooks");
  await expectNoAxeViolations(page);
  await shootDesktopAndPhone(page, SHOTS, "webhooks-list");
});
