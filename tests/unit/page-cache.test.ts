import { createHash } from "node:crypto";
import { deflateSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  allowPageCache,
  currentPageRecord,
  mayStore,
  noteCookieRead,
  notePersonalRead,
  onlyQueryKeys,
} from "@/lib/http/page-render-record";
import { cacheKey, decodedBody, fitsRequest, hashedPolicy, inlineScriptHashes } from "@/lib/runtime/page-cache";
import { withRequestId } from "@/lib/runtime/request-context";

const request = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ method, url, headers });

describe("which requests the page cache may answer or capture", () => {
  it.each(["/products/linen-shirt", "/products/linen-shirt?variant=LINSHI-L-WHI", "/", "/categories/kitchen", "/cart"])(
    "%s → looked up under its URL",
    (url) => {
      expect(cacheKey(request(url))).toBe(url);
    },
  );

  it.each([
    ["a POST", request("/products/linen-shirt", {}, "POST")],
    ["an RSC navigation", request("/products/linen-shirt", { rsc: "1" })],
    ["a prefetch", request("/products/linen-shirt", { "next-router-prefetch": "1" })],
    ["a server action", request("/products/linen-shirt", { "next-action": "abc" })],
    ["an absolute-form URL", request("http://evil.example/products/x")],
    ["a very long URL", request(`/products/x?variant=${"a".repeat(3000)}`)],
  ])("%s → rendered, never stored", (_, req) => {
    expect(cacheKey(req)).toBeNull();
  });

  it.each([
    ["no cookies", undefined, true],
    ["cookies the render did not look for", "theme=dark; _ga=GA1.1; known_device=x", true],
    ["a name that only starts like one", "cartoon=1", true],
    ["a guest cart", "theme=dark; cart=0b7c", false],
    ["a session", " next-auth.session-token=x", false],
  ])("a page rendered without a cart or session cookie, asked for with %s → served: %s", (_, cookie, served) => {
    expect(fitsRequest(new Set(["cart", "next-auth.session-token"]), cookie)).toBe(served);
  });
});

describe("the render record: a page is stored only when it asked and read nothing personal", () => {
  const rendered = (render: () => void) =>
    withRequestId("req-unit-test-1", () => {
      render();
      return currentPageRecord();
    });

  it.each([
    ["a page that never asks", () => noteCookieRead("cart", false), false],
    [
      "a page that asks and finds no cart or session",
      () => {
        allowPageCache({ productId: "p1" });
        noteCookieRead("cart", false);
        noteCookieRead("next-auth.session-token", false);
      },
      true,
    ],
    [
      "a page that asks but reads the cart",
      () => {
        allowPageCache();
        noteCookieRead("cart", true);
      },
      false,
    ],
    [
      "a page that reads the session before it asks",
      () => {
        noteCookieRead("next-auth.session-token", true);
        allowPageCache();
      },
      false,
    ],
    [
      "a page that asks but reads the headers or the whole cookie store",
      () => {
        allowPageCache();
        notePersonalRead();
      },
      false,
    ],
  ])("%s → stored: %s", (_, render, stored) => {
    expect(mayStore(rendered(render))).toBe(stored);
  });

  it("keeps the product and the cookies the page relied on not having", () => {
    const record = rendered(() => {
      allowPageCache({ productId: "p1" });
      noteCookieRead("cart", false);
    });
    expect(record).toMatchObject({ productId: "p1", absentCookies: new Set(["cart"]) });
  });

  it("a nested request context (a route handler under the server) shares the outer record", () => {
    const record = rendered(() => {
      allowPageCache();
      withRequestId("req-unit-test-2", () => noteCookieRead("cart", true));
    });
    expect(mayStore(record)).toBe(false);
  });

  it("outside a request nothing is recorded and nothing may be stored", () => {
    allowPageCache();
    expect(mayStore(currentPageRecord())).toBe(false);
  });

  it.each([
    [{}, [], true],
    [{ variant: "A" }, ["variant"], true],
    [{ variant: ["A", "B"] }, ["variant"], false],
    [{ x: "1" }, ["variant"], false],
    [{ page: "2" }, [], false],
  ])("query %j with keys %j may be cached: %s", (query, allowed, ok) => {
    expect(onlyQueryKeys(query, allowed)).toBe(ok);
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

describe("decodedBody", () => {
  const html = Buffer.from(`<!doctype html><html lang="cs"><body>${"Lněná košile ".repeat(200)}</body></html>`);

  it("keeps an uncompressed page, and decodes what Next.js compressed", () => {
    expect(decodedBody(html, undefined)).toBe(html);
    expect(decodedBody(gzipSync(html), "gzip")).toEqual(html);
    expect(decodedBody(deflateSync(html), "deflate")).toEqual(html);
  });

  it("stores nothing it cannot decode, or past the largest page", () => {
    expect(decodedBody(html, "br")).toBeNull();
    expect(decodedBody(Buffer.from("not gzip"), "gzip")).toBeNull();
    expect(decodedBody(gzipSync(Buffer.alloc(2_000_000, 32)), "gzip")).toBeNull();
  });
});
