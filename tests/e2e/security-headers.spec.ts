import { type APIResponse, expect, test } from "@playwright/test";

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
  // Rendered pages carry a fresh nonce; pages from the page cache list their inline scripts' hashes instead.
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'|^ script-src 'self'( 'sha256-[A-Za-z0-9+/=]{44}')+$/);
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  // The e2e shop is served over http: HSTS is only sent when PUBLIC_BASE_URL is https.
  expect(headers["strict-transport-security"]).toBeUndefined();
  return scriptSrc;
}

/** JSON route handlers run no script: their policy forbids loading, running and framing anything. */
function expectApiSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-inline");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["strict-transport-security"]).toBeUndefined();
}

test("a page, an API route and an error page all carry the security headers", async ({ request }) => {
  const page = await request.get("/");
  expect(page.status()).toBe(200);
  const first = expectSecurityHeaders(page);

  const api = await request.get("/api/health");
  expectApiSecurityHeaders(api);

  const missing = await request.get("/no-such-page");
  expect(missing.status()).toBe(404);
  expectSecurityHeaders(missing);

  const apiError = await request.get("/api/admin/whoami");
  expect(apiError.status()).toBe(401);
  expectApiSecurityHeaders(apiError);

  // A fresh nonce on every rendered response.
  const rendered = expectSecurityHeaders(await request.get("/search?q=shirt"));
  expect(rendered).toMatch(/'nonce-/);
  expect(expectSecurityHeaders(await request.get("/search?q=shirt"))).not.toBe(rendered);
  expect(first).toBeTruthy();
});

test("the page's scripts carry the nonce, and the page runs without CSP violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/login");
  const csp = (await response?.allHeaders())?.["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  const scripts = await page
    .locator("script")
    .evaluateAll((elements) => elements.map((element) => (element as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  for (const scriptNonce of scripts) expect(scriptNonce).toBe(nonce);
  // Hydrated: the client-side form handles a submit without a full page load.
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.locator("#email-error")).toBeVisible();
  expect(violations).toEqual([]);
});
