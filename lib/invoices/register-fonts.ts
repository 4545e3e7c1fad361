import path from "node:path";
import type { Font as FontRegistry } from "@react-pdf/renderer";

// DejaVu Sans (shipped in lib/invoices/fonts, Bitstream Vera licence beside it) covers Central European letters
// such as ř, ů, ž, ő that the PDF standard fonts lack.
export const INVOICE_FONT = "DejaVu Sans";
const fontsDir = path.join(process.cwd(), "lib", "invoices", "fonts");

let registered = false;

export function registerInvoiceFonts(Font: typeof FontRegistry): void {
  if (registered) return;
  Font.register({
    family: INVOICE_FONT,
    fonts: [
      { src: path.join(fontsDir, "DejaVuSans.ttf"), fontWeight: 400 },
      { src: path.join(fontsDir, "DejaVuSans-Bold.ttf"), fontWeight: 700 },
    ],
  });
  // Names, addresses and amounts must never be split with a hyphen.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}

/**
 * Makes the next document load the invoice fonts afresh. A font object reused from an earlier document can drop
 * characters from the next one's text layer (after a Czech document with "ý", an English one's "y" went missing
 * from the extracted text); the file is read again in a few milliseconds.
 */
export function reloadInvoiceFonts(Font: typeof FontRegistry): void {
  for (const source of Font.getRegisteredFonts()[INVOICE_FONT]?.sources ?? []) {
    source.data = null;
    source.loadResultPromise = null;
  }
}
