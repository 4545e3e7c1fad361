import { XMLBuilder } from "fast-xml-parser";

// The feeds and ISDOC documents are written with fast-xml-parser's builder (already the project's XML library for
// bank statements), not by joining strings: it escapes every text and attribute, so a product name with "&" or
// "<" can never break a feed. Characters XML 1.0 forbids outright (C0 controls other than tab and newlines) are
// dropped first, since no escaping can carry them.

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  suppressEmptyNode: false,
  format: false,
});

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text as it may appear in an XML document. */
export function xmlText(value: string): string {
  return value.replace(FORBIDDEN, "");
}

/** An XML document with a UTF-8 declaration from a fast-xml-parser object tree ("@_name" keys are attributes). */
export function buildXml(root: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(root)}`;
}
