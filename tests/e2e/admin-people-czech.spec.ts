import { mkdirSync } from "node:fs";
import { type Page, expect, test } from "@playwright/test";
import { testAccounts } from "../support/accounts";
import { completeAdminSignIn } from "../support/admin-sign-in";
import { expectNoAxeViolations } from "../support/axe";
import { withE2eDatabase } from "../support/e2e-database";
import { buyAsGuest } from "../support/guest-checkout";

// The people side of the admin in Czech: customers (list and account), the audit log, the mailbox and returns under
// /cs/admin speak Czech, their links and forms stay under /cs, and axe finds nothing on any of them.

const SHOTS = process.env.ADMIN_SHOTS_DIR ?? "/tmp/admin-people-czech";

async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** A return of one unit of the order's first line, as the shopper's order link would ask for it. */
async function requestReturn(orderNumber: string, reason: string): Promise<string> {
  return withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ orderId: string; lineId: string }>(
      `SELECT o.id AS "orderId", l.id AS "lineId" FROM orders o JOIN order_lines l ON l."orderId" = o.id
        WHERE o.number = $1 ORDER BY l.id LIMIT 1`,
      [orderNumber],
    );
    const row = rows[0];
    if (!row) throw new Error(`order ${orderNumber} not found`);
    const inserted = await client.query<{ id: string }>(
      `INSERT INTO return_requests (id, number, "orderId", reason, "requestedBy", "updatedAt")
        VALUES (gen_random_uuid(), $1, $2, $3, 'link', now()) RETURNING id`,
      [`${orderNumber}-R1`, row.orderId, reason],
    );
    const returnId = inserted.rows[0]?.id ?? "";
    await client.query(
      `INSERT INTO return_lines (id, "returnId", "orderLineId", quantity) VALUES (gen_random_uuid(), $1, $2, 1)`,
      [returnId, row.lineId],
    );
    return returnId;
  });
}

