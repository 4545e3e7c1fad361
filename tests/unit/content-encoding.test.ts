import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { compress, preferredEncoding } from "@/lib/http/content-encoding";

describe("preferredEncoding", () => {
  it.each([
    [undefined, null],
    ["", null],
    ["identity", null],
    ["gzip", "gzip"],
    ["GZIP", "gzip"],
    ["gzip, deflate, br, zstd", "br"],
    ["br;q=0, gzip", "gzip"],
    ["gzip;q=0", null],
    ["gzip; q=0.0, br;q=0", null],
    ["deflate", null],
    ["xgzip, gzipx", null],
    ["gzip;q=0.001", "gzip"],
  ])("%s → %s", (header, expected) => {
    expect(preferredEncoding(header)).toBe(expected);
  });
});

describe("compress", () => {
  it("gives bytes that decode to the original in both encodings", () => {
    const body = new TextEncoder().encode(JSON.stringify({ name: "Lněná košile", items: Array(50).fill("x") }));
    expect(gunzipSync(compress(body, "gzip"))).toEqual(Buffer.from(body));
    expect(brotliDecompressSync(compress(body, "br"))).toEqual(Buffer.from(body));
  });
});
