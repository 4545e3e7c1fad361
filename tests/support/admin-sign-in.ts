import { type Cookie, type Page, expect } from "@playwright/test";
import { testAccounts } from "./accounts";
import { unusedTotpCode } from "./totp";

// Signing in as the seeded administrator, who has two-factor sign-in (administrators must). The first sign-in in a
// test process enters a code from the known secret and ticks "Remember this device for 30 days"; later ones carry
// that cookie, as the same browser would, and skip the code.

let trustedDevice: Cookie | undefined;

/** On the sign-in page already: the administrator's password, then (unless this device is remembered) a code. */
export async function completeAdminSignIn(page: Page): Promise<void> {
  if (trustedDevice) await page.context().addCookies([trustedDevice]);
  await page.getByLabel("E-mail address").fill(testAccounts.adminEmail);
  await page.getByLabel("Password").fill(testAccounts.adminPassword);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).not.toHaveURL(/\/login\?/);
  if (new URL(page.url()).pathname !== "/login/two-factor") return;
  // Another process may have used this step's code already (the server accepts each once): then the next step's.
  for (let attempt = 0; ; attempt++) {
    await page.getByLabel("Authentication code").fill(await unusedTotpCode(testAccounts.adminTotpSecret));
    await page.getByLabel("Remember this device for 30 days").check();
    await page.getByRole("button", { name: "Verify" }).click();
    const refusal = page.locator("form").getByRole("alert");
    await expect(async () => {
      const moved = new URL(page.url()).pathname !== "/login/two-factor";
      expect(moved || (await refusal.isVisible())).toBe(true);
    }).toPass({ timeout: 15_000 });
    if (new URL(page.url()).pathname !== "/login/two-factor") break;
    const message = (await refusal.textContent()) ?? "";
    if (attempt > 0 || !message.includes("already been used"))
      throw new Error(`two-factor sign-in refused: ${message}`);
  }
  trustedDevice = (await page.context().cookies()).find((cookie) => cookie.name === "two_factor_trusted");
}

/** Signs in as the seeded administrator and lands on `next`. */
export async function signInAsAdmin(page: Page, next = "/admin"): Promise<void> {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await completeAdminSignIn(page);
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[/?]/g, "\\$&")}$`));
}
