import { expect, test } from "@playwright/test";

test("home page lists real products and links to a product page @mobile", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const featured = page.getByRole("region", { name: "Featured" });
  await expect(featured.getByRole("article")).toHaveCount(8);
  await expect(page.getByRole("region", { name: "Shop by category" }).getByRole("link")).toHaveCount(8);
  await featured.getByRole("link", { name: /Linen Shirt/ }).click();
  await expect(page).toHaveURL(/\/products\/linen-shirt$/);
  await expect(page.getByRole("heading", { level: 1, name: "Linen Shirt" })).toBeVisible();
  await expect(page.getByTestId("product-price")).toHaveText("€59.00");
  await expect(page.getByTestId("product-sku")).toHaveText(/^LINSHI-/);
});

test("journey: search a word, filter, sort, open a product, change the variant", async ({ page }) => {
  // Many page loads in a row: sized for a slow, shared machine.
  test.slow();
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search products" }).fill("cast");
  await page.getByRole("searchbox", { name: "Search products" }).press("Enter");
  await expect(page).toHaveURL(/\/search\?q=cast$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results for “cast”");
  const results = page.getByRole("region", { name: /products?$/ });
  await expect(results.getByRole("article").first()).toBeVisible();
  const unfiltered = await results.getByRole("article").count();
  expect(unfiltered).toBeGreaterThan(2);

  // Filter: a category and stock; the URL keeps the search and the filters.
  await page.getByLabel("Category").selectOption("kitchen");
  await page.getByLabel("In stock only").check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/\/search\?q=cast&category=kitchen&inStock=true$/);
  await expect(page.getByRole("link", { name: "Remove filter Category: Kitchen" })).toBeVisible();
  const names = page.getByRole("article").getByRole("heading");
  await expect(names).toHaveText(["Cast Iron Skillet", "Enamel Dutch Oven"], { useInnerText: true });

  // Sort: most expensive first, filters kept.
  await page.getByLabel("Sort by").selectOption("price_desc");
  await expect(page).toHaveURL(/\/search\?q=cast&category=kitchen&inStock=true&sort=price_desc$/);
  await expect(names).toHaveText(["Enamel Dutch Oven", "Cast Iron Skillet"]);

  // Open the product and change the variant: price, SKU and availability follow.
  await page.getByRole("link", { name: /Cast Iron Skillet/ }).click();
  await expect(page).toHaveURL(/\/products\/cast-iron-skillet$/);
  const price = page.getByTestId("product-price");
  const availability = page.getByTestId("product-availability");
  await expect(price).toHaveText("€49.00");
  await expect(availability).toHaveText("In stock");
  await expect(page.getByTestId("product-sku")).toHaveText("CASIROSKI-20C");

  await page.getByRole("radio", { name: "30 cm" }).check();
  await expect(price).toHaveText("€69.00");
  await expect(availability).toHaveText("Only 3 left");
  await expect(page.getByTestId("product-sku")).toHaveText("CASIROSKI-30C");
  await expect(page).toHaveURL(/\?variant=CASIROSKI-30C$/);
  await expect(page.getByLabel("Quantity")).toHaveAttribute("max", "3");

  await page.getByRole("radio", { name: "26 cm" }).check();
  await expect(price).toHaveText("€59.00");
  await expect(availability).toHaveText("In stock");

  // The chosen variant survives a reload through its URL.
  await page.goto("/products/cast-iron-skillet?variant=CASIROSKI-30C");
  await expect(price).toHaveText("€69.00");
  await expect(page.getByRole("radio", { name: "30 cm" })).toBeChecked();
});

test("a sold-out variant says so and cannot be added", async ({ page }) => {
  await page.goto("/products/linen-shirt");
  await expect(page.getByRole("button", { name: "Add to cart" })).toBeEnabled();
  await expect(page.locator('input[type="hidden"][name="variantId"]')).toHaveValue(/^[0-9a-f-]{36}$/);

  // Sold-out and impossible choices say so in their names ("L (sold out)").
  await page.getByRole("radio", { name: /^L\b/ }).check();
  await page.getByRole("radio", { name: /^White/ }).check();
  await expect(page.getByTestId("product-availability")).toHaveText("Out of stock");
  await expect(page.getByTestId("product-sku")).toHaveText("LINSHI-L-WHI");
  await expect(page.getByRole("button", { name: "Out of stock" })).toBeDisabled();
  await expect(page.getByLabel("Quantity")).toBeDisabled();
});

