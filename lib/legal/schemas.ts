import { z } from "zod";
import { schemaMessage } from "@/lib/i18n/server-message";
import { safeString } from "@/lib/validation";
import { legalDocuments } from "./documents";

export const legalKindSchema = z.enum(
  legalDocuments.map((d) => d.kind) as [
    (typeof legalDocuments)[number]["kind"],
    ...(typeof legalDocuments)[number]["kind"][],
  ],
  { error: "Choose one of the legal pages." },
);

/** A version number in a URL: 1, 2, 3… */
export const legalVersionNumberSchema = z.coerce
  .number({ error: "Unknown version." })
  .int("Unknown version.")
  .min(1, "Unknown version.")
  .max(1_000_000, "Unknown version.");

export const LEGAL_BODY_MAX = 100_000;

export const publishLegalDocumentSchema = z.object({
  kind: legalKindSchema,
  title: safeString({ error: "Enter a title." })
    .trim()
    .min(1, "Enter a title.")
    .max(200, "A title has at most 200 characters.")
    .regex(/^[^\r\n]*$/, "A title is one line."),
  /** Markdown; raw HTML in it is shown as text, never run (lib/legal/render-markdown.tsx). */
  body: safeString({ error: "Write the text." })
    .transform((text) => text.replace(/\r\n?/g, "\n").trim())
    .pipe(
      safeString()
        .min(1, "Write the text.")
        .max(
          LEGAL_BODY_MAX,
          schemaMessage("The text has at most {max, plural, one {# character} other {# characters}}.", {
            max: LEGAL_BODY_MAX,
          }),
        ),
    ),
});
export type PublishLegalDocumentInput = z.output<typeof publishLegalDocumentSchema>;
