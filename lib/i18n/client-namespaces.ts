/**
 * The catalog namespaces client components use (useTranslations): only these are sent to the browser, so a page
 * does not carry the whole catalog in its JavaScript payload. Add a namespace here when a client component needs it.
 */
export const CLIENT_NAMESPACES: readonly string[] = [
  "checkout",
  "contact",
  "errors",
  "form",
  "language",
  "passkeys",
  "product",
  "returns",
  "twoFactor",
];
