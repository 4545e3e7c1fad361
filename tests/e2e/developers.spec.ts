import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

// The API docs page is rendered on the server from the same OpenAPI document that /api/openapi.json serves.

test("the API docs show every operation of the OpenAPI document, one page per area, accessibly @mobile", async ({
  page,
  request,
}) => {
  // Every area's page is scanned by axe, the staff API's included: that takes a while on a busy machine.
  test.setTimeout(300_000);
  const document = (await (await request.get("/api/openapi.json")).json()) as {
    openapi: string;
    tags: { name: string }[];
    paths: Record<string, Record<string, { operationId: string; tags: string[] }>>;
  };
  expect(document.openapi).toBe("3.1.0");
  const operations = Object.values(document.paths).flatMap((item) => Object.values(item));
  expect(operations.length).toBeGreaterThan(15);

  await page.goto("/developers");
  await expect(page.getByRole("heading", { level: 1, name: "API for developers" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The contents link to each operation on its area's page; response details open from the keyboard.
  await page.getByRole("link", { name: "POST /api/checkout" }).click();
  await expect(page).toHaveURL(/\/developers\/[a-z-]+#postCheckout$/);
  const details = page.locator("#postCheckout details").first();
  await details.locator("summary").focus();
  await page.keyboard.press("Enter");
  await expect(details.getByRole("table")).toBeVisible();

  await expect(page.getByRole("link", { name: "API for developers", exact: true }).first()).toBeVisible();

  for (const { name } of document.tags) {
    await page.goto("/developers");
    await page.getByRole("navigation", { name: "Contents" }).getByRole("link", { name, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    for (const op of operations.filter((o) => o.tags.includes(name))) {
      await expect(page.locator(`article#${op.operationId}`)).toHaveCount(1);
    }
    // No script comes from anywhere but the shop itself.
    const scripts = await page.locator("script[src]").evaluateAll((els) => els.map((el) => el.getAttribute("src")));
    expect(scripts.filter((src) => src && /^(https?:)?\/\//.test(src))).toEqual([]);
    await expectNoAxeViolations(page);
  }

  expect((await page.goto("/developers/no-such-area"))?.status()).toBe(404);
});
