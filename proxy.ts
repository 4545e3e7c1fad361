import { type NextRequest, NextResponse } from "next/server";
import { CSRF_COOKIE, csrfCookieOptions, csrfTokenOf, newCsrfCookie } from "@/lib/auth/csrf-cookie";
import { env } from "@/lib/env";
import { defaultLanguage, enabledLanguages } from "@/lib/i18n/languages";
import { LANGUAGE_HEADER, PATH_HEADER, splitLanguagePrefix } from "@/lib/i18n/locale-path";
import { contentSecurityPolicy, newNonce, staticSecurityHeaders } from "@/lib/http/security-headers";

// Runs before every page and error page: sets the security headers and the CSP nonce, and serves /<language>/…
// from the same pages with the language passed on in a header it always sets itself. It never decides who may see
// what; every page, route handler and server action checks the user itself.

const https = new URL(env.PUBLIC_BASE_URL).protocol === "https:";
const dev = env.NODE_ENV === "development";
const fixedHeaders = staticSecurityHeaders({ https });

export function proxy(request: NextRequest) {
  // The benchmark reference pages are not part of a production shop unless benchmarking is switched on.
  if (env.BENCH_PAGES !== "on" && /^\/bench(\/|$)/.test(request.nextUrl.pathname)) {
    return new NextResponse("Not found", { status: 404, headers: { ...fixedHeaders, "content-type": "text/plain" } });
  }
  const { language, path } = splitLanguagePrefix(request.nextUrl.pathname, enabledLanguages);
  // The shop's own language has one address, without a prefix: /en/cart → /cart.
  if (language === defaultLanguage) {
    const target = new URL(`${path}${request.nextUrl.search}`, env.PUBLIC_BASE_URL);
    return NextResponse.redirect(target, { status: 308, headers: fixedHeaders });
  }
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev, https });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  requestHeaders.set(LANGUAGE_HEADER, language ?? defaultLanguage);
  requestHeaders.set(PATH_HEADER, `${path}${request.nextUrl.search}`);
  // The login form posts through next-auth's sign-in, which wants its CSRF cookie (lib/auth/csrf-cookie.ts).
  const csrf = path === "/login" && !csrfTokenOf(request.cookies.get(CSRF_COOKIE)?.value) ? newCsrfCookie() : null;
  if (csrf) {
    const others = (request.headers.get("cookie") ?? "")
      .split(";")
      .map((part) => part.trim())
      .filter((part) => part !== "" && !part.startsWith(`${CSRF_COOKIE}=`));
    requestHeaders.set("cookie", [...others, `${CSRF_COOKIE}=${csrf.cookie}`].join("; "));
  }

  const response = language
    ? NextResponse.rewrite(new URL(`${path}${request.nextUrl.search}`, request.url), {
        request: { headers: requestHeaders },
      })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(fixedHeaders)) response.headers.set(name, value);
  if (csrf) response.cookies.set(CSRF_COOKIE, csrf.cookie, csrfCookieOptions);
  return response;
}

export const config = {
  // Build assets and JSON route handlers get fixed headers from next.config.ts instead: they run no script, so
  // they need no nonce, and skipping this step keeps API calls (checkout above all) fast.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/).*)"],
};
