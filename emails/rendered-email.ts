import { renderToStaticMarkup } from "react-dom/server";
import type { ReactElement } from "react";

export interface EmailAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
  /** Shown inside the message where the HTML says `cid:<this>` (an inline image). */
  cid?: string;
}

/** A message ready for the transport: both parts, and attachments. */
export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
  attachments: EmailAttachment[];
}

/** React escapes every interpolated string, so user text cannot become markup. */
export function renderEmail(
  subject: string,
  element: ReactElement,
  text: string,
  attachments: EmailAttachment[] = [],
): RenderedEmail {
  return { subject, html: `<!DOCTYPE html>${renderToStaticMarkup(element)}`, text, attachments };
}

/** Plain-text parts: paragraphs separated by blank lines, with the shop's signature. */
export function textBody(paragraphs: (string | null | false | undefined)[]): string {
  return `${paragraphs.filter((part): part is string => typeof part === "string").join("\n\n")}\n`;
}
