// Where a link in a legal text may point: the web (http, https), e-mail (mailto), and pages of this shop (`/privacy`,
// `#section`). Everything else (javascript:, data:, vbscript:, file:, protocol-relative `//host`) loses its
// address and is shown as plain text.

const ALLOWED_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

export function safeLinkUrl(url: string): string | null {
  const trimmed = url.trim();
  // Same-site paths only: "//host" and "/\host" are other sites to a browser.
  if (/^\/(?![/\\])/.test(trimmed) || trimmed.startsWith("#")) return trimmed;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return null;
  }
  return ALLOWED_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
}
