import { randomUUID } from "node:crypto";
import { type Page, expect, test } from "@playwright/test";
import sharp from "sharp";
import { signInAsAdmin } from "../support/admin-sign-in";
import { expectNoAxeViolations } from "../support/axe";

// Staff manage the catalog in the browser and shoppers see the result: the admin forms, the picture upload, stock
// adjustments and the CSV import, each checked on the storefront afterwards.

const logInAsAdmin = (page: Page, next = "/admin/products") => signInAsAdmin(page, next);

const picture = () =>
  sharp({ create: { width: 640, height: 480, channels: 3, background: "#c9a227" } })
    .png()
    .toBuffer();

function importCsv(slug: string, sku: string, badPrice: boolean): string {
  const header = "sku,product_slug,product_name,category_slug,status,option1_name,option1_value,price,stock_on_hand";
  return [
    header,
    `${sku}-S,${slug},Imported Field Jacket,clothing,ACTIVE,Size,S,89.00,4`,
    `${sku}-M,${slug},Imported Field Jacket,clothing,ACTIVE,Size,M,89.00,2`,
    `${sku}-L,${slug},Imported Field Jacket,clothing,ACTIVE,Size,L,${badPrice ? "89.001" : "92.50"},1`,
  ].join("\r\n");
}

test("staff create a product with a picture, adjust its stock and import a CSV; the shop shows each change", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const suffix = randomUUID().slice(0, 6);
  const name = `Aurora Desk Lamp ${suffix}`;
  const sku = `ADL-${suffix.toUpperCase()}`;
  await logInAsAdmin(page);

  // Create the product with its first variant.
  await page.getByRole("link", { name: "New product" }).click();
  await expect(page.getByRole("heading", { name: "New product", level: 1 })).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill(name);
  await expect(page.getByLabel("Slug (web address)")).toHaveValue(`aurora-desk-lamp-${suffix}`);
  await page.getByLabel("Description").fill("A warm, dimmable lamp for late evenings.");
  await page.getByLabel("Category").selectOption({ label: "Home" });
  await page.getByLabel("Status").selectOption("ACTIVE");
  await page.getByLabel("SKU").fill(sku);
  await page.getByLabel(/^Price/).fill("49.90");
  await page.getByLabel("Stock on hand").fill("3");
  await page.getByRole("button", { name: "Create product" }).click();
  await expect(page).toHaveURL(/\/admin\/products\/[0-9a-f-]{36}\?created=1$/);
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  const adminUrl = page.url().replace(/\?created=1$/, "");

  // Upload a picture.
  await page.getByLabel("Picture", { exact: true }).setInputFiles({
    name: "lamp.png",
    mimeType: "image/png",
    buffer: await picture(),
  });
  await page.getByLabel("Description of the picture").fill("Aurora lamp glowing on a desk");
  await page.getByRole("button", { name: "Upload picture" }).click();
  await expect(page.getByText("The picture has been added.")).toBeVisible();
  await expect(page.getByRole("img", { name: "Aurora lamp glowing on a desk" })).toBeVisible();

  // The storefront shows it at once: name, price, picture, availability.
  const slug = `aurora-desk-lamp-${suffix}`;
  await page.goto(`/products/${slug}`);
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.getByTestId("product-price")).toHaveText("€49.90");
  await expect(page.getByTestId("product-availability")).toHaveText("Only 3 left");
  const shown = page.getByRole("img", { name: "Aurora lamp glowing on a desk" }).first();
  await expect
    .poll(() => shown.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);

  // Adjust stock with a reason; availability follows.
  await page.goto(adminUrl);
  await page.getByLabel("Change in units").fill("-2");
  await page.getByLabel("Reason").fill("Damaged in transit");
  await page.getByRole("button", { name: `Adjust stock of ${sku}` }).click();
  await expect(page.getByText(`Stock of ${sku} is now 1 on hand, 1 available.`)).toBeVisible();
  await expect(page.getByTestId(`available-${sku}`)).toHaveText("1");
  await expect(page.getByRole("cell", { name: "Damaged in transit" })).toBeVisible();
  await page.getByLabel("Change in units").fill("-5");
  await page.getByLabel("Reason").fill("Too many");
  await page.getByRole("button", { name: `Adjust stock of ${sku}` }).click();
  await expect(page.getByRole("alert").filter({ hasText: "cannot go below 0" }).first()).toBeVisible();
  await page.goto(`/products/${slug}`);
  await expect(page.getByTestId("product-availability")).toHaveText("Only 1 left");

  // Import: a file with one bad row is refused as a whole, naming the row; nothing is written.
  const importSlug = `imported-field-jacket-${suffix}`;
  const importSku = `IFJ-${suffix.toUpperCase()}`;
  await page.goto("/admin/import");
  await page.getByLabel("CSV file").setInputFiles({
    name: "products.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(importCsv(importSlug, importSku, true)),
  });
  await page.getByRole("button", { name: "Check file (dry run)" }).click();
  await expect(page.getByRole("heading", { name: "2. Preview: fix these rows first" })).toBeVisible();
  const issues = page.getByRole("table", { name: /Problems by row/ });
  await expect(issues.getByRole("row")).toHaveCount(2);
  await expect(issues.getByRole("row").nth(1)).toContainText("4");
  await expect(issues.getByRole("row").nth(1)).toContainText("price");
  await expect(page.getByRole("button", { name: /^Apply/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect((await page.request.get(`/api/products/${importSlug}`)).status()).toBe(404);
  await page.goto(`/admin/products?q=${importSku}`);
  await expect(page.getByText("No products match.")).toBeVisible();

  // The corrected file previews cleanly and applies.
  await page.goto("/admin/import");
  await page.getByLabel("CSV file").setInputFiles({
    name: "products.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(importCsv(importSlug, importSku, false)),
  });
  await page.getByRole("button", { name: "Check file (dry run)" }).click();
  await expect(page.getByRole("heading", { name: "2. Preview: ready to apply" })).toBeVisible();
  await expect(page.getByRole("table", { name: /Rows that change something/ }).getByRole("row")).toHaveCount(4);
  await page.getByRole("button", { name: "Apply 3 rows" }).click();
  await expect(page.getByRole("heading", { name: "2. Applied" })).toBeVisible();
  await page.goto(`/products/${importSlug}`);
  await expect(page.getByRole("heading", { name: "Imported Field Jacket", level: 1 })).toBeVisible();
  await expect(page.getByTestId("product-price")).toHaveText("€89.00");
});

test("the catalog admin pages have no axe violations and work without surprises", async ({ page }) => {
  test.setTimeout(60_000);
  await logInAsAdmin(page);
  await expect(page.getByRole("heading", { name: "Products", level: 1 })).toBeVisible();
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(26);
  await expectNoAxeViolations(page);

  await page.getByLabel("Search name, slug or SKU").fill("linen");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/q=linen/);
  await page.getByRole("link", { name: "Linen Shirt" }).click();
  await expect(page.getByRole("heading", { name: "Linen Shirt", level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  // A taken slug is a field error next to the slug.
  await page.getByLabel("Slug (web address)").fill("chore-jacket");
  await page.getByRole("button", { name: "Save product" }).click();
  await expect(page.locator("#product-slug-error")).toContainText("already used");
  await expect(page.getByLabel("Slug (web address)")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await page.goto("/admin/products/new");
  await page.getByRole("button", { name: "Create product" }).click();
  await expect(page.locator("#product-name-error")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/admin/categories");
  await expect(page.getByRole("heading", { name: "Categories", level: 1 })).toBeVisible();
  await page.getByText("Edit Clothing").click();
  await expectNoAxeViolations(page);

  await page.goto("/admin/import");
  await expect(page.getByRole("heading", { name: "Import products", level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
});
