import {
  BODY_ENCODING_HEADER,
  type ContentEncoding,
  compress,
  mayEncodeBody,
  preferredEncoding,
} from "@/lib/http/content-encoding";
import { languageFromAcceptLanguage } from "@/lib/i18n/languages";

/**
 * The language a catalog API request is answered in: `?locale=` when given (already validated by
 * catalogLocaleQuerySchema), else the best enabled match of Accept-Language, else the shop's own language.
 */
export function catalogApiLanguage(request: Request, locale: string | undefined): string {
  return locale ?? languageFromAcceptLanguage(request.headers.get("accept-language"));
}

// Cached catalog values are frozen and stay the same object until the catalog changes (lib/catalog/cache.ts), so
// their JSON is written, and compressed for each encoding asked for, once per cache entry, not once per request; an
// entry dropped from the cache frees its bytes.
type Bodies = { identity: Uint8Array } & Partial<Record<ContentEncoding, Uint8Array>>;
const serialised = new WeakMap<object, Bodies>();
const encoder = new TextEncoder();

function bodyOf(data: object, encoding: ContentEncoding | null): Uint8Array {
  if (!Object.isFrozen(data)) return encoder.encode(JSON.stringify(data));
  let bodies = serialised.get(data);
  if (!bodies) {
    bodies = { identity: encoder.encode(JSON.stringify(data)) };
    serialised.set(data, bodies);
  }
  if (!encoding) return bodies.identity;
  return (bodies[encoding] ??= compress(bodies.identity, encoding));
}

/**
 * A JSON answer saying which language it is in; caches must keep one per Accept-Language. Under the shop's server a
 * cached value goes out compressed from its stored bytes, in the encoding the client takes.
 */
export function catalogApiResponse(request: Request, data: object, language: string): Response {
  const encoding =
    Object.isFrozen(data) && mayEncodeBody() ? preferredEncoding(request.headers.get("accept-encoding")) : null;
  const headers = new Headers({
    "content-type": "application/json",
    "content-language": language,
    vary: "Accept-Language, Accept-Encoding",
  });
  if (encoding) headers.set(BODY_ENCODING_HEADER, encoding);
  return new Response(bodyOf(data, encoding) as Uint8Array<ArrayBuffer>, { headers });
}