test("customers, audit log, mailbox and returns speak Czech under /cs/admin", async ({ page, browser }, testInfo) => {
  test.slow();
  const shopper = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const order = await buyAsGuest(await shopper.newPage(), `people-czech-${Date.now()}@example.com`);
  await shopper.close();
  await requestReturn(order.number, "Špatná velikost");

  // Not signed in: the gate sends a Czech visitor to the Czech sign-in page, which brings them back.
  await page.goto("/cs/admin/customers");
  await expect(page).toHaveURL(/\/cs\/login\?next=%2Fadmin%2Fcustomers$/);
  await page.goto(`/login?next=${encodeURIComponent("/cs/admin/customers")}`);
  await completeAdminSignIn(page);
  await expect(page).toHaveURL(/\/cs\/admin\/customers$/);

  await expect(page.getByRole("heading", { level: 1, name: "Zákazníci" })).toBeVisible();
  await expect(page.getByText(/\d+ zákaznick(ý účet|é účty|ých účtů)/)).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Účet založen" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Stránky" })).toContainText(/Strana 1 z \d+ \(\d+ zákazník/);
  await expectNoAxeViolations(page, { waitForHeading: true });
  await shot(page, "cs-customers");

  // Searching keeps the language; the customer's account page too.
  await page.getByLabel("Hledat podle e-mailu nebo jména").fill(testAccounts.customerEmail);
  await page.getByRole("button", { name: "Hledat" }).click();
  await expect(page).toHaveURL(/\/cs\/admin\/customers\?q=/);
  await expect(page.getByRole("link", { name: "Zrušit hledání" })).toHaveAttribute("href", "/cs/admin/customers");
  const customer = page.getByRole("row", { name: new RegExp(testAccounts.customerEmail) }).getByRole("link");
  await expect(customer).toHaveAttribute("href", /^\/cs\/admin\/customers\//);
  await customer.click();
  await expect(page.getByRole("region", { name: "Účet" })).toContainText(testAccounts.customerEmail);
  await expect(page.getByRole("link", { name: "← Zákazníci" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Uložené adresy" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Objednávky" })).toBeVisible();
  await expect(page.getByText("Utraceno (zaplaceno, po odečtení vrácených peněz)")).toBeVisible();
  await expectNoAxeViolations(page, { waitForHeading: true });
  await shot(page, "cs-customer");

  // Returns: the list's tabs and columns, then the return, approved from its Czech page.
  await page.goto("/cs/admin/returns");
  await expect(page.getByRole("heading", { level: 1, name: "Vratky" })).toBeVisible();
  const tabs = page.getByRole("navigation", { name: "Filtrovat podle stavu" });
  await expect(tabs.getByRole("link", { name: "Vše" })).toHaveAttribute("aria-current", "page");
  await expect(tabs.getByRole("link", { name: "Požadováno" })).toHaveAttribute(
    "href",
    "/cs/admin/returns?status=REQUESTED",
  );
  await expect(page.getByRole("columnheader", { name: "Zákazník" })).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(`${order.number}-R1`) });
  await expect(row).toContainText("Požadováno");
  await expect(page.getByRole("navigation", { name: "Stránky" })).toContainText(/\(\d+ vrat(ka|ky|ek)\)/);
  await expectNoAxeViolations(page, { waitForHeading: true });
  await shot(page, "cs-returns");

  await row.getByRole("link", { name: `${order.number}-R1` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Vratka ${order.number}-R1` })).toBeVisible();
  await expect(page.getByText(/přes odkaz z objednávky · časy v pásmu/)).toBeVisible();
  await expect(page.getByText("Špatná velikost")).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Zpět skladem" })).toBeVisible();
  await expect(page.getByText("Peníze zatím nebyly vráceny.")).toBeVisible();
  await expectNoAxeViolations(page, { waitForHeading: true });
  await shot(page, "cs-return");
  // An empty rejection is refused next to its field, in Czech.
  await page.getByRole("button", { name: "Zamítnout vratku" }).click();
  await expect(page.getByLabel("Proč je zamítnuta")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("alert").first()).toContainText("Opravte prosím označená pole.");
  await page.getByLabel("Poznámka pro zákazníka (nepovinná)").fill("Přiložte prosím štítek.");
  await page.getByRole("button", { name: "Schválit vratku" }).click();
  await expect(page).toHaveURL(/\/cs\/admin\/returns\/[0-9a-f-]+\?notice=approved$/);
  await expect(page.getByRole("status").filter({ hasText: "Vratka schválena." })).toBeVisible();
  await expect(page.locator(".order-head .badge")).toHaveText("Schváleno");

  // The audit log names the approval in words; its code stays for filtering.
  await page.goto("/cs/admin/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Záznam změn" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Změny (před → po)" })).toBeVisible();
  const approval = page.getByRole("row").filter({ hasText: "Vratka schválena" }).first();
  await expect(approval).toContainText("return.approve");
  await expect(approval).toContainText("Vratka");
  await expect(approval).toContainText("Přihlášení");
  await expectNoAxeViolations(page, { waitForHeading: true });
  await shot(page, "cs-audit");
  await page.getByLabel("Kód akce").fill("return.");
  await page.getByRole("button", { name: "Filtrovat" }).click();
  await expect(page).toHaveURL(/\/cs\/admin\/audit\?.*action=return\./);
  await expect(page.getByRole("row").filter({ hasText: "Vratka schválena" }).first()).toBeVisible();
  // A bad date range is refused next to the field, in Czech.
  await page.goto("/cs/admin/audit?from=2026-12-05&to=2026-12-01");
  await expect(page.getByText("Koncové datum je před počátečním.")).toBeVisible();
  await expect(page.getByText("Opravte označené filtry, aby se záznam zobrazil.")).toHaveAttribute("role", "alert");
  await expectNoAxeViolations(page, { waitForHeading: true });

  // The mailbox: the guest's order confirmation is kept, and its page is Czech around the message.
  await page.goto("/cs/admin/mailbox");
  await expect(page.getByRole("heading", { level: 1, name: "Pošta" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Nedoručené" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Předmět" })).toBeVisible();
  await expectNoAxeViolations(page, { waitForHeading: true });
  await shot(page, "cs-mailbox");
  const message = page.getByRole("table", { name: "Uložené zprávy, od nejnovějších" }).getByRole("link").first();
  await expect(message).toHaveAttribute("href", /^\/cs\/admin\/mailbox\//);
  await message.click();
  await expect(page.getByRole("link", { name: "← Pošta" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Textová část" })).toBeVisible();
  // The message's own HTML sits in a script-less sandbox that axe cannot enter: its frame is checked by its name.
  await expect(page.locator("iframe.mail-frame")).toHaveAttribute("title", /^Část HTML zprávy „.+“$/);

  // The English pages are unchanged.
  await page.goto("/admin/returns");
  await expect(page.getByRole("heading", { level: 1, name: "Returns" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Pages" })).toContainText(/\(\d+ returns?\)/);
});
