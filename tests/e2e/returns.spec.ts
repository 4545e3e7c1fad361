import { expect, test } from "@playwright/test";
import { completeAdminSignIn } from "../support/admin-sign-in";
import { expectNoAxeViolations } from "../support/axe";
import { withE2eDatabase } from "../support/e2e-database";
import { buyAsGuest } from "../support/guest-checkout";

// The right of withdrawal end to end: a guest buys, staff ship and deliver, the shopper asks to return an item from
// the order page, staff approve, receive (back into stock) and refund it; axe finds nothing on the returns pages.

test("a shopper returns an item; staff approve, receive and refund it", async ({ page, browser }, testInfo) => {
  test.slow();
  const order = await buyAsGuest(page, `returns-journey-${Date.now()}@example.com`);

  const staffContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const admin = await staffContext.newPage();
  await admin.goto("/login?next=%2Fadmin%2Forders");
  await completeAdminSignIn(admin);
  await expect(admin.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
  const orderId = new URL(order.url).pathname.split("/").pop() ?? "";
  await admin.goto(`/admin/orders/${orderId}`);
  await admin.getByLabel("Carrier").fill("DHL");
  await admin.getByLabel("Tracking number").fill("JD014600009999");
  await admin.getByRole("button", { name: "Mark as shipped" }).click();
  await expect(admin.getByText(/Marked as shipped/)).toBeVisible();
  await admin.getByRole("button", { name: "Mark as delivered" }).click();
  await expect(admin.getByText(/Marked as delivered/)).toBeVisible();

  // The shopper asks to return one unit from the order page.
  await page.goto(order.url);
  const returns = page.getByRole("region", { name: "Returns" });
  await expect(returns).toContainText("You can return items until");
  await returns.getByRole("link", { name: "Return items" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Return items from order ${order.number}` })).toBeVisible();
  await expectNoAxeViolations(page);
  // More than was bought is refused next to the field.
  const units = page.getByRole("spinbutton").first();
  await units.fill("99");
  await page.getByRole("button", { name: "Request the return" }).click();
  await expect(page.getByText(/can still be returned/).last()).toBeVisible();
  await expect(units).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  await units.fill("1");
  await page.getByLabel("Reason (optional)").fill("Wrong ruling");
  await page.getByRole("button", { name: "Request the return" }).click();
  await expect(page.getByText("Thank you, we received your return request.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Returns" })).toContainText(`Return ${order.number}-R1: Requested`);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath("shopper-return-requested.png"), fullPage: true });

  // Staff find it in the returns list and from the order page.
  await admin.getByRole("navigation", { name: "Admin sections" }).getByRole("link", { name: "Returns" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Returns" })).toBeVisible();
  await expect(admin.getByRole("row", { name: new RegExp(`${order.number}-R1`) })).toContainText("Requested");
  await expectNoAxeViolations(admin);
  await admin.goto(`/admin/orders/${orderId}`);
  await admin
    .getByRole("region", { name: "Returns" })
    .getByRole("link", { name: `${order.number}-R1` })
    .click();
  await expect(admin.getByRole("heading", { level: 1, name: `Return ${order.number}-R1` })).toBeVisible();
  await expect(admin.getByText("Wrong ruling")).toBeVisible();
  await expectNoAxeViolations(admin);

  // Rejecting needs a note: the empty form is refused next to the field.
  await admin.getByRole("button", { name: "Reject return" }).click();
  await expect(admin.getByLabel("Why it is rejected")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(admin);

  await admin.getByLabel("Note for the shopper (optional)").fill("Please use the label in the parcel.");
  await admin.getByRole("button", { name: "Approve return" }).click();
  await expect(admin.getByText(/Return approved/)).toBeVisible();
  await expect(admin.locator(".order-head .badge")).toHaveText("Approved");
  await expectNoAxeViolations(admin);

  await expect(admin.getByRole("checkbox", { name: /1 × Dot Grid Notebook/ })).toBeChecked();
  await admin.getByRole("button", { name: "Mark as received" }).click();
  await expect(admin.getByText(/Marked as received/)).toBeVisible();
  await expect(admin.locator(".order-head .badge")).toHaveText("Received");

  await admin.getByRole("button", { name: "Refund return" }).click();
  await expect(admin.getByText(/Refund booked/)).toBeVisible();
  await expect(admin.locator(".order-head .badge")).toHaveText("Refunded");
  await expect(admin.getByRole("link", { name: /^CN-\d{4}-\d{6}$/ })).toBeVisible();
  await expect(admin.getByText("Nothing more to do with this return.")).toBeVisible();
  await expectNoAxeViolations(admin);
  await admin.screenshot({ path: testInfo.outputPath("staff-return-refunded.png"), fullPage: true });

  // The shopper's page follows; the database holds one refund, one credit note and one stock movement.
  await page.goto(order.url);
  await expect(page.getByRole("region", { name: "Returns" })).toContainText(`Return ${order.number}-R1: Refunded`);
  await expect(page.getByTestId("refunded-total")).toBeVisible();
  const facts = await withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ refunds: number; notes: number; moves: number; mails: string[] }>(
      `SELECT
         (SELECT count(*)::int FROM refunds f WHERE f."returnId" = r.id) AS refunds,
         (SELECT count(*)::int FROM credit_notes c JOIN refunds f ON f.id = c."refundId" WHERE f."returnId" = r.id) AS notes,
         (SELECT count(*)::int FROM stock_adjustments s JOIN return_lines l ON l.id = s."returnLineId"
            WHERE l."returnId" = r.id) AS moves,
         (SELECT array_agg(o.payload->>'step' ORDER BY o."createdAt") FROM email_outbox o
            WHERE o.template = 'return-update' AND o.payload->>'returnId' = r.id::text) AS mails
       FROM return_requests r WHERE r.number = $1`,
      [`${order.number}-R1`],
    );
    return rows[0];
  });
  expect(facts).toEqual({ refunds: 1, notes: 1, moves: 1, mails: ["requested", "approved", "received"] });
  await staffContext.close();
});
