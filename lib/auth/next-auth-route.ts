import { env, oidcProviders } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { handler } from "@/lib/http/handler";
import { decodeUtf8, readBodyBytes } from "@/lib/http/read-body";
import {
  CALLBACK_URL_COOKIE,
  type NextAuthFields,
  assertOffered,
  callNextAuth,
  isShopUrl,
  nextAuthParams,
  parseFields,
  refusedForCsrf,
} from "./next-auth-request";
import { cookieValue } from "@/lib/http/request-cookies";
import { CSRF_REFUSED } from "./sign-in-refusal";

// /api/auth/[...nextauth]: the shop's checks (same origin for writes, a small flat body, callback URLs on this shop),
// then next-auth's handler, then the shop's answers where next-auth's would be a redirect to its own pages:
// a refused sign-in is the shop's JSON error (status, Retry-After) for JSON clients and the login page with the
// reason for browsers; a wrong CSRF token is 403.

const MAX_BODY_BYTES = 4 * 1024;

export const nextAuthRoute = handler({ auth: "public", params: nextAuthParams }, async ({ request, params }) => {
  const method = request.method === "POST" ? "POST" : "GET";
  assertOffered(request.method, params.nextauth);
  const url = new URL(request.url);
  const callbackUrl = url.searchParams.get("callbackUrl");
  const cookieUrl = callbackUrlCookie(request);
  if ((callbackUrl !== null && !isShopUrl(callbackUrl)) || (cookieUrl !== undefined && !isShopUrl(cookieUrl))) {
    throw new AppError("invalid_input", "The return address is not valid.");
  }
  const fields: NextAuthFields =
    method === "POST"
      ? parseFields(decodeUtf8(await readBodyBytes(request, MAX_BODY_BYTES)), request.headers.get("content-type") ?? "")
      : {};
  const wantsJson = fields.json === "true" || /^application\/json\b/i.test(request.headers.get("content-type") ?? "");

  const { response, outcome } = await callNextAuth({
    url: request.url,
    method,
    headers: request.headers,
    segments: params.nextauth,
    fields,
  });
  if (method === "POST" && refusedForCsrf(response)) throw new AppError("forbidden", CSRF_REFUSED);
  if (outcome.refusal && wantsJson) throw outcome.refusal;
  if (params.nextauth[0] === "providers") return withOidcProviders(response);
  const location = response.headers.get("location");
  if (wantsJson && location) {
    // next-auth's client convention: `{ url }` instead of a redirect, with the same cookies.
    const headers = new Headers(response.headers);
    headers.delete("location");
    headers.set("content-type", "application/json");
    return new Response(JSON.stringify({ url: location }), { status: 200, headers });
  }
  return response;
});

/** The callback-URL cookie next-auth keeps; "" for one that cannot even be decoded (refused like a foreign one). */
function callbackUrlCookie(request: Request): string | undefined {
  try {
    return cookieValue(request.headers.get("cookie"), CALLBACK_URL_COOKIE);
  } catch {
    return "";
  }
}

/** next-auth lists its own providers (credentials); the shop's OpenID Connect providers have their own routes. */
async function withOidcProviders(response: Response): Promise<Response> {
  const listed = (await response.json()) as Record<string, unknown>;
  for (const provider of oidcProviders) {
    const base = new URL(`/api/auth/oidc/${provider.id}`, env.PUBLIC_BASE_URL).href;
    listed[provider.id] = {
      id: provider.id,
      name: provider.name,
      type: "oidc",
      signinUrl: base,
      callbackUrl: `${base}/callback`,
    };
  }
  return Response.json(listed, { headers: { "cache-control": "no-store" } });
}
