import { type APIRequestContext, type APIResponse, expect, test } from "@playwright/test";
import { withE2eDatabase } from "../support/e2e-database";

// The full-page cache in front of Next.js (lib/runtime/page-cache.ts), seen from outside: anonymous pages come from
// memory with a hash-based CSP that still lets the page hydrate, a price change shows at once, a shopper with a
// cart never gets someone else's page, and a page rendered for a shopper with a cart or a session is never stored.

const PRODUCT = "/products/cast-iron-skillet";

/** Requests the page until it comes from the cache (the cache stores nothing until its LISTEN connection is up). */
async function cachedPage(request: APIRequestContext, path: string): Promise<APIResponse> {
  let response: APIResponse | undefined;
  await expect(async () => {
    response = await request.get(path);
    expect(response.headers()["x-page-cache"]).toBe("hit");
  }).toPass({ timeout: 5_000, intervals: [50, 100, 250] });
  if (!response) throw new Error("unreachable");
  return response;
}

test("an anonymous product page is served from the cache and still works in the browser", async ({ page, request }) => {
  const cached = await cachedPage(request, PRODUCT);
  const csp = cached.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(csp).not.toContain("nonce-");
  expect(cached.headers()["set-cookie"]).toBeUndefined();

  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto(PRODUCT);
  expect(response?.headers()["x-page-cache"]).toBe("hit");
  // Choosing a variant is client-side code: it only works if the hashed scripts ran and React hydrated.
  await page.getByRole("radio", { name: "30 cm" }).check();
  await expect(page.getByTestId("product-price")).toHaveText("€69.00");
  await expect(page).toHaveURL(/variant=CASIROSKI-30C/);
  expect(violations).toEqual([]);
});

test("a price change is shown on the next request", async ({ request }) => {
  const sku = "CASIROSKI-26C";
  await cachedPage(request, `${PRODUCT}?variant=${sku}`);
  const before = await withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ priceMinor: number }>(
      `SELECT "priceMinor" FROM product_variants WHERE sku = $1`,
      [sku],
    );
    await client.query(`UPDATE product_variants SET "priceMinor" = 5432 WHERE sku = $1`, [sku]);
    return rows[0]?.priceMinor ?? 0;
  });
  try {
    // The change is announced on commit; allow the notification its few milliseconds.
    await expect(async () => {
      const page = await request.get(`${PRODUCT}?variant=${sku}`);
      expect(await page.text()).toContain("€54.32");
    }).toPass({ timeout: 2_000, intervals: [50, 100, 200] });
  } finally {
    await withE2eDatabase((client) =>
      client.query(`UPDATE product_variants SET "priceMinor" = $1 WHERE sku = $2`, [before, sku]),
    );
  }
});

test("a shopper with a cart gets a page rendered for them", async ({ page }) => {
  await page.goto(PRODUCT);
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page).toHaveURL(/\/cart\?notice=added/);
  const response = await page.goto(PRODUCT);
  // Rendered for them (a "miss"), and not kept: its render read their cart cookie.
  expect(response?.headers()["x-page-cache"]).toBe("miss");
  expect(response?.headers()["content-security-policy"]).toContain("'nonce-");
  await expect(page.getByRole("link", { name: /Cart/ })).toContainText("(1)");
});

test("a page that read a cart or a session cookie is never stored; the anonymous product page still is", async ({
  request,
}) => {
  await cachedPage(request, PRODUCT); // the cache is listening
  const page = "/products/linen-shirt";
  const personal = [
    { cookie: `cart=${crypto.randomUUID()}` },
    { cookie: "next-auth.session-token=not-a-valid-token" },
    { cookie: `theme=dark; cart=${crypto.randomUUID()}` },
  ];
  for (const headers of personal) {
    const response = await request.get(page, { headers });
    expect(response.status()).toBe(200);
    expect(response.headers()["x-page-cache"]).toBe("miss");
  }
  // Had any of those renders been kept, this would be a hit.
  expect((await request.get(page)).headers()["x-page-cache"]).toBe("miss");
  await cachedPage(request, page);
  // The stored anonymous page is not served to a shopper with a cart or a session; other cookies do not matter.
  for (const headers of personal) {
    expect((await request.get(page, { headers })).headers()["x-page-cache"]).toBe("miss");
  }
  expect((await request.get(page, { headers: { cookie: "theme=dark" } })).headers()["x-page-cache"]).toBe("hit");
  // The cart page reads the cart and never asks to be cached.
  for (let i = 0; i < 3; i++) expect((await request.get("/cart")).headers()["x-page-cache"]).toBe("miss");
});
