import { cookies, headers } from "next/headers";
import { LANGUAGE_HEADER, PATH_HEADER } from "@/lib/i18n/locale-path";
import { noteCookieRead, notePersonalRead } from "./page-render-record";

// The only door to Next.js's request cookies and headers (lint forbids importing next/headers elsewhere), so that
// every read is seen by the page cache: a page that read something a visitor sent is never served to anyone else.

/** One cookie from a Cookie header. */
export function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

/**
 * One cookie's value, or undefined: from the Request when the caller has one (route handlers, which also run
 * outside Next's request scope in tests), else from Next's cookie store (pages, server actions).
 */
export async function readCookie(name: string, request?: Request): Promise<string | undefined> {
  if (request) return cookieValue(request.headers.get("cookie"), name);
  const value = (await cookies()).get(name)?.value;
  noteCookieRead(name, value !== undefined);
  return value;
}

/** The whole cookie store, to write (server actions, route handlers); the page counts as personal. */
export async function cookieJar(): Promise<Awaited<ReturnType<typeof cookies>>> {
  notePersonalRead();
  return cookies();
}

/** The request headers; the page counts as personal. */
export async function requestHeaders(): Promise<Awaited<ReturnType<typeof headers>>> {
  notePersonalRead();
  return headers();
}

/**
 * The language proxy.ts derived from the URL (it always replaces whatever a client sent under this name): the
 * same for every visitor of the URL, so reading it leaves the page cacheable.
 */
export async function languageHeader(): Promise<string | null> {
  return (await headers()).get(LANGUAGE_HEADER);
}

/** The URL's path without its language prefix, as proxy.ts saw it (also replaced on every request). */
export async function unprefixedPathHeader(): Promise<string> {
  return (await headers()).get(PATH_HEADER) ?? "/";
}
