import { MAX_GLOSSARY_CSV_BYTES, MAX_IMPORT_BYTES } from "@/lib/catalog-admin/csv-format";
import { env } from "@/lib/env";

// Every request body the shop accepts, by kind: the one table of size limits. The HTTP server
// (lib/runtime/body-guard.ts) enforces them before the app reads a byte, and the route handlers' own readers
// (lib/http/handler.ts, read-body.ts) stop at the same numbers, so no reader ever holds more than its limit.

export type BodyKind = "json" | "productJson" | "form" | "upload" | "csv" | "glossaryCsv" | "webhook";

export interface BodyLimit {
  kind: BodyKind;
  maxBytes: number;
  /**
   * "buffer": the server collects the whole body (at most maxBytes) before the app sees the request, so a body
   * that is too large or too slow is refused without the app reading any of it.
   * "stream": the body flows to the route as it arrives, so the route can refuse an unauthorised caller before
   * reading (these routes are for staff and their bodies are large); its reader stops at maxBytes.
   */
  mode: "buffer" | "stream";
}

/** Room for the multipart framing and the alt text around an uploaded picture. */
const MULTIPART_OVERHEAD = 64 * 1024;

export const bodyLimits: Readonly<Record<BodyKind, BodyLimit>> = {
  /** JSON bodies of the API; a route may set a lower limit of its own (maxBodyBytes). */
  json: { kind: "json", maxBytes: 64 * 1024, mode: "buffer" },
  /** A new product with all its variants. */
  productJson: { kind: "productJson", maxBytes: 512 * 1024, mode: "buffer" },
  /** Server actions and form posts to pages (Next.js's own limit for server actions is 1 MB too). */
  form: { kind: "form", maxBytes: 1024 * 1024, mode: "buffer" },
  /** A product picture, multipart/form-data. */
  upload: { kind: "upload", maxBytes: env.UPLOAD_MAX_IMAGE_BYTES + MULTIPART_OVERHEAD, mode: "stream" },
  /** A product CSV for the import. */
  csv: { kind: "csv", maxBytes: MAX_IMPORT_BYTES, mode: "stream" },
  /** The option glossary's CSV. */
  glossaryCsv: { kind: "glossaryCsv", maxBytes: MAX_GLOSSARY_CSV_BYTES, mode: "stream" },
  /** Stripe's signed event. */
  webhook: { kind: "webhook", maxBytes: 512 * 1024, mode: "buffer" },
};

const routes: readonly (readonly [RegExp, BodyKind])[] = [
  [/^\/api\/admin\/products\/import\/?$/, "csv"],
  [/^\/api\/admin\/option-translations\.csv\/?$/, "glossaryCsv"],
  [/^\/api\/admin\/products\/[^/]+\/images\/?$/, "upload"],
  [/^\/api\/admin\/products\/?$/, "productJson"],
  [/^\/api\/webhooks\/stripe\/?$/, "webhook"],
  [/^\/api(\/|$)/, "json"],
];

/** The limit for a request path (without its query string); anything outside /api is a page's form post. */
export function bodyLimitFor(path: string): BodyLimit {
  for (const [pattern, kind] of routes) if (pattern.test(path)) return bodyLimits[kind];
  return bodyLimits.form;
}
