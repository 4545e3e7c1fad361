import { env } from "@/lib/env";

/**
 * The client's IP address. The shop's server (lib/runtime/server.ts) appends the socket's peer address to
 * X-Forwarded-For on every request, so the last entry is always real; with TRUSTED_PROXY_HOPS reverse proxies in
 * front, the client is that many entries further left. Entries a client wrote itself are never used.
 */
export function clientAddress(headers: Headers): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return chain[Math.max(0, chain.length - 1 - env.TRUSTED_PROXY_HOPS)] ?? "unknown";
}
