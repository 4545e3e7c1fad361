import { z } from "zod";
import { schemaMessage, serverMessage } from "@/lib/i18n/server-message";
import { safeString } from "@/lib/validation";
import { blankAsUndefined } from "@/lib/orders/schemas";

// What the return endpoints, server actions and forms accept: one schema per use, shared by the API, the pages and
// the OpenAPI document.

export const RETURN_STATUSES = ["REQUESTED", "APPROVED", "REJECTED", "RECEIVED", "REFUNDED"] as const;
export type ReturnStatusName = (typeof RETURN_STATUSES)[number];

export const MAX_RETURN_LINES = 100;

/** Free text a person writes (a reason, a note): several lines allowed, no control characters. */
const note = (label: string, max: number) =>
  safeString({ error: schemaMessage("{label} must be text.", { label: serverMessage(label) }) })
    .trim()
    .max(
      max,
      schemaMessage("{label} has at most {max, plural, one {# character} other {# characters}}.", {
        label: serverMessage(label),
        max,
      }),
    );

export const returnLineInputSchema = z.strictObject({
  orderLineId: z.uuid("Choose an item of this order."),
  quantity: z
    .number({ error: "Give the number of units as a whole number." })
    .int("Give the number of units as a whole number.")
    .min(1, "Return at least one unit.")
    .max(10_000, "That is more units than the order has."),
});

/** POST /api/orders/{id}/returns: which lines, how many units of each, and why (optional). */
export const requestReturnSchema = z.strictObject({
  lines: z
    .array(returnLineInputSchema, { error: "Choose the items to return." })
    .min(1, "Choose at least one item to return.")
    .max(MAX_RETURN_LINES, schemaMessage("At most {count} items per return.", { count: MAX_RETURN_LINES }))
    .refine(
      (lines) => new Set(lines.map((line) => line.orderLineId)).size === lines.length,
      "Name each item once, with the number of units to return.",
    ),
  reason: z.preprocess(blankAsUndefined, note("Reason", 1000).optional()),
});
export type RequestReturnInput = z.infer<typeof requestReturnSchema>;

export const returnParamsSchema = z.object({ id: z.uuid("Unknown return.") });

/** Staff approving: an optional note for the shopper (e.g. where to send the parcel). */
export const approveReturnSchema = z.strictObject({
  note: z.preprocess(blankAsUndefined, note("Note", 1000).optional()),
});

/** Staff rejecting: the shopper is told why, so the note is required. */
export const rejectReturnSchema = z.strictObject({
  note: note("Note", 1000).min(1, "Say why the return is rejected; the shopper gets this note."),
});

/** Staff receiving the parcel: the return's lines whose units go back into stock (the others do not). */
export const receiveReturnSchema = z.strictObject({
  restockLineIds: z
    .array(z.uuid("Unknown line of this return."), { error: "List the return's lines to put back into stock." })
    .max(MAX_RETURN_LINES)
    .default([]),
});

export const refundReturnSchema = z.strictObject({});

export const returnListQuerySchema = z.strictObject({
  status: z.preprocess(blankAsUndefined, z.enum(RETURN_STATUSES, { error: "Unknown return status." }).optional()),
  page: z.preprocess(blankAsUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
});
export type ReturnListQuery = z.infer<typeof returnListQuerySchema>;
