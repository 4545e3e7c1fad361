import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signInAsAdmin } from "../support/admin-sign-in";

// After the server refuses a save, the admin forms' selects show what was submitted, not the option they started
// on (React resets a form after its action and would put a select back to its initial default). One sign-in for
// the three forms; soft checks so one run reports every form that loses its choice.

test("refused staff, API token and delivery method forms keep the chosen role, access, zone and kind", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signInAsAdmin(page, "/admin/staff");
  await page.locator("#staff-name").fill("Refused Person");
  await page.locator("#staff-email").fill("not-an-address");
  await page.locator("#staff-password").fill(`pw-${randomUUID()}`);
  await page.locator("#staff-role").selectOption("ADMIN");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("#staff-email")).toHaveAttribute("aria-invalid", "true");
  await expect.soft(page.locator("#staff-role")).toHaveValue("ADMIN");
  await expect.soft(page.locator("#staff-email")).toHaveValue("not-an-address");

  await page.goto("/admin/tokens");
  await page.locator("#token-name").fill(`Sync ${randomUUID().slice(0, 6)}`);
  await page.locator("#token-scope").selectOption("WRITE");
  await page.locator("#token-expiry").fill("-5");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.locator("#token-expiry")).toHaveAttribute("aria-invalid", "true");
  await expect.soft(page.locator("#token-scope")).toHaveValue("WRITE");

  await page.goto("/admin/delivery/methods/new");
  const zones = await page
    .locator("#method-zone option")
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  const zone = zones.at(-1) ?? "";
  await page.locator("#method-zone").selectOption(zone);
  await page.locator("#method-name").fill(`Courier ${randomUUID().slice(0, 6)}`);
  await page.locator("#method-kind").selectOption("CLICK_AND_COLLECT");
  await page.locator("#method-price").fill("abc");
  await page.getByRole("button", { name: "Add delivery method" }).click();
  await expect(page.locator("#method-price")).toHaveAttribute("aria-invalid", "true");
  await expect.soft(page.locator("#method-kind")).toHaveValue("CLICK_AND_COLLECT");
  await expect.soft(page.locator("#method-zone")).toHaveValue(zone);
});
