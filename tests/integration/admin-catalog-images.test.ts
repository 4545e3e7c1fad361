import { existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { POST as uploadRoute } from "@/app/api/admin/products/[id]/images/route";
import {
  DELETE as removeImageRoute,
  PATCH as patchImageRoute,
} from "@/app/api/admin/products/[id]/images/[imageId]/route";
import { GET as media } from "@/app/media/[...path]/route";
import type { CurrentUser } from "@/lib/accounts/types";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import type { AdminImage } from "@/lib/catalog-admin/types";
import { createDb } from "@/lib/db/client";
import { actorOf, adminUser, auditOf, bearer, customerUser, jsonBody } from "../support/admin-catalog";
import { createTestVariant } from "../support/fixtures";
import { BASE, call, errorOf } from "../support/route";

// Uploads go to a folder of this test's own, with a small size limit so "too large" is cheap to reach.
const setup = vi.hoisted(() => {
  // Runs before the imports above are evaluated, so env.ts reads these; the folder is made by the first upload.
  const dir = `${process.env.TMPDIR ?? "/tmp"}/shop-uploads-${process.pid}-${Date.now()}`;
  process.env.UPLOAD_DIR = dir;
  process.env.UPLOAD_MAX_IMAGE_BYTES = String(300 * 1024);
  return { dir, user: null as CurrentUser | null };
});
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => Promise.resolve(setup.user) }));

const db = createDb(inject("databaseUrl"), 2);
let admin: CurrentUser;
let productId = "";

beforeAll(async () => {
  admin = await adminUser(db);
  productId = (await createTestVariant(db, { stock: 1 })).product.id;
});
afterAll(async () => {
  await db.$disconnect();
  rmSync(setup.dir, { recursive: true, force: true });
});

const storedFiles = () => {
  const folder = path.join(setup.dir, "products");
  return existsSync(folder) ? readdirSync(folder) : [];
};

const png = (width = 64, height = 48) =>
  sharp({ create: { width, height, channels: 3, background: "#3a7" } })
    .png()
    .toBuffer();

function upload(
  file: Blob | string | null,
  alt: string | null,
  name = "picture.png",
  headers: Record<string, string> = {},
) {
  const form = new FormData();
  if (file !== null) form.set("file", file instanceof Blob ? new File([file], name, { type: file.type }) : file);
  if (alt !== null) form.set("alt", alt);
  return call(uploadRoute, `/api/admin/products/${productId}/images`, {
    method: "POST",
    body: form,
    headers,
    params: { id: productId },
  });
}

const blob = (bytes: Uint8Array, type: string) => new Blob([new Uint8Array(bytes)], { type });

