import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { z } from "zod";
import { safeString } from "@/lib/validation";
import { resolveMediaFile } from "@/lib/catalog-admin/image-files";
import { notFound } from "@/lib/errors";
import { handler } from "@/lib/http/handler";

// Uploaded product pictures. Their names are random and never reused, so a response may be cached for a year
// by browsers, CDNs and the image optimiser (next/image fetches them from here), and an ETag answers revalidation
// with 304. Only names of the exact shape the upload gives out are served; nothing else on disk is reachable.

const params = z.object({ path: z.array(safeString().max(100)).min(1).max(4) });

const matches = (ifNoneMatch: string | null, etag: string) =>
  ifNoneMatch !== null &&
  ifNoneMatch.split(",").some((tag) => {
    const value = tag.trim();
    return value === "*" || value.replace(/^W\//, "") === etag;
  });

export const GET = handler({ auth: "public", params }, async ({ request, params: { path } }) => {
  const media = resolveMediaFile(path);
  if (!media) throw notFound("The picture was not found.");
  const info = await stat(media.file).catch(() => null);
  if (!info?.isFile()) throw notFound("The picture was not found.");
  const etag = `"${path.at(-1)?.split(".")[0] ?? ""}-${info.size.toString(36)}"`;
  const headers = new Headers({
    etag,
    "cache-control": "public, max-age=31536000, immutable",
    "last-modified": info.mtime.toUTCString(),
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'; sandbox",
  });
  if (matches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  headers.set("content-type", media.contentType);
  headers.set("content-length", String(info.size));
  if (request.method === "HEAD") return new Response(null, { status: 200, headers });
  const body = Readable.toWeb(createReadStream(media.file)) as ReadableStream<Uint8Array>;
  return new Response(body, { status: 200, headers });
});
