import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cacheableRoute, hasPersonalCookie, hashedPolicy, inlineScriptHashes } from "@/lib/runtime/page-cache";

const request = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ method, url, headers });

describe("which requests the page cache may answer", () => {
  it.each([
    ["/products/linen-shirt", { kind: "product", slug: "linen-shirt" }],
    ["/products/linen-shirt?variant=LINSHI-L-WHI", { kind: "product", slug: "linen-shirt" }],
    ["/", { kind: "listing" }],
    ["/categories/kitchen", { kind: "listing" }],
  ])("%s → cacheable", (url, route) => {
    expect(cacheableRoute(request(url))).toEqual(route);
  });

  it.each([
    ["a query other than variant", request("/products/linen-shirt?x=1")],
    ["two variants", request("/products/linen-shirt?variant=A&variant=B")],
    ["a listing with filters", request("/categories/kitchen?sort=price-asc")],
    ["search", request("/search?q=shirt")],
    ["cart", request("/cart")],
    ["a POST", request("/products/linen-shirt", {}, "POST")],
    ["an RSC navigation", request("/products/linen-shirt", { rsc: "1" })],
    ["a prefetch", request("/products/linen-shirt", { "next-router-prefetch": "1" })],
    ["a server action", request("/products/linen-shirt", { "next-action": "abc" })],
    ["a guest cart", request("/products/linen-shirt", { cookie: "theme=dark; cart=0b7c…" })],
    ["a session", request("/", { cookie: "next-auth.session-token=x" })],
    ["a secure session", request("/", { cookie: "__Secure-next-auth.session-token=x" })],
    ["a merge notice", request("/", { cookie: "cart_merge=x" })],
    ["an odd slug", request("/products/../admin")],
  ])("%s → rendered", (_, req) => {
    expect(cacheableRoute(req)).toBeNull();
  });

  it("ignores cookies that are not the shop's", () => {
    expect(hasPersonalCookie("theme=dark; _ga=GA1.1")).toBe(false);
    expect(hasPersonalCookie("cartoon=1")).toBe(false);
    expect(hasPersonalCookie(" cart=1")).toBe(true);
  });
});

describe("the stored page's CSP", () => {
  const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

  it("hashes each distinct inline script exactly as written, and skips scripts with src", () => {
    const html = `<script nonce="n">self.a=1</script><script src="/_next/x.js" async></script>
      <script type="application/ld+json">{"@type":"Product"}</script><script nonce="n">self.a=1</script>
      <script>é "quoted" &amp;</script><script></script>`;
    expect(inlineScriptHashes(html)).toEqual([sha("self.a=1"), sha('{"@type":"Product"}'), sha('é "quoted" &amp;')]);
  });

  it("replaces the nonce and 'strict-dynamic' with the hashes and keeps every other directive", () => {
    const policy =
      "default-src 'self'; script-src 'self' 'nonce-abc==' 'strict-dynamic'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";
    expect(hashedPolicy(policy, ["'sha256-A'", "'sha256-B'"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-A' 'sha256-B'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
    );
  });

  it("refuses to store a page without a script-src to rewrite", () => {
    expect(hashedPolicy("default-src 'self'", ["'sha256-A'"])).toBeNull();
  });
});
