import sharp, { type Metadata, type SharpOptions } from "sharp";
import { serverMessage } from "@/lib/i18n/server-message";
import { AppError, invalidInput } from "@/lib/errors";

// An uploaded picture is trusted for nothing: its bytes are decoded to learn what it is (not its name or the MIME
// type the browser sent), then re-encoded, which drops EXIF (camera, GPS) and other metadata, applies the EXIF
// rotation, and bounds its size. A file that does not decode completely is refused.

export type ImageFormat = "jpg" | "png" | "webp" | "avif";

export const imageContentTypes: Record<ImageFormat, string> = {
  jpg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  avif: "image/avif",
};

/** Bigger pictures are scaled down to fit: the storefront never shows more than 1600 px (800 px at 2x). */
const MAX_EDGE = 2400;
/** Refuses decompression bombs: a small file that claims a gigantic canvas. */
const MAX_INPUT_PIXELS = 50_000_000;

export interface ProcessedImage {
  data: Buffer;
  format: ImageFormat;
  width: number;
  height: number;
}

const notAnImage = () =>
  new AppError("unsupported_media_type", "The file is not a JPEG, PNG, WebP or AVIF picture.", {
    fields: { file: "Choose a JPEG, PNG, WebP or AVIF picture." },
  });

function formatOf(metadata: Metadata): ImageFormat | null {
  switch (metadata.format) {
    case "jpeg":
      return "jpg";
    case "png":
      return "png";
    case "webp":
      return "webp";
    // HEIF is also Apple's HEIC (HEVC inside), which browsers cannot show; only its AV1 form is AVIF.
    case "heif":
      return metadata.compression === "av1" ? "avif" : null;
    default:
      return null;
  }
}

export async function processImage(bytes: Uint8Array, maxBytes: number): Promise<ProcessedImage> {
  if (bytes.byteLength === 0) throw invalidInput({ file: "Choose a picture to upload." });
  if (bytes.byteLength > maxBytes) {
    const megabytes = Math.floor(maxBytes / (1024 * 1024)) || Number((maxBytes / (1024 * 1024)).toFixed(1));
    throw new AppError(
      "payload_too_large",
      serverMessage("The picture is larger than {megabytes} MB.", { megabytes }),
      {
        fields: { file: serverMessage("Choose a picture of at most {megabytes} MB.", { megabytes }) },
      },
    );
  }
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const options: SharpOptions = { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error", animated: false };
  let format: ImageFormat | null;
  try {
    format = formatOf(await sharp(input, options).metadata());
  } catch {
    throw notAnImage();
  }
  if (!format) throw notAnImage();
  const pipeline = sharp(input, options)
    .rotate()
    .resize({ width: MAX_EDGE, height: MAX_EDGE, fit: "inside", withoutEnlargement: true });
  const encoded =
    format === "jpg"
      ? pipeline.jpeg({ quality: 88, mozjpeg: true })
      : format === "png"
        ? pipeline.png({ compressionLevel: 9 })
        : format === "webp"
          ? pipeline.webp({ quality: 88 })
          : pipeline.avif({ quality: 60, effort: 4 });
  try {
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { data, format, width: info.width, height: info.height };
  } catch {
    // Decoding the whole picture failed part-way: a truncated or corrupt file behind a valid header.
    throw notAnImage();
  }
}
