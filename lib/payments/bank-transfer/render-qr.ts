import QRCode from "qrcode";

// Payment QR codes at error correction level M, as both EPC069-12 and the SPAYD guidelines ask for print, with the
// standard 4-module quiet zone so banking apps find them on a busy page.
const options = { errorCorrectionLevel: "M", margin: 4 } as const;

/** A PNG of the QR code, `width` pixels square (rounded to whole modules). */
export function renderQrPng(payload: string, width = 300): Promise<Buffer> {
  return QRCode.toBuffer(payload, { ...options, type: "png", width });
}

/** An SVG of the QR code, scalable, for pages and PDFs. */
export function renderQrSvg(payload: string): Promise<string> {
  return QRCode.toString(payload, { ...options, type: "svg" });
}

/** A data: URL of the PNG, for an <img> in a page or an e-mail. */
export function renderQrDataUrl(payload: string, width = 300): Promise<string> {
  return QRCode.toDataURL(payload, { ...options, type: "image/png", width });
}

/** The QR version (size) the payload needs; EPC069-12 allows at most 13. */
export function qrVersionFor(payload: string): number {
  return QRCode.create(payload, options).version;
}
