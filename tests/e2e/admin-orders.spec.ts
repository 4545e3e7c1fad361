import { expect, test } from "@playwright/test";
import { completeAdminSignIn } from "../support/admin-sign-in";
import { expectNoAxeViolations } from "../support/axe";
import { withE2eDatabase } from "../support/e2e-database";
import { buyAsGuest } from "../support/guest-checkout";

// A shopper buys through the real checkout and the built-in payment page; staff find the order, ship it, refund
// part of it, and the shopper's page, the e-mail outbox and the dashboard all follow.

/** "€1,234.50" → 123450 */
function minorOf(text: string | null): number {
  const digits = (text ?? "").replace(/[^\d.]/g, "");
  return Math.round(Number(digits) * 100);
}

test("staff find a paid order, ship it and refund part of it; shopper, outbox and dashboard follow", async ({
  page,
  browser,
}, testInfo) => {
  // A long journey with axe scans: three times the default timeout on a busy 2-core machine.
  test.slow();
  const shopperEmail = `admin-journey-${Date.now()}@example.com`;
  const order = await buyAsGuest(page, shopperEmail);

  const staffContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const admin = await staffContext.newPage();
  await admin.goto("/admin");
  await expect(admin).toHaveURL(/\/login\?next=%2Fadmin$/);
  await completeAdminSignIn(admin);
  await expect(admin.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  const revenueBefore = minorOf(await admin.getByTestId("revenue-1-net").textContent());
  expect(revenueBefore).toBeGreaterThan(0);
  await expectNoAxeViolations(admin);
  await admin.screenshot({ path: testInfo.outputPath("dashboard.png"), fullPage: true });

  // Find the order by its number.
  await admin.getByRole("navigation", { name: "Admin sections" }).getByRole("link", { name: "Orders" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
  await admin.getByLabel("Search").fill(order.number);
  await admin.getByRole("button", { name: "Filter" }).click();
  await expect(admin).toHaveURL(new RegExp(`q=${order.number}`));
  const row = admin.getByRole("row", { name: new RegExp(order.number) });
  await expect(row).toContainText("Paid");
  await expect(row).toContainText(shopperEmail);
  await expectNoAxeViolations(admin);
  await admin.screenshot({ path: testInfo.outputPath("orders.png"), fullPage: true });
  await row.getByRole("link", { name: order.number }).click();
  await expect(admin.getByRole("heading", { level: 1, name: `Order ${order.number}` })).toBeVisible();
  await expectNoAxeViolations(admin);

  // Ship it.
  await admin.getByLabel("Carrier").fill("DHL");
  await admin.getByLabel("Tracking number").fill("JD014600003828");
  await admin.getByRole("button", { name: "Mark as shipped" }).click();
  await expect(admin.getByText(/Marked as shipped/)).toBeVisible();
  await expect(admin.locator(".order-head .badge")).toHaveText("Shipped");
  await expect(admin.getByTestId("order-emails")).toContainText("Order shipped");
  const shippedMails = await withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ recipient: string; dedupeKey: string }>(
      `SELECT recipient, "dedupeKey" FROM email_outbox o JOIN orders ON orders.id::text = o.payload->>'orderId'
        WHERE orders.number = $1 AND template = 'order-shipped'`,
      [order.number],
    );
    return rows;
  });
  expect(shippedMails).toHaveLength(1);
  expect(shippedMails[0]?.recipient).toBe(shopperEmail);

  // The shopper sees it shipped, with the tracking number.
  await page.goto(order.url);
  await expect(page.getByText(/Your order is shipped/)).toBeVisible();
  await expect(page.getByTestId("tracking-number")).toHaveText("JD014600003828");
  await expect(page.getByText(/with DHL/)).toBeVisible();

  // Refund part of it.
  const total = minorOf(await admin.getByTestId("order-total").textContent());
  await admin.getByLabel(/Amount \(EUR\)/).fill("5.00");
  await admin.getByLabel("Reason", { exact: true }).fill("Damaged packaging");
  await admin.getByRole("button", { name: "Refund", exact: true }).click();
  await expect(admin.getByText(/Refund booked/)).toBeVisible();
  await expect(admin.getByTestId("order-refunded")).toHaveText("−€5.00");
  expect(minorOf(await admin.getByTestId("order-net").textContent())).toBe(total - 500);
  await expect(admin.getByRole("region", { name: "Refunds" })).toContainText("Damaged packaging");
  await expect(admin.getByRole("link", { name: /^CN-\d{4}-\d{6}$/ })).toBeVisible();
  await expect(admin.getByTestId("order-emails")).toContainText("Refund");
  await expectNoAxeViolations(admin);
  await admin.screenshot({ path: testInfo.outputPath("order.png"), fullPage: true });

  await page.reload();
  await expect(page.getByTestId("refunded-total")).toHaveText("−€5.00");
  await page.screenshot({ path: testInfo.outputPath("shopper-order.png"), fullPage: true });

  // The dashboard's revenue today is lower by exactly the refund.
  await admin.goto("/admin");
  expect(minorOf(await admin.getByTestId("revenue-1-net").textContent())).toBe(revenueBefore - 500);
  await staffContext.close();
});

test("the order list explains filters it cannot use", async ({ page }) => {
  await page.goto("/login?next=%2Fadmin%2Forders");
  await completeAdminSignIn(page);
  await expect(page.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
  await page.goto("/admin/orders?from=2026-02-30&status=LOST");
  await expect(page.locator("main").getByRole("alert")).toContainText("Some filters could not be used");
  await expect(page.getByLabel("Placed from")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("That date does not exist.")).toBeVisible();
  await expectNoAxeViolations(page);
});
