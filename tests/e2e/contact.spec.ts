import { randomUUID } from "node:crypto";
import { type Page, expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { withE2eDatabase } from "../support/e2e-database";

// A person needs more than the minimum fill time; the journeys below wait it out so they are filed as people.
const MIN_FILL_MS = 2_500;

async function waitForMinimumFillTime(openedAt: number) {
  const left = openedAt + MIN_FILL_MS - Date.now();
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
}

// Next.js keeps an empty role="alert" route announcer on every page; the form's summary is the one with text.
const errorSummary = (page: Page) => page.getByRole("alert").filter({ hasText: "Please correct" });

const field = (page: Page, label: string | RegExp) => page.getByLabel(label, { exact: false });

async function expectFieldError(page: Page, label: string | RegExp, message: RegExp) {
  const input = field(page, label);
  await expect(input).toHaveAttribute("aria-invalid", "true");
  await expect(input).toHaveAccessibleDescription(message);
}

async function submitWithErrorsThenFix(page: Page, email: string) {
  const openedAt = Date.now();
  await field(page, "Your name").fill("Ada <Lovelace>");
  await field(page, "Your e-mail address").fill("ada@");
  await field(page, "Your message").fill("Too short");
  await page.getByRole("button", { name: "Send message" }).click();

  // Every wrong field is marked and described, the summary lists them, and what was typed is still there.
  await expect(errorSummary(page)).toContainText("Please correct 4 fields");
  await expectFieldError(page, "Your e-mail address", /valid e-mail address/);
  await expectFieldError(page, "What is it about?", /choose what your message is about/);
  await expectFieldError(page, "Your message", /at least 10 characters/);
  await expectFieldError(page, /I agree that/, /agree to us processing/);
  await expect(field(page, "Your name")).not.toHaveAttribute("aria-invalid", "true");
  await expect(field(page, "Your name")).toHaveValue("Ada <Lovelace>");
  await expect(field(page, "Your e-mail address")).toHaveValue("ada@");
  await expect(field(page, "Your message")).toHaveValue("Too short");

  await field(page, "Your e-mail address").fill(email);
  await field(page, "What is it about?").selectOption({ label: "A return" });
  await field(page, "Order number").fill("NW-10023");
  await field(page, "Your message").fill("I would like to return the linen shirt: it is too small. <b>Thanks!</b>");
  await field(page, /I agree that/).check();
  await waitForMinimumFillTime(openedAt);
  await page.getByRole("button", { name: "Send message" }).click();

  await expect(
    page.getByRole("heading", { name: /Thank you, Ada <Lovelace> — your message has been sent/ }),
  ).toBeVisible();
  await expect(errorSummary(page)).toHaveCount(0);
}

async function expectStored(email: string) {
  await withE2eDatabase(async (client) => {
    const { rows } = await client.query<Record<string, unknown>>(
      `SELECT id, name, subject::text, "orderNumber", message, status::text, "spamReasons", "clientAddressHash"
         FROM contact_messages WHERE email = $1`,
      [email],
    );
    expect(rows).toHaveLength(1);
    const [message] = rows;
    expect(message).toMatchObject({
      name: "Ada <Lovelace>",
      subject: "RETURN",
      orderNumber: "NW-10023",
      message: "I would like to return the linen shirt: it is too small. <b>Thanks!</b>",
      status: "NEW",
      spamReasons: [],
    });
    expect(message?.clientAddressHash).toMatch(/^[0-9a-f]{64}$/);
    const outbox = await client.query<{ template: string; recipient: string }>(
      `SELECT template, recipient FROM email_outbox WHERE payload->>'messageId' = $1 ORDER BY template`,
      [message?.id],
    );
    expect(outbox.rows).toEqual([
      { template: "contact-confirmation", recipient: email },
      { template: "contact-notification", recipient: "admin@example.com" },
    ]);
  });
}

test("the footer links to the contact page @mobile", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Contact us" }).click();
  await expect(page).toHaveURL(/\/contact$/);
  await expect(page.getByRole("heading", { level: 1, name: "Contact us" })).toBeVisible();
});

test("errors are marked next to the fields, input is kept, and the fixed message is sent and stored", async ({
  page,
}) => {
  await page.goto("/contact");
  const email = `ada-${randomUUID()}@example.com`;
  await submitWithErrorsThenFix(page, email);
  await expectStored(email);
});

test("the form works with JavaScript disabled", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/contact");
  const email = `nojs-${randomUUID()}@example.com`;
  await submitWithErrorsThenFix(page, email);
  await expectStored(email);
  await context.close();
});

test("what a visitor writes is shown as text, never run", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await page.goto("/contact");
  const openedAt = Date.now();
  const name = `<img src=x onerror="window.__hacked=1;alert(1)">`;
  await field(page, "Your name").fill(name);
  await field(page, "Your e-mail address").fill(`eve-${randomUUID()}@example.com`);
  await field(page, "What is it about?").selectOption({ label: "Something else" });
  await field(page, "Your message").fill(`<script>window.__hacked=2</script> A question about delivery.`);
  await field(page, /I agree that/).check();
  await waitForMinimumFillTime(openedAt);
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page.getByRole("heading", { name: /your message has been sent/ })).toContainText(name);
  expect(await page.evaluate(() => (window as unknown as { __hacked?: number }).__hacked)).toBeUndefined();
  expect(await page.locator("img[src=x]").count()).toBe(0);
  expect(dialogs).toBe(0);
});

test("the honeypot is out of sight, out of the tab order and hidden from screen readers", async ({ page }) => {
  await page.goto("/contact");
  const honeypot = page.locator("input[name=website]");
  await expect(honeypot).toHaveAttribute("tabindex", "-1");
  await expect(page.getByRole("textbox", { name: /leave this field empty/i })).toHaveCount(0);
  const box = await honeypot.boundingBox();
  expect(box === null || box.x + box.width <= 0).toBe(true);

  await field(page, "Your name").focus();
  const focused: string[] = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press("Tab");
    focused.push(await page.evaluate(() => document.activeElement?.getAttribute("name") ?? ""));
  }
  expect(focused).not.toContain("website");
  expect(focused).toEqual(expect.arrayContaining(["email", "subject", "orderNumber", "message", "consent"]));
});

test("axe finds nothing on the contact page, empty and with errors", async ({ page }) => {
  await page.goto("/contact");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(errorSummary(page)).toBeVisible();
  await expectNoAxeViolations(page);
});
