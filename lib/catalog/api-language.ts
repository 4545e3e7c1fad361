import { languageFromAcceptLanguage } from "@/lib/i18n/languages";

/**
 * The language a catalog API request is answered in: `?locale=` when given (already validated by
 * catalogLocaleQuerySchema), else the best enabled match of Accept-Language, else the shop's own language.
 */
export function catalogApiLanguage(request: Request, locale: string | undefined): string {
  return locale ?? languageFromAcceptLanguage(request.headers.get("accept-language"));
}

// Cached catalog values are frozen and stay the same object until the catalog changes (lib/catalog/cache.ts), so
// their JSON is written once per cache entry, not once per request; an entry dropped from the cache frees its text.
const serialised = new WeakMap<object, Uint8Array>();
const encoder = new TextEncoder();

function jsonBytes(data: object): Uint8Array {
  if (!Object.isFrozen(data)) return encoder.encode(JSON.stringify(data));
  let bytes = serialised.get(data);
  if (!bytes) {
    bytes = encoder.encode(JSON.stringify(data));
    serialised.set(data, bytes);
  }
  return bytes;
}

/** A JSON answer saying which language it is in; caches must keep one per Accept-Language. */
export function catalogApiResponse(data: object, language: string): Response {
  return new Response(jsonBytes(data) as Uint8Array<ArrayBuffer>, {
    headers: { "content-type": "application/json", "content-language": language, vary: "Accept-Language" },
  });
}
