import { brotliCompressSync, constants as zlibConstants, gzipSync } from "node:zlib";

// Cached answers (pages in lib/runtime/page-cache.ts, catalog API answers in lib/catalog/api-language.ts) are stored
// compressed once and sent as they are, instead of being compressed again for every request.

export type ContentEncoding = "br" | "gzip";

/** What the client takes, by Accept-Encoding: brotli, then gzip, else none; `;q=0` refuses one. */
export function preferredEncoding(acceptEncoding: string | null | undefined): ContentEncoding | null {
  if (!acceptEncoding) return null;
  const taken = new Set<string>();
  for (const part of acceptEncoding.toLowerCase().split(",")) {
    const [name = "", ...params] = part.split(";").map((s) => s.trim());
    const q = params.find((p) => p.startsWith("q="));
    if (q && Number(q.slice(2)) === 0) continue;
    taken.add(name);
  }
  if (taken.has("br")) return "br";
  if (taken.has("gzip")) return "gzip";
  return null;
}

/** The body compressed for that encoding, at the level the server would use for a fresh answer. */
export function compress(body: Uint8Array, encoding: ContentEncoding): Buffer {
  return encoding === "br"
    ? brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 6 } })
    : gzipSync(body, { level: 6 });
}
