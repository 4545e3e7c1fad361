/**
 * The catalog namespaces the storefront's client components use (useTranslations in app/_components/translations.tsx).
 * Only these are sent to the browser, so a page does not carry the whole catalog in its payload. Add a namespace here
 * when a client component needs it.
 */

/** Used on any page (the error boundaries): the root layout sends them. */
export const SHARED_CLIENT_NAMESPACES = ["errors"] as const;

/** Used by one page's client components: that page sends them around those components (PageTranslations). */
export const PAGE_CLIENT_NAMESPACES = ["checkout", "contact", "passkeys", "product", "returns", "twoFactor"] as const;
export type PageClientNamespace = (typeof PAGE_CLIENT_NAMESPACES)[number];

export const CLIENT_NAMESPACES: readonly string[] = [...SHARED_CLIENT_NAMESPACES, ...PAGE_CLIENT_NAMESPACES];
