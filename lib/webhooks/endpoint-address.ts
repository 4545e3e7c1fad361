import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { isBlockedAddress } from "./address-policy";

// Where a webhook may go. Checked when staff register a URL and again before every delivery, against the
// addresses the name resolves to at that moment; the delivery then connects to exactly those addresses, so a DNS
// answer that changes between the check and the connection (DNS rebinding) cannot slip through.

export interface AddressPolicy {
  /** WEBHOOK_ALLOW_HTTP: http:// URLs, for development. */
  allowHttp: boolean;
  /** WEBHOOK_ALLOW_PRIVATE: loopback and private addresses, for development and tests. */
  allowPrivate: boolean;
}

export interface ResolvedTarget {
  url: URL;
  /** The host as the request names it (SNI, Host header), without IPv6 brackets. */
  host: string;
  addresses: { address: string; family: 4 | 6 }[];
}

export class RefusedAddressError extends Error {
  override name = "RefusedAddressError";
}

export type Resolver = (host: string) => Promise<{ address: string; family: number }[]>;

const systemResolver: Resolver = (host) => lookup(host, { all: true, verbatim: true });

/** The URL's shape alone: scheme, no credentials, a host. Returns the reason it is refused, or null. */
export function urlShapeProblem(raw: string, policy: AddressPolicy): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "Enter a full URL, e.g. https://example.com/webhooks.";
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && policy.allowHttp)) {
    return policy.allowHttp ? "Use an https:// or http:// URL." : "Use an https:// URL.";
  }
  if (url.username || url.password) return "Leave user names and passwords out of the URL.";
  if (!url.hostname) return "The URL needs a host name.";
  return null;
}

/** Resolves the URL's host and checks every address; throws RefusedAddressError with the reason. */
export async function resolveEndpoint(
  raw: string,
  policy: AddressPolicy,
  resolver: Resolver = systemResolver,
): Promise<ResolvedTarget> {
  const problem = urlShapeProblem(raw, policy);
  if (problem) throw new RefusedAddressError(problem);
  const url = new URL(raw);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const literal = isIP(host);
  let found: { address: string; family: number }[];
  if (literal) {
    found = [{ address: host, family: literal }];
  } else {
    try {
      found = await resolver(host);
    } catch {
      throw new RefusedAddressError(`The host name ${host} could not be resolved.`);
    }
  }
  if (found.length === 0) throw new RefusedAddressError(`The host name ${host} could not be resolved.`);
  const addresses = found.map(({ address, family }) => ({
    address,
    family: family === 6 ? (6 as const) : (4 as const),
  }));
  if (!policy.allowPrivate) {
    const bad = addresses.find(({ address }) => isBlockedAddress(address));
    if (bad) {
      const what = literal ? `${host} is` : `${host} resolves to ${bad.address},`;
      throw new RefusedAddressError(`${what} a loopback, private, link-local or reserved address.`);
    }
  }
  return { url, host, addresses };
}
