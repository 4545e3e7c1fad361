import { z } from "zod";
import { schemaMessage } from "@/lib/i18n/server-message";
import { safeString } from "@/lib/validation";
import { pageNumberSchema } from "@/lib/admin/list-page";
import { hasControlCharacters } from "./schemas";

// The staff side of the contact inbox: list filters, status changes and replies.

export const contactStatuses = ["NEW", "HANDLED", "SPAM"] as const;
export type ContactStatusValue = (typeof contactStatuses)[number];

export const contactStatusLabels: Record<ContactStatusValue, string> = {
  NEW: "New",
  HANDLED: "Handled",
  SPAM: "Spam",
};

export const contactListQuerySchema = z.object({
  /** Missing: the new messages (the inbox); "ALL": every status. */
  status: z.preprocess(
    (value) => (value === undefined || value === "" ? "NEW" : value),
    z.enum([...contactStatuses, "ALL"], { error: "Choose new, handled, spam or all." }),
  ),
  page: pageNumberSchema,
});
export type ContactListQuery = z.infer<typeof contactListQuerySchema>;

export const contactMessageParamsSchema = z.object({ id: z.uuid("Unknown message.") });

export const setContactStatusSchema = z.object({
  id: z.uuid("Unknown message."),
  status: z.enum(contactStatuses, { error: "Choose new, handled or spam." }),
});
export type SetContactStatusInput = z.infer<typeof setContactStatusSchema>;

export const REPLY_MAX = 5000;

export const contactReplySchema = z.object({
  id: z.uuid("Unknown message."),
  body: safeString({ error: "Write your reply." })
    .trim()
    .min(1, "Write your reply.")
    .max(
      REPLY_MAX,
      schemaMessage("A reply has at most {max, plural, one {# character} other {# characters}}.", { max: REPLY_MAX }),
    )
    .refine((value) => !hasControlCharacters(value, true), "The reply contains characters that cannot be sent."),
  /** Chosen when the form is shown: submitting the same form twice sends one e-mail. */
  idempotencyKey: z.uuid("The form is out of date; reload the page."),
});
export type ContactReplyInput = z.infer<typeof contactReplySchema>;
