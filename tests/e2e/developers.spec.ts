import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

// The API docs page is rendered on the server from the same OpenAPI document that /api/openapi.json serves.

test("the API docs page shows every operation of the OpenAPI document, accessibly @mobile", async ({
  page,
  request,
}) => {
  // The page documents every operation, the staff API included: axe takes a while over all of its tables.
  test.slow();
  const document = (await (await request.get("/api/openapi.json")).json()) as {
    openapi: string;
    paths: Record<string, Record<string, { operationId: string }>>;
  };
  expect(document.openapi).toBe("3.1.0");
  const operationIds = Object.values(document.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
  expect(operationIds.length).toBeGreaterThan(15);

  await page.goto("/developers");
  await expect(page.getByRole("heading", { level: 1, name: "API for developers" })).toBeVisible();
  for (const id of operationIds) await expect(page.locator(`article#${id}`)).toHaveCount(1);

  // The contents link to each operation; response details open from the keyboard.
  await page.getByRole("link", { name: "POST /api/checkout" }).click();
  await expect(page).toHaveURL(/#postCheckout$/);
  const details = page.locator("#postCheckout details").first();
  await details.locator("summary").focus();
  await page.keyboard.press("Enter");
  await expect(details.getByRole("table")).toBeVisible();

  // No script comes from anywhere but the shop itself.
  const scripts = await page.locator("script[src]").evaluateAll((els) => els.map((el) => el.getAttribute("src")));
  expect(scripts.filter((src) => src && /^(https?:)?\/\//.test(src))).toEqual([]);

  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});
