// The id of the request being handled, for log lines and error bodies. Safe to import anywhere (client bundles
// reach lib/log.ts through shared form helpers): the per-request store itself is set up by server-only code,
// lib/runtime/request-context.ts, on globalThis under a registered symbol, so every bundle Next.js builds and the
// shop's own server see the same one.

export interface RequestContext {
  requestId: string;
  /** What the render of this request did that decides whether the page cache may keep it (page-render-record.ts). */
  page?: PageRenderRecord;
  /** What went wrong while handling it, shared by nested contexts (lib/http/request-outcome.ts). */
  outcome?: RequestOutcome;
  /** The shop's server sends a body its handler compressed itself (lib/http/content-encoding.ts). */
  encodedBodies?: boolean;
}

export interface RequestOutcome {
  /** A database outage was reported: the server answers 503 with Retry-After (lib/runtime/outage-response.ts). */
  databaseUnavailable: boolean;
}

export interface PageRenderRecord {
  /** Set only by a page that asks to be cached (allowPageCache); nothing is cached without it. */
  cacheable: boolean;
  /** The product a cached page shows, so a change to it drops the page; null for listings (dropped on any change). */
  productId: string | null;
  /** A cookie that was present was read, or the request headers were: the page is this visitor's own. */
  personal: boolean;
  /** Cookies the render looked for and did not find: a later request carrying one of them is rendered anew. */
  absentCookies: Set<string>;
}

export interface RequestContextStore {
  getStore(): RequestContext | undefined;
  run<T>(context: RequestContext, fn: () => T): T;
}

export const REQUEST_CONTEXT_KEY = Symbol.for("shop.requestContext");

export function requestContextStore(): RequestContextStore | undefined {
  return (globalThis as { [REQUEST_CONTEXT_KEY]?: RequestContextStore })[REQUEST_CONTEXT_KEY];
}

/** A client-chosen id is kept when it is harmless (log collectors and error bodies show it), else replaced. */
export const REQUEST_ID_PATTERN = /^[\w-]{8,64}$/;

export function requestIdFrom(given: string | string[] | null | undefined): string {
  const value = Array.isArray(given) ? given[0] : given;
  return value && REQUEST_ID_PATTERN.test(value) ? value : crypto.randomUUID();
}

/** The id of the request this code runs for, or undefined outside a request (startup, background jobs). */
export function currentRequestId(): string | undefined {
  return requestContextStore()?.getStore()?.requestId;
}
