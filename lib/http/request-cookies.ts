import { cookies, headers } from "next/headers";
import { noteCookieRead, notePersonalRead } from "./page-render-record";

// The only door to Next.js's request cookies and headers (lint forbids importing next/headers elsewhere), so that
// every read is seen by the page cache: a page that read something a visitor sent is never served to anyone else.

/** One cookie's value, or undefined. */
export async function readCookie(name: string): Promise<string | undefined> {
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