// A PNG whose header claims 30000 × 30000 pixels in a few bytes: a decompression bomb.
function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function pngBomb(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(30_000, 0);
  header.writeUInt32BE(30_000, 4);
  header.set([8, 0, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.alloc(30_001))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

describe("POST /api/admin/products/[id]/images", () => {
  it("stores a checked picture under UPLOAD_DIR with a random name and records it, audited", async () => {
    setup.user = admin;
    const res = await upload(blob(await png(64, 48), "image/png"), "Lamp from the front");
    expect(res.status).toBe(201);
    const image = res.body as AdminImage;
    expect(image).toMatchObject({ alt: "Lamp from the front", width: 64, height: 48 });
    expect(image.url).toMatch(/^\/media\/products\/[0-9a-f-]{36}\.png$/);
    expect(storedFiles()).toContain(path.basename(image.url));
    const [audit] = await auditOf(db, productId, "product.image_add");
    expect(audit?.after).toMatchObject({ image: { id: image.id, url: image.url, alt: "Lamp from the front" } });
  });

  it("strips metadata (EXIF, GPS) and applies the rotation the camera recorded", async () => {
    setup.user = admin;
    const jpeg = await sharp({ create: { width: 80, height: 40, channels: 3, background: "#888" } })
      .jpeg()
      .withExifMerge({ IFD0: { Artist: "Someone", Copyright: "Secret" } })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect(await sharp(jpeg).metadata()).toMatchObject({ orientation: 6, width: 80, height: 40 });
    expect((await sharp(jpeg).metadata()).exif?.toString("latin1")).toContain("Someone");
    const res = await upload(blob(jpeg, "image/jpeg"), "Rotated", "photo.jpg");
    const image = res.body as AdminImage;
    expect(image.url).toMatch(/\.jpg$/);
    const stored = await sharp(path.join(setup.dir, "products", path.basename(image.url))).metadata();
    expect(stored.exif).toBeUndefined();
    expect([stored.width, stored.height, image.width, image.height]).toEqual([40, 80, 40, 80]);
  });

  it("accepts WebP and AVIF, judged by their content", async () => {
    setup.user = admin;
    const webp = await sharp(await png())
      .webp()
      .toBuffer();
    const avif = await sharp(await png())
      .avif()
      .toBuffer();
    // The browser's type and the file name are wrong on purpose: only the bytes count.
    expect(((await upload(blob(webp, "application/octet-stream"), "W", "x.bin")).body as AdminImage).url).toMatch(
      /\.webp$/,
    );
    expect(((await upload(blob(avif, "image/png"), "A", "a.png")).body as AdminImage).url).toMatch(/\.avif$/);
  });

  const cases: [string, () => Promise<Awaited<ReturnType<typeof upload>>>, number, string, string | null][] = [
    [
      "text disguised as .png",
      () => upload(blob(Buffer.from("hello, not a picture"), "image/png"), "x"),
      415,
      "unsupported_media_type",
      "file",
    ],
    [
      "an HTML page as .png",
      () => upload(blob(Buffer.from("<html><script>alert(1)</script>"), "image/png"), "x"),
      415,
      "unsupported_media_type",
      "file",
    ],
    [
      "an SVG (scriptable)",
      () =>
        upload(
          blob(
            Buffer.from(
              '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
            ),
            "image/svg+xml",
          ),
          "x",
          "x.svg",
        ),
      415,
      "unsupported_media_type",
      "file",
    ],
    [
      "a GIF",
      async () =>
        upload(
          blob(
            await sharp(await png())
              .gif()
              .toBuffer(),
            "image/gif",
          ),
          "x",
          "x.gif",
        ),
      415,
      "unsupported_media_type",
      "file",
    ],
    [
      "a truncated JPEG",
      async () => {
        const j = await sharp({
          create: {
            width: 300,
            height: 300,
            channels: 3,
            background: "#000",
            noise: { type: "gaussian", mean: 120, sigma: 40 },
          },
        })
          .jpeg()
          .toBuffer();
        return upload(blob(j.subarray(0, Math.floor(j.length / 2)), "image/jpeg"), "x", "x.jpg");
      },
      415,
      "unsupported_media_type",
      "file",
    ],
    ["a decompression bomb", () => upload(blob(pngBomb(), "image/png"), "x"), 415, "unsupported_media_type", "file"],
    ["an empty file", () => upload(blob(new Uint8Array(0), "image/png"), "x"), 400, "invalid_input", "file"],
    [
      "a picture over the limit",
      async () =>
        upload(
          blob(
            await sharp({
              create: {
                width: 400,
                height: 400,
                channels: 3,
                background: "#000",
                noise: { type: "gaussian", mean: 128, sigma: 60 },
              },
            })
              .png()
              .toBuffer(),
            "image/png",
          ),
          "x",
        ),
      413,
      "payload_too_large",
      null,
    ],
    ["no file", () => upload(null, "x"), 400, "invalid_input", "file"],
    ["the file as a text field", () => upload("iVBORw0KGgo=", "x"), 400, "invalid_input", "file"],
    ["no text alternative", async () => upload(blob(await png(), "image/png"), null), 400, "invalid_input", "alt"],
    [
      "a huge text alternative",
      async () => upload(blob(await png(), "image/png"), "a".repeat(5000)),
      400,
      "invalid_input",
      "alt",
    ],
    [
      "JSON instead of a form",
      () => call(uploadRoute, "/x", { ...jsonBody("POST", { file: "x", alt: "y" }), params: { id: productId } }),
      415,
      "unsupported_media_type",
      null,
    ],
    [
      "an unknown product",
      async () => {
        const form = new FormData();
        form.set("file", new File([new Uint8Array(await png())], "p.png"));
        form.set("alt", "x");
        return call(uploadRoute, "/x", {
          method: "POST",
          body: form,
          params: { id: "00000000-0000-4000-8000-000000000000" },
        });
      },
      404,
      "not_found",
      null,
    ],
  ];

  it.each(cases.map(([label, send, status, code, field]) => [label, status, code, send, field] as const))(
    "%s → %i %s, nothing stored",
    async (_label, status, code, send, field) => {
      setup.user = admin;
      const filesBefore = storedFiles().length;
      const rowsBefore = await db.productImage.count();
      const res = await send();
      expect(res.status).toBe(status);
      const error = errorOf(res.body);
      expect(error.code).toBe(code);
      if (field) expect(error.fields).toHaveProperty([field]);
      expect(storedFiles()).toHaveLength(filesBefore);
      expect(await db.productImage.count()).toBe(rowsBefore);
    },
  );

  it("refuses a body larger than the limit before reading it all", async () => {
    setup.user = admin;
    const res = await call(uploadRoute, "/x", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(50 * 1024 * 1024) },
      body: "--x--",
      params: { id: productId },
    });
    expect([res.status, errorOf(res.body).code]).toEqual([413, "payload_too_large"]);
  });

  it("refuses a READ token and a customer before looking at the upload", async () => {
    const token = await createApiToken(db, actorOf(admin), { name: "images", scope: "READ" });
    setup.user = null;
    expect((await upload(blob(await png(), "image/png"), "x", "p.png", bearer(token.secret))).status).toBe(403);
    setup.user = customerUser;
    expect((await upload(blob(await png(), "image/png"), "x")).status).toBe(403);
    setup.user = null;
    expect((await upload(blob(await png(), "image/png"), "x")).status).toBe(401);
  });
});

