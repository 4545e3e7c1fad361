import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

// The storefront in Czech: /cs/… serves the same pages in Czech (words, prices, links, forms), each page names its
// other language for search engines, /en/… has a single address without the prefix, and switching the language
// keeps the page and the cart.

test("a Czech product page is Czech and names its English address @mobile", async ({ page, baseURL }) => {
  const response = await page.goto("/cs/products/linen-shirt");
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "cs");
  await expect(page.getByRole("link", { name: /^Košík/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Přidat do košíku" })).toBeVisible();
  await expect(page.getByTestId("product-price")).toHaveText("59,00\u00a0€");
  await expect(page.getByText(/^Cena je včetně \d+\u00a0% DPH\.$/)).toBeVisible();
  const head = page.locator("head");
  await expect(head.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
    "href",
    `${baseURL}/products/linen-shirt`,
  );
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/cs/products/linen-shirt`);
  // Links on the page stay in Czech.
  await expect(page.getByRole("navigation", { name: "Drobečková navigace" }).getByRole("link").first()).toHaveAttribute(
    "href",
    "/cs",
  );
});

test("the English page stays English and names its Czech address", async ({ page, baseURL }) => {
  await page.goto("/products/linen-shirt");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("link", { name: /^Cart/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Add to cart" })).toBeVisible();
  await expect(page.getByTestId("product-price")).toHaveText("€59.00");
  await expect(page.locator('head link[rel="alternate"][hreflang="cs"]')).toHaveAttribute(
    "href",
    `${baseURL}/cs/products/linen-shirt`,
  );
});

test("/en/… redirects to the address without a prefix", async ({ request }) => {
  const response = await request.get("/en/products/linen-shirt?variant=x", { maxRedirects: 0 });
  expect([301, 308]).toContain(response.status());
  expect(new URL(response.headers().location ?? "", "http://x").pathname).toBe("/products/linen-shirt");
  expect(response.headers().location).toContain("variant=x");
});

test("the sitemap gives every page its Czech alternate", async ({ request, baseURL }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
  expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="cs" href="${baseURL}/cs/products/linen-shirt" />`);
  expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${baseURL}/products/linen-shirt" />`);
});

test("search and filters stay in Czech, with Czech counts and prices", async ({ page }) => {
  await page.goto("/cs");
  await page.getByRole("searchbox", { name: "Hledat produkty" }).fill("cast");
  await page.getByRole("searchbox", { name: "Hledat produkty" }).press("Enter");
  await expect(page).toHaveURL(/\/cs\/search\?q=cast$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Výsledky pro „cast“");
  await expect(page.getByRole("heading", { level: 2, name: /produkt/ })).toBeVisible();
  await page.getByLabel("Řadit podle").selectOption("price_desc");
  await expect(page).toHaveURL(/\/cs\/search\?q=cast&sort=price_desc$/);
  await expect(page.locator(".product-card .price").first()).toHaveText(/^(od )?\d+,\d\d\u00a0€$/);
  await page.goto("/cs/search?page=-1");
  await expect(page.locator(".notice[role=alert]")).toContainText("Číslo stránky musí být celé číslo");
});

test("switching the language keeps the page and the cart", async ({ page }) => {
  test.slow();
  await page.goto("/products/linen-shirt");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page).toHaveURL(/\/cart\?notice=added/);
  await page.goto("/products/linen-shirt");
  const cartLink = page.getByRole("navigation", { name: "Your shop" }).getByRole("link", { name: /^Cart/ });
  const count = (await cartLink.locator(".cart-count").textContent()) ?? "";
  expect(count).toMatch(/^\([1-9]\d*\)$/);

  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Čeština", exact: true }).click();
  await expect(page).toHaveURL(/\/cs\/products\/linen-shirt$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "cs");
  const czechCart = page.getByRole("navigation", { name: "Váš obchod" }).getByRole("link", { name: /^Košík/ });
  await expect(czechCart.locator(".cart-count")).toHaveText(count);

  await czechCart.click();
  await expect(page).toHaveURL(/\/cs\/cart$/);
  await expect(page.getByRole("link", { name: /Linen Shirt|Lněná košile/ }).first()).toBeVisible();

  // And back: the English switcher link leads to the same page without the prefix.
  await page.getByRole("navigation", { name: "Jazyk" }).getByRole("link", { name: "English", exact: true }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

for (const path of ["/cs", "/cs/search", "/cs/categories/clothing", "/cs/products/linen-shirt"]) {
  test(`axe finds no violations on ${path} @mobile`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page, { waitForHeading: true });
  });
}
