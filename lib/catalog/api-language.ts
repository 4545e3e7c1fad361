import { languageFromAcceptLanguage } from "@/lib/i18n/languages";

/**
 * The language a catalog API request is answered in: `?locale=` when given (already validated by
 * catalogLocaleQuerySchema), else the best enabled match of Accept-Language, else the shop's own language.
 */
export function catalogApiLanguage(request: Request, locale: string | undefined): string {
  return locale ?? languageFromAcceptLanguage(request.headers.get("accept-language"));
}

/** A JSON answer saying which language it is in; caches must keep one per Accept-Language. */
export function catalogApiResponse(data: object, language: string): Response {
  return Response.json(data, { headers: { "content-language": language, vary: "Accept-Language" } });
}
