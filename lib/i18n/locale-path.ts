// Locale prefixes in URLs, shared by proxy.ts, server components and client links (no server imports here).

/** Set by proxy.ts on every page request: the language of the URL. */
export const LANGUAGE_HEADER = "x-shop-language";
/** Set by proxy.ts: the URL path without its language prefix (for the language switcher and alternates). */
export const PATH_HEADER = "x-shop-path";

/** A path in a language: the shop's own language has no prefix ("/cart"), others do ("/cs/cart"). */
export function localizedPath(path: string, language: string, defaultLanguage: string): string {
  if (language === defaultLanguage || !path.startsWith("/") || path.startsWith("//")) return path;
  return path === "/" ? `/${language}` : `/${language}${path}`;
}

/** "/cs/products/x" → { language: "cs", path: "/products/x" } when cs is one of `languages`; else language null. */
export function splitLanguagePrefix(
  pathname: string,
  languages: readonly string[],
): { language: string | null; path: string } {
  const match = /^\/([a-z]{2,3})(\/.*)?$/.exec(pathname);
  if (!match?.[1] || !languages.includes(match[1])) return { language: null, path: pathname };
  return { language: match[1], path: match[2] ?? "/" };
}
