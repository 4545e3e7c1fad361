import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

// The request being handled, for every log line written while handling it. The shop's server (server.ts) runs
// each request inside `withRequestId`; the route handlers, pages and domain code it reaches (bundled by Next.js
// into modules of their own) see the same store because it lives on globalThis under a registered symbol, not in
// a module variable that each bundle would copy.

interface RequestContext {
  requestId: string;
}

const KEY = Symbol.for("shop.requestContext");
const holder = globalThis as typeof globalThis & { [KEY]?: AsyncLocalStorage<RequestContext> };
const storage = (holder[KEY] ??= new AsyncLocalStorage<RequestContext>());

/** A client-chosen id is kept when it is harmless (log collectors and the error body show it), else replaced. */
export const REQUEST_ID_PATTERN = /^[\w-]{8,64}$/;

export function requestIdFrom(given: string | string[] | null | undefined): string {
  const value = Array.isArray(given) ? given[0] : given;
  return value && REQUEST_ID_PATTERN.test(value) ? value : randomUUID();
}

export function withRequestId<T>(requestId: string, fn: () => T): T {
  return storage.run({ requestId }, fn);
}

/** The id of the request this code runs for, or undefined outside a request (startup, background jobs). */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
