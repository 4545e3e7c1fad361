import { randomUUID } from "node:crypto";
import { type Browser, type Locator, type Page, expect, test } from "@playwright/test";
import { testAccounts } from "../support/accounts";
import { signInAsAdmin } from "../support/admin-sign-in";
import { expectNoAxeViolations } from "../support/axe";

// The people-and-settings side of the admin, driven as an administrator: discount codes used at checkout,
// contact replies mailed, staff accounts and roles, personal API tokens, and the audit log of all of it.
test.describe.configure({ mode: "serial" });

const run = randomUUID().slice(0, 6).toUpperCase();
const discountCode = `E2E${run}`;
const visitorEmail = `visitor-${run.toLowerCase()}@example.com`;
const staffEmail = `staff-${run.toLowerCase()}@example.com`;
const staffPassword = "a fresh staff password";
const tokenName = `Warehouse sync ${run}`;

async function logIn(page: Page, email: string, password: string, next = "/admin") {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[/?]/g, "\\$&")}$`));
}

const logInAsAdmin = (page: Page, next?: string) => signInAsAdmin(page, next);

/** A guest in a browser of their own buys the first linen shirt with the code. */
async function buyWithCode(browser: Browser, code: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/search?q=linen");
  await page
    .getByRole("link", { name: /Linen Shirt/ })
    .first()
    .click();
  await page.locator("form button:not([disabled])", { hasText: "Add" }).first().click();
  await expect(page).toHaveURL(/\/cart\?notice=added/);
  await page.getByRole("link", { name: "Go to checkout" }).click();
  await page.getByLabel("E-mail").fill(`buyer-${run.toLowerCase()}@example.com`);
  await page.getByLabel("Full name").fill("Jana Nováková");
  await page.getByLabel("Address", { exact: true }).fill("Dlouhá 12");
  await page.getByLabel("City", { exact: true }).fill("Praha");
  await page.getByLabel("Postal code", { exact: true }).fill("110 00");
  await page.getByRole("radio", { name: /Test payment/ }).check();
  await page.getByLabel("Discount code (optional)").fill(code.toLowerCase());
  await page.getByRole("button", { name: "Review order" }).click();
  await expect(page.getByRole("rowheader", { name: "Discount" })).toBeVisible();
  await page.getByRole("checkbox", { name: /I accept the terms/ }).check();
  await page.getByRole("button", { name: "Order with obligation to pay" }).click();
  await page.getByRole("button", { name: "Pay now" }).click();
  await expect(page.getByText(/Thank you! Your order is paid/)).toBeVisible();
  await context.close();
}

test("a discount code created in the admin is used at checkout and counted", async ({ page, browser }) => {
  // Staff and a shopper in two browsers, with e-mail in between: sized for a slow, shared machine.
  test.slow();
  await logInAsAdmin(page, "/admin/discounts/new");
  await expectNoAxeViolations(page, { waitForHeading: true });
  await page.getByLabel("Code").fill(discountCode.toLowerCase());
  await page.getByLabel("Percentage of the order").check();
  await page.getByLabel("Discount", { exact: true }).fill("150");
  await page.getByRole("button", { name: "Create discount code" }).click();
  await expect(page.getByLabel("Discount", { exact: true })).toHaveAccessibleDescription(/at most 100/);
  await expect(page.getByLabel("Code")).toHaveValue(discountCode.toLowerCase());
  // React puts the submitted values back into the form when the action's transition ends, which is when the
  // button stops saying "Creating…": correct them after that.
  await expect(page.getByRole("button", { name: "Create discount code" })).toBeEnabled();
  await page.getByLabel("Discount", { exact: true }).fill("10");
  await page.getByLabel("Per-customer limit (optional)").fill("2");
  await expect(page.getByLabel("Discount", { exact: true })).toHaveValue("10");
  await page.getByRole("button", { name: "Create discount code" }).click();

  await expect(page).toHaveURL(/\/admin\/discounts\/[0-9a-f-]{36}\?notice=created$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(discountCode);
  await expect(page.getByTestId("times-used")).toHaveText("0");
  const detailUrl = page.url().replace(/\?.*$/, "");

  await buyWithCode(browser, discountCode);

  await page.goto(detailUrl);
  await expect(page.getByTestId("times-used")).toHaveText("1");
  await expect(page.getByRole("region", { name: "Orders that used it" }).getByRole("row")).toHaveCount(2);
  await expectNoAxeViolations(page, { waitForHeading: true });
  await page.goto("/admin/discounts");
  const row = page.getByRole("row", { name: new RegExp(discountCode) });
  await expect(row).toContainText("10 %");
  await expect(row.getByRole("cell").nth(4)).toHaveText("1");
  await expectNoAxeViolations(page, { waitForHeading: true });
});

test("a reply to a contact message is mailed and the message is handled", async ({ page, browser }) => {
  // Staff and a shopper in two browsers, with e-mail in between: sized for a slow, shared machine.
  test.slow();
  const visitor = await browser.newContext();
  const form = await visitor.newPage();
  await form.goto("/contact");
  const openedAt = Date.now();
  await form.getByLabel("Your name").fill(`Vera <Visitor> ${run}`);
  await form.getByLabel("Your e-mail address").fill(visitorEmail);
  await form.getByLabel("What is it about?").selectOption({ label: "Something else" });
  await form.getByLabel("Your message").fill("Do you ship to Norway?\n<b>Thanks</b> in advance.");
  await form.getByLabel(/I agree that/).check();
  await form.waitForTimeout(Math.max(0, openedAt + 2_500 - Date.now()));
  await form.getByRole("button", { name: "Send message" }).click();
  await expect(form.getByRole("heading", { name: /your message has been sent/ })).toBeVisible();
  await visitor.close();

  await logInAsAdmin(page, "/admin/messages");
  await expectNoAxeViolations(page, { waitForHeading: true });
  await page
    .getByRole("row", { name: new RegExp(`Vera <Visitor> ${run}`) })
    .getByRole("link")
    .click();
  await expect(page.getByText("Do you ship to Norway?")).toBeVisible();
  await expect(page.getByText("<b>Thanks</b> in advance.")).toBeVisible();
  await expectNoAxeViolations(page, { waitForHeading: true });

  await page.getByLabel("Your reply").fill("Yes, we do: delivery takes about five working days.");
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByText("Your reply has been queued for sending.")).toBeVisible();
  await expect(page.locator(".page-head .badge")).toHaveText("Handled");
  await expect(page.getByRole("region", { name: "Replies" })).toContainText("about five working days");

  // The mail worker delivers to the development mailbox (no SMTP_URL in tests).
  await expect(async () => {
    await page.goto("/admin/mailbox");
    await expect(page.getByRole("row", { name: new RegExp(`${visitorEmail}.*Re: Something else`) })).toBeVisible();
  }).toPass({ timeout: 20_000 });
  await page
    .getByRole("row", { name: new RegExp(visitorEmail) })
    .getByRole("link", { name: "Re: Something else" })
    .click();
  await expect(page.locator(".mail-text")).toContainText("> Do you ship to Norway?");

  await page.goto("/admin/messages?status=HANDLED");
  await expect(page.getByRole("row", { name: new RegExp(`Vera <Visitor> ${run}`) })).toContainText("Handled");
});

test("an administrator creates a staff account; staff do not see or reach the Staff section", async ({
  page,
  browser,
}) => {
  await logInAsAdmin(page, "/admin/staff");
  await expectNoAxeViolations(page, { waitForHeading: true });
  await page.getByLabel("Name", { exact: true }).fill(`Sam Staff ${run}`);
  await page.getByLabel("E-mail address").fill(staffEmail);
  await page.getByLabel("Initial password").fill(staffPassword);
  await page.getByLabel("Role", { exact: true }).selectOption("STAFF");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("The account has been created.")).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(staffEmail) });
  await expect(row).toContainText("Staff");
  await expect(row).toContainText("Active");

  const staffContext = await browser.newContext();
  const staffPage = await staffContext.newPage();
  await logIn(staffPage, staffEmail, staffPassword, "/admin/customers");
  const nav = staffPage.getByRole("navigation", { name: "Admin sections" });
  await expect(nav.getByRole("link", { name: "Customers" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Staff" })).toHaveCount(0);
  const response = await staffPage.goto("/admin/staff");
  expect(response?.status()).toBe(404);
  await staffContext.close();
});

test("an API token is shown once, works against whoami, and gets 401 once revoked", async ({ page, request }) => {
  await logInAsAdmin(page, "/admin/tokens");
  await expectNoAxeViolations(page, { waitForHeading: true });
  await page.getByLabel("Name", { exact: true }).fill(tokenName);
  await page.getByLabel("Access").selectOption("READ");
  await page.getByRole("button", { name: "Create token" }).click();
  const secretField = page.getByLabel("API token");
  await expect(secretField).toHaveValue(/^shop_[A-Za-z0-9_-]{43}$/);
  await expect(secretField).toHaveAttribute("readonly", "");
  await expect(page.getByText("It is shown only this once")).toBeVisible();
  await expectNoAxeViolations(page, { waitForHeading: true });
  const secret = await secretField.inputValue();

  // Like curl: no cookies, only the token.
  const ok = await request.get("/api/admin/whoami", { headers: { Authorization: `Bearer ${secret}` } });
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toMatchObject({ user: { email: testAccounts.adminEmail }, via: "token", scope: "READ" });

  await page.reload();
  await expect(page.getByLabel("API token")).toHaveCount(0);
  expect(await page.content()).not.toContain(secret);
  const row = page.getByRole("row", { name: new RegExp(tokenName) });
  await expect(row).toContainText(secret.slice(0, 11));
  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(
    page.getByRole("row", { name: new RegExp(tokenName) }).getByText("Revoked", { exact: true }),
  ).toBeVisible();

  const refused = await request.get("/api/admin/whoami", { headers: { Authorization: `Bearer ${secret}` } });
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({ error: { code: "unauthenticated" } });
});

test("the audit log lists these changes with before and after", async ({ page }) => {
  await logInAsAdmin(page, "/admin/audit");
  await expectNoAxeViolations(page, { waitForHeading: true });

  const changesOf = async (action: string, match: string) => {
    await page.goto(`/admin/audit?action=${encodeURIComponent(action)}`);
    const row = page.getByRole("row", { name: new RegExp(match) }).first();
    await expect(row).toBeVisible();
    await expect(row).toContainText(testAccounts.adminEmail);
    return row;
  };
  /** One field's line in a row's changes. */
  const field = (row: Locator, name: string) =>
    row.locator("li").filter({ has: page.locator(".audit-field").getByText(name, { exact: true }) });

  const created = await changesOf("discount_code.create", discountCode);
  await expect(field(created, "code").locator(".audit-before")).toHaveText("—");
  await expect(field(created, "code").locator(".audit-after")).toHaveText(`"${discountCode}"`);
  await expect(field(created, "value").locator(".audit-after")).toHaveText("1000");

  const reply = await changesOf("contact_message.reply", "about five working days");
  await expect(field(reply, "status").locator(".audit-before")).toHaveText('"NEW"');
  await expect(field(reply, "status").locator(".audit-after")).toHaveText('"HANDLED"');

  const staff = await changesOf("user.create", staffEmail);
  await expect(field(staff, "role").locator(".audit-after")).toHaveText('"STAFF"');

  const revoked = await changesOf("api_token.revoke", tokenName);
  await expect(field(revoked, "revokedAt").locator(".audit-before")).toHaveText("null");
  await expect(field(revoked, "revokedAt").locator(".audit-after")).toHaveText(/^"\d{4}-\d{2}-\d{2}T/);
  await expect(field(revoked, "name")).toContainText("(unchanged)");

  // Filters that match nothing, and one that is not valid.
  await page.goto(`/admin/audit?actor=${encodeURIComponent("nobody@example.com")}`);
  await expect(page.getByText("Nothing matches these filters.")).toBeVisible();
  await page.goto("/admin/audit?from=2026-02-30");
  await expect(page.getByLabel("From")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page, { waitForHeading: true });
});

test("axe finds no violations on the customer pages", async ({ page }) => {
  await logInAsAdmin(page, "/admin/customers");
  await expectNoAxeViolations(page, { waitForHeading: true });
  await page.getByLabel("Search by e-mail or name").fill(testAccounts.customerEmail);
  await page.getByRole("button", { name: "Search" }).click();
  await page
    .getByRole("row", { name: new RegExp(testAccounts.customerEmail) })
    .getByRole("link")
    .click();
  await expect(page.getByRole("region", { name: "Account" })).toContainText(testAccounts.customerEmail);
  await expectNoAxeViolations(page, { waitForHeading: true });
});

test("the admin pages fit a phone's width: wide tables scroll inside themselves", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await logInAsAdmin(page, "/admin/audit");
  for (const path of ["/admin/audit", "/admin/tokens", "/admin/staff", "/admin/discounts", "/admin/customers"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }
});
