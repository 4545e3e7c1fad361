import { request } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { FAULT_APP_PORTS, freePortIn } from "../support/free-port";
import { type ShopProcess, startShopProcess } from "../support/shop-process";

// What the server sends is compressed when the client asks, whether or not the page cache is involved: a page the
// cache stores is kept decoded and served later in the encoding each client takes (";q=0" refuses one), and
// everything it does not store (scripts, personal pages, API answers) keeps Next.js's compression. Cached catalog API
// answers are sent from bytes compressed once per cache entry (lib/catalog/api-language.ts).

let shop: ShopProcess;

beforeAll(async () => {
  shop = await startShopProcess({ port: await freePortIn(...FAULT_APP_PORTS), databaseUrl: inject("databaseUrl") });
});
afterAll(() => shop.kill());

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET that leaves the body as sent (fetch would decode it). */
function get(path: string, acceptEncoding?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${shop.baseUrl}${path}`,
      { headers: acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end();
  });
}

function decoded(raw: Raw): string {
  const encoding = raw.headers["content-encoding"];
  if (encoding === "gzip") return gunzipSync(raw.body).toString("utf8");
  if (encoding === "br") return brotliDecompressSync(raw.body).toString("utf8");
  expect(encoding).toBeUndefined();
  return raw.body.toString("utf8");
}

describe("compressed answers", () => {
  it.each([["/api/products?pageSize=24"], ["/api/products/linen-shirt?locale=cs"]])(
    "catalog API %s: sent from its stored bytes in the encoding asked for, never compressed twice",
    async (path) => {
      const plain = await get(path);
      expect(plain.headers["content-encoding"]).toBeUndefined();
      const json: unknown = JSON.parse(plain.body.toString("utf8"));
      for (const [accept, expected] of [
        ["gzip, deflate, br", "br"],
        ["gzip", "gzip"],
        ["br;q=0, gzip", "gzip"],
        ["gzip;q=0", undefined],
        ["identity", undefined],
      ] as const) {
        // Twice: the first answer stores the encoded bytes, the second is sent from them.
        for (let i = 0; i < 2; i++) {
          const raw = await get(path, accept);
          expect(raw.status).toBe(200);
          expect(raw.headers["content-encoding"]).toBe(expected);
          expect(raw.headers["x-shop-body-encoding"]).toBeUndefined();
          expect(String(raw.headers.vary)).toMatch(/Accept-Encoding/i);
          expect(JSON.parse(decoded(raw))).toEqual(json);
        }
      }
    },
  );

  it("a product page: compressed on the miss, stored decoded, then each hit in the encoding asked for", async () => {
    const path = "/cs/products/linen-shirt";
    const miss = await get(path, "gzip");
    expect(miss.headers["x-page-cache"]).toBe("miss");
    expect(miss.headers["content-encoding"]).toBe("gzip");
    const page = decoded(miss);
    expect(page).toContain("Lněná košile");
    for (const [accept, expected] of [
      ["br", "br"],
      ["gzip, deflate, br", "br"],
      ["gzip", "gzip"],
      ["br;q=0, gzip", "gzip"],
      ["gzip;q=0, br;q=0", undefined],
      [undefined, undefined],
    ] as const) {
      const raw = await get(path, accept);
      expect(raw.headers["x-page-cache"]).toBe("hit");
      expect(raw.headers["content-encoding"]).toBe(expected);
      expect(Number(raw.headers["content-length"])).toBe(raw.body.length);
      expect(decoded(raw)).toBe(page);
    }
  });

  it("scripts, a personal page and API answers keep the server's compression", async () => {
    // The page's largest script (Next.js leaves answers under 1 KB uncompressed).
    const home = decoded(await get("/", "gzip"));
    const scripts = [...new Set(home.match(/\/_next\/static\/chunks\/[^"]+\.js/g) ?? [])];
    const sizes = await Promise.all(scripts.map(async (path) => ({ path, size: (await get(path)).body.length })));
    const script = sizes.sort((a, b) => b.size - a.size)[0]?.path;
    expect(script).toBeTruthy();
    for (const path of [script ?? "", "/cart", "/api/products?pageSize=24"]) {
      const compressed = await get(path, "gzip");
      expect(compressed.status).toBe(200);
      expect(compressed.headers["content-encoding"]).toBe("gzip");
      const plain = await get(path);
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(compressed.body.length).toBeLessThan(plain.body.length);
      if (path !== "/cart") expect(decoded(compressed)).toBe(plain.body.toString("utf8"));
    }
  });
});
