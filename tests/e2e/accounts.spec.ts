import { randomUUID } from "node:crypto";
import { type Page, expect, test } from "@playwright/test";
import { testAccounts } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { latestResetUrl, withE2eDatabase } from "../support/e2e-database";

const password = "correct horse battery";
const newEmail = () => `shopper-${randomUUID()}@example.com`;

async function logInWithForm(page: Page, email: string, secret: string) {
  await page.goto("/login");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(secret);
  await page.getByRole("button", { name: "Log in" }).click();
}

async function register(page: Page, email: string, name = "Ada Shopper") {
  await page.goto("/register");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/login\?registered=1$/);
}

test("register → log in → log out → log in → edit details and addresses", async ({ page }) => {
  // A long journey: three times the default timeout on a busy 2-core machine.
  test.slow();
  const email = newEmail();
  await register(page, email);
  await logInWithForm(page, email, password);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();

  await page.getByRole("link", { name: "Log out" }).click();
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login\?next=(%2F|\/)account$/);

  await logInWithForm(page, email, password);
  await expect(page).toHaveURL(/\/account$/);
  const details = page.getByRole("region", { name: "Personal details" });
  await details.getByLabel("Name").fill("Ada Lovelace");
  await details.getByRole("button", { name: "Save details" }).click();
  await expect(details.getByText("Your details have been saved.")).toBeVisible();
  await page.reload();
  await expect(details.getByLabel("Name")).toHaveValue("Ada Lovelace");

  const addresses = page.getByRole("region", { name: "Saved addresses" });
  await addresses.getByLabel("Full name").fill("Ada Lovelace");
  await addresses.getByLabel("Street address").fill("12 Harbour Road");
  await addresses.getByLabel("Town or city").fill("Galway");
  await addresses.getByLabel("Postal code", { exact: true }).fill("H91 AB12");
  await addresses.getByLabel("Country code", { exact: true }).fill("ie");
  await addresses.getByRole("button", { name: "Add address" }).click();
  await expect(addresses.getByRole("heading", { name: "Ada Lovelace, Galway" })).toBeVisible();

  const exported = await page.request.get("/api/account/export");
  expect(exported.status()).toBe(200);
  expect(await exported.json()).toMatchObject({
    profile: { email, name: "Ada Lovelace" },
    addresses: [{ city: "Galway", country: "IE" }],
  });

  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a wrong password is refused with the same message as an unknown e-mail", async ({ page }) => {
  await logInWithForm(page, testAccounts.customerEmail, "not the password");
  const alert = page.locator(".form-message-error");
  await expect(alert).toHaveText("The e-mail address or password is not correct.");
  await expect(page).toHaveURL(/\/login$/);
  await logInWithForm(page, newEmail(), "not the password");
  await expect(page.locator(".form-message-error")).toHaveText("The e-mail address or password is not correct.");
  await expectNoAxeViolations(page);
});

test("password reset works once from the e-mailed link; a used or expired link fails", async ({ page }) => {
  // A long journey: three times the default timeout on a busy 2-core machine.
  test.slow();
  const email = newEmail();
  await register(page, email);
  await page.goto("/forgot-password");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("button", { name: "Send the link" }).click();
  const sent = page.getByRole("status").filter({ hasText: "If an account uses this address" });
  await expect(sent).toBeVisible();

  const resetUrl = new URL(await latestResetUrl(email));
  expect(resetUrl.pathname).toBe("/reset-password");
  await page.goto(resetUrl.pathname + resetUrl.search);
  await page.getByLabel("New password").fill("a brand new secret");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page).toHaveURL(/\/login\?reset=1$/);
  await logInWithForm(page, email, "a brand new secret");
  await expect(page).toHaveURL(/\/account$/);

  // The same link a second time.
  await page.goto(resetUrl.pathname + resetUrl.search);
  await page.getByLabel("New password").fill("yet another secret");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.locator(".form-message-error")).toContainText("invalid, has expired or was already used");

  // A fresh link that has expired.
  await page.goto("/forgot-password");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "If an account uses this address" })).toBeVisible();
  const expiring = new URL(await latestResetUrl(email));
  expect(expiring.search).not.toBe(resetUrl.search);
  await withE2eDatabase((client) =>
    client.query(
      `UPDATE password_reset_tokens SET "expiresAt" = now() - interval '1 minute'
        WHERE "userId" = (SELECT id FROM users WHERE email = $1)`,
      [email],
    ),
  );
  await page.goto(expiring.pathname + expiring.search);
  await page.getByLabel("New password").fill("yet another secret");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.locator(".form-message-error")).toContainText("invalid, has expired or was already used");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("registration shows field errors next to the fields, and login works", async ({ page }) => {
    await page.goto("/register");
    await page.getByLabel("Your name").fill("No Script");
    await page.getByLabel("E-mail address").fill("not-an-address");
    await page.getByLabel("Password").fill("password123");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.locator("#email-error")).toHaveText(/valid e-mail address/);
    await expect(page.locator("#password-error")).toHaveText(/too common/);
    await expect(page.getByLabel("Your name")).toHaveValue("No Script");
    await expect(page.getByLabel("E-mail address")).toHaveAttribute("aria-describedby", "email-error");

    const email = newEmail();
    await register(page, email);
    await logInWithForm(page, email, password);
    await expect(page).toHaveURL(/\/account$/);
  });
});

test("an account form refuses to act once the session has ended elsewhere", async ({ page }) => {
  const email = newEmail();
  await register(page, email);
  await logInWithForm(page, email, password);
  await expect(page).toHaveURL(/\/account$/);
  // Log out everywhere from another tab of the same browser, then use the form still open here.
  expect((await page.request.delete("/api/session")).status()).toBe(204);
  const details = page.getByRole("region", { name: "Personal details" });
  await details.getByLabel("Name").fill("Should Not Save");
  await details.getByRole("button", { name: "Save details" }).click();
  await expect(details.locator(".form-message-error")).toHaveText("Log in to continue.");
  const saved = await withE2eDatabase((client) =>
    client.query<{ name: string }>("SELECT name FROM users WHERE email = $1", [email]),
  );
  expect(saved.rows[0]?.name).toBe("Ada Shopper");
  expect((await page.request.get("/api/account/export")).status()).toBe(401);
});
