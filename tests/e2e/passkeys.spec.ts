import { randomUUID } from "node:crypto";
import bcrypt from "bcrypt";
import { type Page, expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { withE2eDatabase } from "../support/e2e-database";

// Passkeys in Chromium with its virtual authenticator (CDP WebAuthn): a customer adds one on the account page,
// renames it, signs out and signs in with it alone (no password, no code), in English and in Czech; a removed
// passkey no longer signs in.
test.describe.configure({ mode: "serial" });
test.slow();

const run = randomUUID().slice(0, 8);
const email = `passkey-${run}@example.com`;
const password = `passkey-password-${run}`;

/** A platform authenticator with user verification, as a phone or laptop with a screen lock has. */
async function addVirtualAuthenticator(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
}

test.beforeAll(async () => {
  const hash = await bcrypt.hash(password, 10);
  await withE2eDatabase((client) =>
    client.query(
      `INSERT INTO users (id, email, name, "passwordHash", role, "updatedAt")
       VALUES (gen_random_uuid(), $1, 'Passkey Shopper', $2, 'CUSTOMER'::"Role", now())`,
      [email, hash],
    ),
  );
});

test("a customer adds a passkey, signs out and signs in with it alone; a removed one no longer works", async ({
  page,
}) => {
  await addVirtualAuthenticator(page);
  await page.goto("/login?next=/account/passkeys");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Passkeys" })).toBeVisible();
  await expect(page.getByText("You have no passkeys yet.")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Name of the passkey").fill("Laptop");
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByRole("status")).toHaveText("The passkey was added.");
  const row = page.locator(".passkey-row");
  await expect(row).toHaveCount(1);
  await row.getByLabel("Name of the passkey").fill("Work laptop");
  await row.getByRole("button", { name: "Rename" }).click();
  await expect(page.getByRole("status")).toHaveText("The passkey was renamed.");
  await expectNoAxeViolations(page);

  // Sign out, then in with the passkey only.
  await page.context().clearCookies();
  await page.goto("/login?next=/account");
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Passkeys" })).toBeVisible();

  // The same in Czech, ending on the Czech account page.
  await page.context().clearCookies();
  await page.goto("/cs/login?next=/account");
  await expect(page.locator("html")).toHaveAttribute("lang", "cs");
  await page.getByRole("button", { name: "Přihlásit se přístupovým klíčem" }).click();
  await expect(page).toHaveURL(/\/cs\/account$/);
  await page.goto("/cs/account/passkeys");
  await expect(page.getByRole("heading", { level: 1, name: "Přístupové klíče" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Removed: the authenticator still offers it, the shop no longer accepts it.
  await page.getByRole("button", { name: "Odebrat přístupový klíč Work laptop" }).click();
  await expect(page.getByRole("status")).toHaveText("Přístupový klíč byl odebrán.");
  await page.context().clearCookies();
  await page.goto("/login?next=/account");
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await expect(page.locator(".passkey-sign-in").getByRole("alert")).toHaveText(
    "That passkey could not sign you in. Use another one or your password.",
  );
  await expect(page).toHaveURL(/\/login/);
});
