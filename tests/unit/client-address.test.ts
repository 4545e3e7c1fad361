import { describe, expect, it, vi } from "vitest";

async function addressWith(hops: number, forwardedFor: string | null) {
  vi.resetModules();
  vi.stubEnv("TRUSTED_PROXY_HOPS", String(hops));
  const { clientAddress } = await import("@/lib/http/client-address");
  const headers = new Headers();
  if (forwardedFor !== null) headers.set("x-forwarded-for", forwardedFor);
  return clientAddress(headers);
}

describe("clientAddress", () => {
  it("uses the address the server appended, ignoring what the client wrote", async () => {
    expect(await addressWith(0, "6.6.6.6, 203.0.113.9")).toBe("203.0.113.9");
    expect(await addressWith(0, "203.0.113.9")).toBe("203.0.113.9");
  });

  it("steps over trusted proxies", async () => {
    expect(await addressWith(1, "6.6.6.6, 198.51.100.7, 10.0.0.2")).toBe("198.51.100.7");
  });

  it("never reads past the start of the chain", async () => {
    expect(await addressWith(3, "198.51.100.7")).toBe("198.51.100.7");
    expect(await addressWith(0, null)).toBe("unknown");
  });
});
