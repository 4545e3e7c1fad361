import { AsyncLocalStorage } from "node:async_hooks";
import {
  REQUEST_CONTEXT_KEY,
  type RequestContext,
  type RequestContextStore,
  requestContextStore,
} from "@/lib/request-id";

// Server-only: the AsyncLocalStorage behind lib/request-id.ts, created once per process. The shop's server
// (server.ts) runs each request inside `withRequestId`; so does the route-handler wrapper, for `next start` and
// tests that call handlers directly.

function store(): RequestContextStore {
  const existing = requestContextStore();
  if (existing) return existing;
  const created = new AsyncLocalStorage<RequestContext>();
  (globalThis as { [REQUEST_CONTEXT_KEY]?: RequestContextStore })[REQUEST_CONTEXT_KEY] = created;
  return created;
}

/**
 * Runs `fn` for one request; a nested call (a route handler under the shop's server) keeps the outer render record,
 * outcome and `encodedBodies` (set by the shop's server only).
 */
export function withRequestId<T>(requestId: string, fn: () => T, options: { encodedBodies?: boolean } = {}): T {
  const page = store().getStore()?.page ?? {
    cacheable: false,
    productId: null,
    personal: false,
    absentCookies: new Set(),
  };
  const outcome = store().getStore()?.outcome ?? { databaseUnavailable: false };
  const encodedBodies = store().getStore()?.encodedBodies ?? options.encodedBodies ?? false;
  return store().run({ requestId, page, outcome, encodedBodies }, fn);
}
