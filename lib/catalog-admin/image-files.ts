import { randomUUID } from "node:crypto";
import { mkdir, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import { type ImageFormat, imageContentTypes } from "./process-image";

// Where uploaded pictures live on disk and how their URLs map to files. Names are random UUIDs chosen here, so a
// URL is never built from anything a user typed, and a file is never overwritten (which lets it be cached forever).

export const MEDIA_URL_PREFIX = "/media/";
const FOLDER = "products";
const FILE_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(jpg|png|webp|avif)$/;

export const uploadRoot = () => path.resolve(env.UPLOAD_DIR);

/** Writes a new picture and returns its URL, e.g. "/media/products/<uuid>.webp". */
export async function saveImageFile(data: Buffer, format: ImageFormat): Promise<string> {
  const folder = path.join(uploadRoot(), FOLDER);
  await mkdir(folder, { recursive: true });
  const name = `${randomUUID()}.${format}`;
  await writeFile(path.join(folder, name), data, { flag: "wx", mode: 0o644 });
  return `${MEDIA_URL_PREFIX}${FOLDER}/${name}`;
}

/**
 * The file behind a /media/ path and its content type, or null for anything that is not exactly the shape of a
 * name this module gives out ("..", "%2e%2e", other folders, other extensions, extra segments).
 */
export function resolveMediaFile(segments: readonly string[]): { file: string; contentType: string } | null {
  const [folder, name, ...rest] = segments;
  if (folder !== FOLDER || !name || rest.length > 0 || !FILE_NAME.test(name)) return null;
  const root = uploadRoot();
  const file = path.resolve(root, folder, name);
  if (!file.startsWith(root + path.sep)) return null;
  const extension = name.slice(name.lastIndexOf(".") + 1) as ImageFormat;
  return { file, contentType: imageContentTypes[extension] };
}

/** Removes an uploaded picture's file; pictures shipped with the shop (/images/…) are left alone. */
export async function deleteImageFile(url: string): Promise<void> {
  if (!url.startsWith(MEDIA_URL_PREFIX)) return;
  const resolved = resolveMediaFile(url.slice(MEDIA_URL_PREFIX.length).split("/"));
  if (!resolved) return;
  await unlink(resolved.file).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
}
