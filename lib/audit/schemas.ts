import { z } from "zod";
import { schemaMessage, serverMessage } from "@/lib/i18n/server-message";
import { safeString } from "@/lib/validation";
import { optionalFilter } from "@/lib/admin/list-page";

// Filters for browsing the audit log; the page and any API share them.

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const day = (label: string) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    safeString({ error: schemaMessage("{label}: enter a date.", { label: serverMessage(label) }) })
      .trim()
      .regex(DAY, schemaMessage("{label}: enter a date as YYYY-MM-DD.", { label: serverMessage(label) }))
      .refine(
        (text) => {
          const date = new Date(`${text}T00:00:00Z`);
          return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
        },
        schemaMessage("{label}: enter a real date.", { label: serverMessage(label) }),
      )
      .optional(),
  );

/** Where the previous page stopped: the last row's time and id, so pages stay stable while rows are added. */
export interface AuditCursor {
  createdAt: Date;
  id: string;
}

export function encodeAuditCursor(cursor: AuditCursor): string {
  return Buffer.from(`${cursor.createdAt.toISOString()}|${cursor.id}`).toString("base64url");
}

const cursorSchema = z.preprocess(
  (value) => (value === "" ? undefined : value),
  safeString({ error: "This page link is not valid." })
    .max(200, "This page link is not valid.")
    .transform((text, ctx) => {
      const [when = "", id = ""] = Buffer.from(text, "base64url").toString("utf8").split("|");
      const createdAt = new Date(when);
      if (!z.iso.datetime().safeParse(when).success || !z.uuid().safeParse(id).success) {
        ctx.addIssue({ code: "custom", message: "This page link is not valid." });
        return z.NEVER;
      }
      return { createdAt, id } satisfies AuditCursor;
    })
    .optional(),
);

export const auditQuerySchema = z
  .object({
    /** Part of the actor's e-mail address, any case. */
    actor: optionalFilter("Actor e-mail", 254),
    /** An action or the start of one: "user." finds every change to accounts. */
    action: optionalFilter("Action", 100),
    entityType: optionalFilter("Entity type", 60),
    entityId: optionalFilter("Entity id", 200),
    /** First and last day shown, inclusive, on the shop's clock (SHOP_TIME_ZONE). */
    from: day("From"),
    to: day("To"),
    after: cursorSchema,
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "The end date is before the start.", path: ["to"] });
export type AuditQuery = z.infer<typeof auditQuerySchema>;
