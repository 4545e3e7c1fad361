import type { ServerResponse } from "node:http";
import { brotliCompressSync, constants as zlibConstants, gzipSync } from "node:zlib";
import { requestContextStore } from "@/lib/request-id";

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

// Next.js drops Content-Encoding from a route handler's Response (it cannot tell stored bytes from a body fetch
// decoded). A handler that sends stored compressed bytes names their encoding in this header instead, and the
// shop's server turns it into Content-Encoding before the headers go out, so Next.js does not compress them again.
export const BODY_ENCODING_HEADER = "x-shop-body-encoding";

/** Whether a handler may send a compressed body: only under the shop's server, which labels it (labelEncodedBodies). */
export function mayEncodeBody(): boolean {
  return requestContextStore()?.getStore()?.encodedBodies === true;
}

/** The server side: BODY_ENCODING_HEADER set on this response becomes Content-Encoding. */
export function labelEncodedBodies(res: ServerResponse): void {
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (name: string, value: number | string | readonly string[]) =>
    name.toLowerCase() === BODY_ENCODING_HEADER ? setHeader("content-encoding", value) : setHeader(name, value);
}