describe("GET /media/[...path]", () => {
  let image: AdminImage;
  beforeAll(async () => {
    setup.user = admin;
    image = (await upload(blob(await png(20, 10), "image/png"), "Served")).body as AdminImage;
  });

  const get = (segments: string[], headers: Record<string, string> = {}) =>
    media(new Request(`${BASE}/media/${segments.join("/")}`, { headers }), {
      params: Promise.resolve({ path: segments }),
    });

  it("serves the picture with its type, a year's immutable caching and an ETag; 304 when unchanged", async () => {
    const segments = image.url.split("/").slice(2);
    const res = await get(segments);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(await sharp(bytes).metadata()).toMatchObject({ format: "png", width: 20, height: 10 });
    expect(res.headers.get("content-length")).toBe(String(bytes.length));
    const etag = res.headers.get("etag") ?? "";
    expect(etag).toMatch(/^".+"$/);
    const again = await get(segments, { "if-none-match": `W/${etag}` });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it.each([
    ["parent folders", ["..", "..", "etc", "passwd"]],
    ["a parent inside the name", ["products", "../../../etc/passwd"]],
    ["an encoded parent", ["products", "%2e%2e%2f%2e%2e%2fetc%2fpasswd"]],
    ["a backslash", ["products", "..\\..\\secret.png"]],
    ["an absolute path", ["/etc/passwd"]],
    ["a NUL byte", ["products", "00000000-0000-4000-8000-000000000000.png\u0000.txt"]],
    ["another folder", ["postgres", "00000000-0000-4000-8000-000000000000.png"]],
    ["another extension", ["products", "00000000-0000-4000-8000-000000000000.svg"]],
    ["an extra segment", ["products", "00000000-0000-4000-8000-000000000000.png", "x"]],
    ["a file that does not exist", ["products", "00000000-0000-4000-8000-000000000000.png"]],
    ["too many segments", Array.from({ length: 50 }, () => "a")],
  ])("answers %s with a 4xx error and no file", async (_label, segments) => {
    const res = await get(segments);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    const body = (await res.json()) as unknown;
    expect(["not_found", "invalid_input"]).toContain(errorOf(body).code);
  });
});

describe("PATCH and DELETE /api/admin/products/[id]/images/[imageId]", () => {
  it("changes the text alternative (audited) and removes the picture and its file", async () => {
    setup.user = admin;
    const image = (await upload(blob(await png(), "image/png"), "Old text")).body as AdminImage;
    const params = { id: productId, imageId: image.id };
    const patched = await call(patchImageRoute, "/x", { ...jsonBody("PATCH", { alt: "New text" }), params });
    expect(patched.body).toMatchObject({ alt: "New text" });
    const [audit] = await auditOf(db, productId, "product.image_update");
    expect([audit?.before, audit?.after]).toEqual([
      { imageId: image.id, alt: "Old text" },
      { imageId: image.id, alt: "New text" },
    ]);
    const blank = await call(patchImageRoute, "/x", { ...jsonBody("PATCH", { alt: " " }), params });
    expect(errorOf(blank.body).fields).toHaveProperty(["alt"]);
    const removed = await call(removeImageRoute, "/x", { method: "DELETE", params });
    expect(removed.status).toBe(204);
    expect(storedFiles()).not.toContain(path.basename(image.url));
    expect(await db.productImage.findUnique({ where: { id: image.id } })).toBeNull();
    expect(await auditOf(db, productId, "product.image_remove")).toHaveLength(1);
    const again = await call(removeImageRoute, "/x", { method: "DELETE", params });
    expect(again.status).toBe(404);
  });

  it("does not touch a picture through another product's path", async () => {
    setup.user = admin;
    const image = (await upload(blob(await png(), "image/png"), "Mine")).body as AdminImage;
    const other = (await createTestVariant(db, { stock: 1 })).product.id;
    const res = await call(removeImageRoute, "/x", { method: "DELETE", params: { id: other, imageId: image.id } });
    expect(res.status).toBe(404);
    expect(await db.productImage.findUnique({ where: { id: image.id } })).not.toBeNull();
  });
});