test("the purchase panel adds the chosen variant and quantity to the cart", async ({ page }) => {
  await page.goto("/products/cast-iron-skillet");
  await page.getByRole("radio", { name: "26 cm" }).check();
  await page.getByLabel("Quantity").fill("2");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page).toHaveURL(/\/cart\?notice=added/);
  await expect(page.getByRole("link", { name: /Cart/ })).toContainText("(2)");
  await expect(page.getByRole("main").getByText("26 cm")).toBeVisible();
  await expect(page.getByRole("spinbutton", { name: "Quantity of Cast Iron Skillet" })).toHaveValue("2");
});

test("filters and sort work on a phone @mobile", async ({ page }) => {
  await page.goto("/categories/kitchen");
  await expect(page.getByRole("heading", { level: 1, name: "Kitchen" })).toBeVisible();
  // On a phone the filters fold away behind a "Filters" toggle; wide screens show them beside the results.
  const toggle = page.locator("summary", { hasText: "Filters" });
  if (await toggle.isVisible()) await toggle.click();
  await page.getByLabel("Minimum price").fill("50");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/\/categories\/kitchen\?minPrice=50$/);
  await page.getByLabel("Sort by").selectOption("price_asc");
  await expect(page).toHaveURL(/\/categories\/kitchen\?minPrice=50&sort=price_asc$/);
  const prices = await page.getByRole("article").locator(".price").allInnerTexts();
  const amounts = prices.map((p) => Number(p.replace(/[^0-9.]/g, "")));
  expect(amounts.length).toBeGreaterThan(1);
  expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
  expect(Math.min(...amounts)).toBeGreaterThanOrEqual(50);
});

test("pagination keeps the filters in the URL", async ({ page, request }) => {
  // 64 demo products, plus any the admin area's browser tests added before this one.
  const { total } = (await (await request.get("/api/products?pageSize=1")).json()) as { total: number };
  expect(total).toBeGreaterThanOrEqual(64);
  await page.goto("/search?sort=name&pageSize=12");
  await expect(page.getByRole("heading", { level: 2, name: `1–12 of ${total} products` })).toBeVisible();
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/search\?sort=name&pageSize=12&page=2$/);
  await expect(page.getByRole("heading", { level: 2, name: `13–24 of ${total} products` })).toBeVisible();
  await expect(page.getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");
});

test("an empty search says so and offers a way on", async ({ page }) => {
  await page.goto("/search?q=zzzqqqxxx");
  await expect(page.getByText("Nothing matched.")).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Kitchen" })).toBeVisible();
});

for (const [label, query] of [
  ["page=-1", "page=-1"],
  ["pageSize=1e6", "pageSize=1e6"],
  ["sort=DROP", "sort=DROP"],
  ["an inverted price range", "minPrice=50&maxPrice=10"],
  ["a 10 kB query", `q=${"a".repeat(10_000)}`],
]) {
  test(`bad search params (${label}) get a friendly page, and 400 from the API`, async ({ page, request }) => {
    const response = await page.goto(`/search?${query}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("alert").filter({ hasText: "We couldn’t use" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Show all products" })).toHaveAttribute("href", "/search");
    const category = await page.goto(`/categories/kitchen?${query}`);
    expect(category?.status()).toBe(200);
    await expect(page.getByRole("alert").filter({ hasText: "We couldn’t use" })).toBeVisible();
    const api = await request.get(`/api/products?${query}`);
    expect(api.status()).toBe(400);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe("invalid_input");
  });
}

test("an unknown product shows the not-found page with a way on", async ({ page }) => {
  const response = await page.goto("/products/no-such-thing");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: /couldn’t find/ })).toBeVisible();
  await expect(page.getByRole("search", { name: "Search the shop again" }).getByRole("searchbox")).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "See all products" })).toBeVisible();
  const unknownPage = await page.goto("/no/such/page");
  expect(unknownPage?.status()).toBe(404);
  await expect(page.getByRole("search", { name: "Search the shop again" }).getByRole("searchbox")).toBeVisible();
});

test("search from the header finds products", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search products" }).fill("merino");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=merino/);
  await expect(page.getByRole("link", { name: /Merino Crew Sweater/ })).toBeVisible();
});

test("a page sends the words of its own client components, not every page's", async ({ request }) => {
  // Words only a client component of one page shows: the checkout form, the contact form after sending, the
  // two-factor set-up.
  const words = {
    checkout: "Show delivery options",
    contact: "We have received it and usually answer within two working days",
    twoFactor: "Set up two-factor sign-in",
  };
  const product = await (await request.get("/products/linen-shirt")).text();
  for (const word of Object.values(words)) expect(product).not.toContain(word);
  const contact = await (await request.get("/contact")).text();
  expect(contact).toContain(words.contact);
  expect(contact).not.toContain(words.checkout);
  expect(contact).not.toContain(words.twoFactor);
});
