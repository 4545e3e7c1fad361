// Security headers for every response. The CSP allows scripts only with the per-request nonce (Next.js adds it
// to its own scripts when it finds the CSP on the request) and, through 'strict-dynamic', what those load.

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, options: { dev: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    // React needs eval only in development, for its debugging stacks.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    // Style attributes are harmless without script; pages use a few.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // Checkout forms end in a redirect to Stripe Checkout when Stripe is configured; browsers apply form-action
    // to that redirect too.
    "form-action 'self' https://checkout.stripe.com",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** For JSON route handlers: nothing may load, run or frame them. */
export function apiContentSecurityPolicy(options: { https: boolean }): string {
  return ["default-src 'none'", "frame-ancestors 'none'", ...(options.https ? ["upgrade-insecure-requests"] : [])].join(
    "; ",
  );
}

/** Headers that do not depend on the request. */
export function staticSecurityHeaders(options: { https: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(self)",
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
