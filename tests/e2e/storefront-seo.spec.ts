import { expect, test } from "@playwright/test";
import type { ProductPage } from "@/lib/catalog/types";

test("the sitemap lists every product and every category, with absolute URLs", async ({ request, baseURL }) => {
  // The demo catalog's 64 products, plus any that browser tests of the admin area added before this one.
  const slugs: string[] = [];
  for (let page = 1; ; page++) {
    const body = (await (await request.get(`/api/products?pageSize=48&sort=name&page=${page}`)).json()) as ProductPage;
    slugs.push(...body.items.map((p) => p.slug));
    if (page >= body.pageCount) break;
  }
  expect(slugs.length).toBeGreaterThanOrEqual(64);

  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("xml");
  const xml = await response.text();
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  for (const slug of slugs) expect(urls).toContain(`${baseURL}/products/${slug}`);
  for (const category of ["clothing", "kitchen", "pantry"]) expect(urls).toContain(`${baseURL}/categories/${category}`);
  expect(urls.filter((u) => u?.includes("/products/"))).toHaveLength(slugs.length);
});

test("robots.txt allows the shop, keeps crawlers out of the API and points at the sitemap", async ({
  request,
  baseURL,
}) => {
  const text = await (await request.get("/robots.txt")).text();
  expect(text).toContain("Allow: /");
  expect(text).toContain("Disallow: /api/");
  expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test("a product page has metadata, OpenGraph, a canonical URL and Product JSON-LD with price and availability", async ({
  page,
  baseURL,
}) => {
  await page.goto("/products/cast-iron-skillet?variant=CASIROSKI-30C");
  await expect(page).toHaveTitle(/^Cast Iron Skillet · /);
  const head = page.locator("head");
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/products/cast-iron-skillet`);
  await expect(head.locator('meta[name="description"]')).toHaveAttribute("content", /cast iron/i);
  await expect(head.locator('meta[property="og:title"]')).toHaveAttribute("content", "Cast Iron Skillet");
  await expect(head.locator('meta[property="og:image"]')).toHaveAttribute(
    "content",
    `${baseURL}/images/products/cast-iron-skillet-1.webp`,
  );
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}") as {
    "@type": string;
    offers: { sku: string; price: string; priceCurrency: string; availability: string }[];
  };
  expect(data["@type"]).toBe("Product");
  expect(data.offers).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        sku: "CASIROSKI-30C",
        price: "69.00",
        priceCurrency: "EUR",
        availability: "https://schema.org/LimitedAvailability",
      }),
      expect.objectContaining({ sku: "CASIROSKI-20C", price: "49.00", availability: "https://schema.org/InStock" }),
    ]),
  );
});

test("canonical URLs and the sitemap ignore a forged Host header", async ({ request, baseURL }) => {
  const headers = { host: "evil.example", "x-forwarded-host": "evil.example" };
  const html = await (await request.get("/categories/kitchen", { headers })).text();
  expect(html).toContain(`<link rel="canonical" href="${baseURL}/categories/kitchen"/>`);
  expect(html).not.toContain("evil.example");
  const xml = await (await request.get("/sitemap.xml", { headers })).text();
  expect(xml).not.toContain("evil.example");
});

test("search result pages are not indexed; category and home pages are", async ({ page, baseURL }) => {
  await page.goto("/search?q=linen");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await page.goto("/categories/clothing");
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  await page.goto("/");
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`^${baseURL}/?$`));
});
