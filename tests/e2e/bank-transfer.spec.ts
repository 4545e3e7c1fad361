import { type Page, expect, test } from "@playwright/test";
import { completeAdminSignIn } from "../support/admin-sign-in";
import { expectNoAxeViolations } from "../support/axe";
import { decodeQrPng } from "../support/decode-qr";
import { withE2eDatabase } from "../support/e2e-database";
import { fillGuestCheckout, placeReviewedOrder } from "../support/guest-checkout";

// A guest pays by bank transfer: the order page shows the account, amount, reference, due date and a QR code that a
// QR reader decodes to the payload the API gave; staff record the transfer on the admin order page, and the
// shopper's page then shows the order paid.

async function checkoutWithBankTransfer(page: Page, email: string) {
  await fillGuestCheckout(page, email, /Bank transfer/);
  await expect(page.getByRole("heading", { name: "Review your order" })).toBeVisible();
  await placeReviewedOrder(page);
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}\?token=/);
}

test("a guest pays by bank transfer: instructions and QR code, staff record the payment, the order shows paid", async ({
  page,
  browser,
}, testInfo) => {
  // Checkout, a staff login and QR decoding in two browsers: sized for a slow, shared machine.
  test.slow();
  const email = `bank-e2e-${Date.now()}@example.com`;
  await checkoutWithBankTransfer(page, email);
  const orderUrl = page.url();
  const number = ((await page.getByRole("heading", { level: 1 }).textContent()) ?? "").replace("Order ", "").trim();
  const { id, totalMinor, iban, accountHolder } = await withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ id: string; totalMinor: number; iban: string; accountHolder: string }>(
      `SELECT o.id, o."totalMinor", a.iban, a."accountHolder" FROM orders o
         JOIN bank_accounts a ON a.currency = o.currency WHERE o.number = $1`,
      [number],
    );
    const row = rows[0];
    if (!row) throw new Error(`order ${number} not found`);
    return row;
  });

  // The instructions, as the shopper reads them.
  const details = page.getByTestId("payment-instructions");
  await expect(page.getByRole("heading", { name: "Pay by bank transfer" })).toBeVisible();
  await expect(page.getByText("Awaiting payment")).toBeVisible();
  await expect(details).toContainText(accountHolder);
  await expect(details).toContainText(iban.replace(/(.{4})(?=.)/g, "$1 "));
  await expect(details).toContainText("GIBACZPX");
  await expect(details).toContainText(`€${(totalMinor / 100).toFixed(2)}`);
  await expect(details).toContainText("EUR");
  await expect(details).toContainText(number);
  await expect(details).toContainText(/Pay by\s*\d{1,2} \w+ \d{4}/);

  // The QR code on the page, read back from the pixels the browser shows, is the EPC QR payload of this order.
  const qr = page.getByTestId("payment-qr");
  await expect(qr).toBeVisible();
  await expect(qr).toHaveAttribute(
    "alt",
    new RegExp(`^Payment QR code .*IBAN ${iban.slice(0, 4)} .*reference ${number}`),
  );
  const decoded = decodeQrPng(await qr.screenshot());
  expect(decoded).toBe(
    [
      "BCD",
      "002",
      "1",
      "SCT",
      "GIBACZPX",
      accountHolder,
      iban,
      `EUR${(totalMinor / 100).toFixed(2)}`,
      "",
      "",
      number,
    ].join("\n"),
  );

  // Nothing on the page with the instructions that axe objects to.
  await expectNoAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath("bank-transfer-order.png"), fullPage: true });

  // The e-mail with the same instructions was queued with the order.
  const queued = await withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM email_outbox WHERE template = 'bank-transfer-instructions' AND recipient = $1`,
      [email],
    );
    return Number(rows[0]?.n ?? 0);
  });
  expect(queued).toBe(1);

  // Staff record the transfer they see on the bank account.
  const staffContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const admin = await staffContext.newPage();
  await admin.goto(`/admin/orders/${id}`);
  await completeAdminSignIn(admin);
  await expect(admin.getByRole("navigation", { name: "Admin sections" })).toBeVisible();
  await admin.goto(`/admin/orders/${id}`);
  await expect(admin.getByRole("heading", { level: 1, name: `Order ${number}` })).toBeVisible();
  await admin.getByLabel(/Amount received/).fill((totalMinor / 100).toFixed(2));
  await admin.getByLabel("Reference on the statement (optional)").fill(`VS ${number}`);
  await admin.getByRole("button", { name: "Record transfer" }).click();
  await expect(admin.getByText(/Paid/).first()).toBeVisible();
  await staffContext.close();

  // The shopper's page (the signed link from the e-mail) now shows the order paid, without the instructions.
  await page.goto(orderUrl);
  await expect(page.getByText(/Thank you! Your order is paid/)).toBeVisible();
  await expect(page.getByTestId("payment-instructions")).toHaveCount(0);
});
