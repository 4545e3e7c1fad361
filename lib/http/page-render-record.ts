import { type PageRenderRecord, requestContextStore } from "@/lib/request-id";

// What a render did that decides whether the shop's page cache (lib/runtime/page-cache.ts) may keep the page. Fail
// closed: a page is kept only when it asked for it (allowPageCache) and nothing personal was read while it
// rendered. Cookies and request headers are read only through lib/http/request-cookies.ts, which reports here.
// Outside the shop's server (next dev, route handlers called by tests) there is no record and these do nothing.

function record(): PageRenderRecord | undefined {
  return requestContextStore()?.getStore()?.page;
}

/**
 * Marks the page being rendered as the same for every visitor with no session and no cart: the page cache may keep
 * it. `productId` names the product it shows (its change drops the page); without it any catalog change does.
 */
export function allowPageCache(options: { productId?: string } = {}): void {
  const page = record();
  if (!page) return;
  page.cacheable = true;
  page.productId = options.productId ?? null;
}

/**
 * True when the URL's query holds only the named keys, each once: pages ask to be cached only for those, so that
 * made-up query strings cannot fill the cache with copies of one page.
 */
export function onlyQueryKeys(
  searchParams: Record<string, string | string[] | undefined>,
  allowed: readonly string[] = [],
): boolean {
  return Object.entries(searchParams).every(
    ([key, value]) => allowed.includes(key) && (typeof value === "string" || value === undefined),
  );
}

/** A cookie was looked up: present makes the page personal; absent, a request carrying it gets its own render. */
export function noteCookieRead(name: string, present: boolean): void {
  const page = record();
  if (!page) return;
  if (present) page.personal = true;
  else page.absentCookies.add(name);
}

/** Something was read that may differ per visitor (all cookies, request headers): never cache this page. */
export function notePersonalRead(): void {
  const page = record();
  if (page) page.personal = true;
}

/** Whether a finished render may be stored. */
export function mayStore(page: PageRenderRecord | undefined): page is PageRenderRecord {
  return page !== undefined && page.cacheable && !page.personal;
}

/** The record of the request running now (the page cache reads it when the response is finished). */
export const currentPageRecord = record;
