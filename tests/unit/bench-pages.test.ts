import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

// BENCH_PAGES is off unless set (lib/env.ts): a production shop does not serve the benchmark pages.
describe("the benchmark pages", () => {
  it.each([
    ["/bench/static", 404],
    ["/bench/dynamic", 404],
    ["/bench", 404],
    ["/benches", 200],
    ["/products/cast-iron-skillet", 200],
  ])("%s → %i", (path, status) => {
    const response = proxy(new NextRequest(`http://localhost${path}`));
    expect(response.status).toBe(status);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
