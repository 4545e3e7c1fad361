import jsQR from "jsqr";
import { PNG } from "pngjs";

/** The text of the QR code in a PNG, read back with a QR reader (jsQR), or null when none is found. */
export function decodeQrPng(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}
