import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect } from "vitest";

// Reads a feed document the way a comparison site would: it must be well-formed, then its elements are read as
// plain strings (no number guessing), repeated elements always as arrays.

const REPEATED = new Set(["item", "SHOPITEM", "g:shipping", "g:additional_image_link", "PARAM", "IMGURL_ALTERNATIVE"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => REPEATED.has(name),
});

export type XmlNode = Record<string, unknown>;

export function parseFeed(text: string): XmlNode {
  expect(XMLValidator.validate(text)).toBe(true);
  return parser.parse(text) as XmlNode;
}

/** A child element's text; undefined when it is missing. */
export function textOf(node: XmlNode, name: string): string | undefined {
  const value = node[name];
  if (value === undefined) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "object" && value !== null && "#text" in value) return String((value as XmlNode)["#text"]);
  throw new Error(`<${name}> holds elements, not text`);
}

export function childrenOf(node: XmlNode, name: string): XmlNode[] {
  const value = node[name];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}
