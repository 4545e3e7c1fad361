import { randomUUID } from "node:crypto";
import bcrypt from "bcrypt";
import { type Page, expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { withE2eDatabase } from "../support/e2e-database";
import { totpCode, unusedTotpCode } from "../support/totp";

// Two-factor sign-in in the browser: an administrator without it is sent to set it up before any admin page, then
// signs in with a code from the app (computed here from the key the page shows, as an app would) and with a
// recovery code that works once; a customer turns it on from their account page; wrong codes are rate limited.
test.describe.configure({ mode: "serial" });

const run = randomUUID().slice(0, 8);

/** A new account straight in the database, as an administrator would create it. */
async function createAccount(role: "ADMIN" | "CUSTOMER", password: string): Promise<string> {
  const email = `${role.toLowerCase()}-2fa-${run}@example.com`;
  const hash = await bcrypt.hash(password, 10);
  await withE2eDatabase((client) =>
    client.query(
      `INSERT INTO users (id, email, name, "passwordHash", role, "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, $3, $4::"Role", now())`,
      [email, `Two Factor ${role.toLowerCase()}`, hash, role],
    ),
  );
  return email;
}

async function enterPassword(page: Page, email: string, password: string, next = "/admin") {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
}

async function enterCode(page: Page, code: string) {
  await expect(page).toHaveURL(/\/login\/two-factor\?/);
  const field = page.getByLabel("Authentication code");
  await field.fill(code);
  await page.getByRole("button", { name: "Verify" }).click();
}

/** After a refused code: React has reset the form once the answer arrived, so the next code is typed afresh. */
async function expectRefusal(page: Page, message: string | RegExp) {
  await expect(page.getByLabel("Authentication code")).toHaveValue("");
  await expect(page.getByRole("button", { name: "Verify" })).toBeEnabled();
  await expect(page.locator("form").getByRole("alert")).toContainText(message);
}

/** Scans nothing: reads the key the set-up page shows, confirms with a code, and returns the recovery codes. */
async function setUp(page: Page): Promise<{ secret: string; recoveryCodes: string[] }> {
  const secret = ((await page.getByTestId("totp-secret").textContent()) ?? "").replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
  await page.getByLabel("Code from your app").fill(await unusedTotpCode(secret));
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  const list = page.getByRole("list", { name: "Recovery codes" });
  await expect(list).toBeVisible();
  const recoveryCodes = (await list.getByRole("listitem").allTextContents()).map((c) => c.trim());
  expect(recoveryCodes).toHaveLength(10);
  return { secret, recoveryCodes };
}

test("an administrator sets up two-factor sign-in, then signs in with a code and with a recovery code once", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const password = "admin two factor pass 1";
  const email = await createAccount("ADMIN", password);

  // The password leads to the set-up, not to the admin: no session yet.
  await enterPassword(page, email, password);
  await expect(page).toHaveURL(/\/login\/two-factor\/setup\?next=%2Fadmin$/);
  await expectNoAxeViolations(page, { waitForHeading: true });
  expect((await page.context().cookies()).map((c) => c.name)).not.toContain("next-auth.session-token");
  expect((await page.request.get("/api/admin/whoami")).status()).toBe(401);

  const { secret, recoveryCodes } = await setUp(page);
  await expectNoAxeViolations(page, { waitForHeading: true });
  await page.getByRole("link", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  // Audited, and the administrator is told by e-mail.
  const recorded = await withE2eDatabase(async (client) => {
    const audit = await client.query<{ action: string }>(
      `SELECT a.action FROM audit_log a JOIN users u ON u.id::text = a."entityId" WHERE u.email = $1`,
      [email],
    );
    const mail = await client.query<{ template: string }>(`SELECT template FROM email_outbox WHERE recipient = $1`, [
      email,
    ]);
    return { audit: audit.rows.map((r) => r.action), mail: mail.rows.map((r) => r.template) };
  });
  expect(recorded).toEqual({ audit: ["user.two_factor_enable"], mail: ["two-factor-enabled"] });

  const logOut = async () => {
    await page.getByRole("button", { name: "Log out" }).click();
    await expect(page).toHaveURL(/\/$/);
  };
  await logOut();

  // With a code from the app.
  await enterPassword(page, email, password);
  await expectNoAxeViolations(page, { waitForHeading: true });
  await enterCode(page, await unusedTotpCode(secret));
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await logOut();

  // With a recovery code, typed in capitals: it works once.
  const [recovery = ""] = recoveryCodes;
  await enterPassword(page, email, password);
  await enterCode(page, recovery.toUpperCase());
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await logOut();

  await enterPassword(page, email, password);
  await enterCode(page, recovery);
  await expectRefusal(page, "This code is not correct");
  await expect(page).toHaveURL(/\/login\/two-factor\?/);
});

test("a customer turns two-factor sign-in on; five wrong codes are refused for a while", async ({ page }) => {
  test.setTimeout(90_000);
  const password = "customer two factor 1";
  const email = await createAccount("CUSTOMER", password);

  // Customers sign in with the password until they opt in.
  await enterPassword(page, email, password, "/account");
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await page.getByRole("link", { name: "Two-factor sign-in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Two-factor sign-in" })).toBeVisible();
  await expectNoAxeViolations(page, { waitForHeading: true });
  const { secret } = await setUp(page);
  await page.getByRole("link", { name: "Back to your account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await page.goto("/account/two-factor");
  await expect(page.getByRole("status").filter({ hasText: "Two-factor sign-in is on" })).toContainText(
    "10 unused recovery codes",
  );
  await expectNoAxeViolations(page, { waitForHeading: true });
  await page.goto("/logout");
  await page.getByRole("button", { name: "Log out" }).click();

  await enterPassword(page, email, password, "/account");
  // Off by one from the current code (and so, but for a one-in-a-million clash, from its neighbours' too).
  const wrong = String((Number(totpCode(secret)) + 1) % 1_000_000).padStart(6, "0");
  for (let i = 0; i < 5; i++) {
    await enterCode(page, wrong);
    await expectRefusal(page, "This code is not correct");
  }
  await enterCode(page, wrong);
  await expectRefusal(page, /Too many wrong codes\. Sign-in codes for this account are refused for \d+ minute/);
  // Over HTTP the same refusal is a 429 with Retry-After (within the e2e server's 15-second window).
  const refused = await page.request.post("/api/session/two-factor", { data: { code: wrong } });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  expect(await refused.json()).toMatchObject({ error: { code: "rate_limited", message: /Too many wrong codes/ } });
  await expectNoAxeViolations(page, { waitForHeading: true });
});
