import { MAJOR_UNITS_PATTERN } from "@/lib/money/money";
import { schemaMessage, serverMessage } from "@/lib/i18n/server-message";
import { z } from "zod";
import { safeString } from "@/lib/validation";
import { ORDER_STATUSES } from "./state-machine";

export const orderParamsSchema = z.object({ id: z.uuid("Unknown order.") });
export const creditNoteParamsSchema = z.object({
  id: z.uuid("Unknown order."),
  creditNoteId: z.uuid("Unknown credit note."),
});
export const orderTokenQuerySchema = z.object({ token: safeString().max(100).optional() });

/** The shipping address as stored on an order (a snapshot of what the shopper entered at checkout). */
export const storedAddressSchema = z.object({
  name: safeString(),
  line1: safeString(),
  line2: safeString().optional(),
  city: safeString(),
  postalCode: safeString(),
  country: safeString(),
  phone: safeString().optional(),
});

/** A click & collect order's pickup location as it was when the order was placed. */
export const pickupSnapshotSchema = z.object({
  name: safeString(),
  line1: safeString(),
  line2: safeString().optional(),
  city: safeString(),
  postalCode: safeString(),
  country: safeString(),
  openingHours: safeString(),
});

// --- Staff: what the admin pages' forms and /api/admin/orders accept. The pages and the API parse with these same
// schemas (a form adds the order id, and types the refund amount in major units).

/** One line of text without control characters, so it cannot break an e-mail, a CSV row or a PDF line. */
const textLine = (label: string, max: number) =>
  safeString({ error: schemaMessage("{label} is required.", { label: serverMessage(label) }) })
    .trim()
    .min(1, schemaMessage("{label} is required.", { label: serverMessage(label) }))
    .max(
      max,
      schemaMessage("{label} has at most {max, plural, one {# character} other {# characters}}.", {
        label: serverMessage(label),
        max,
      }),
    )
    .regex(/^[^\p{Cc}]*$/u, schemaMessage("{label} must be a single line of text.", { label: serverMessage(label) }));

/** "" in a query string or form means "not given". */
export const blankAsUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/** A calendar day that exists (2026-02-30 does not). */
export const isoDay = safeString()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date such as 2026-03-31.")
  .refine((day) => {
    const parsed = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(day);
  }, "That date does not exist.");

const orderFilterFields = {
  status: z.preprocess(blankAsUndefined, z.enum(ORDER_STATUSES, { error: "Unknown order status." }).optional()),
  /** Placed on or after this day, in the shop's time zone. */
  from: z.preprocess(blankAsUndefined, isoDay.optional()),
  /** Placed on or before this day, in the shop's time zone. */
  to: z.preprocess(blankAsUndefined, isoDay.optional()),
  /** Order number, e-mail address or customer name (part of it). */
  q: z.preprocess(
    blankAsUndefined,
    safeString()
      .trim()
      .max(100, "Search for at most 100 characters.")
      .regex(/^[^\p{Cc}]*$/u, "Search for one line of text.")
      .optional(),
  ),
};

const datesInOrder = (f: { from?: string | undefined; to?: string | undefined }) => !f.from || !f.to || f.from <= f.to;
const datesInOrderIssue = { message: "The start date is after the end date.", path: ["to"] };

export const orderFiltersSchema = z.strictObject(orderFilterFields).refine(datesInOrder, datesInOrderIssue);
export type OrderFilters = z.infer<typeof orderFiltersSchema>;

export const ORDER_PAGE_SIZE = 25;

export const orderListQuerySchema = z
  .strictObject({
    ...orderFilterFields,
    page: z.preprocess(blankAsUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
    perPage: z.preprocess(blankAsUndefined, z.coerce.number().int().min(1).max(100).default(ORDER_PAGE_SIZE)),
  })
  .refine(datesInOrder, datesInOrderIssue);
export type OrderListQuery = z.infer<typeof orderListQuerySchema>;

export const shipOrderSchema = z.strictObject({
  trackingNumber: textLine("Tracking number", 100),
  carrier: textLine("Carrier", 60),
});
export type ShipOrderInput = z.infer<typeof shipOrderSchema>;

export const MAX_MINOR = 2_147_483_647;

export const refundOrderSchema = z.strictObject({
  amountMinor: z
    .number({ error: "Give the amount in minor units (cents) as a whole number." })
    .int("Give the amount in minor units (cents) as a whole number.")
    .positive("The amount must be more than zero.")
    .max(MAX_MINOR, "That amount is too large."),
  reason: textLine("Reason", 300),
});
export type RefundOrderInput = z.infer<typeof refundOrderSchema>;

export const cancelOrderSchema = z.strictObject({
  reason: z.preprocess(blankAsUndefined, textLine("Reason", 300).optional()),
});
export type CancelOrderInput = z.infer<typeof cancelOrderSchema>;

/** The admin forms: the same fields plus which order. The refund form's amount is typed in major units (12.50). */
const formOrderId = { id: z.uuid("Unknown order.") };
export const shipOrderFormSchema = shipOrderSchema.extend(formOrderId);
export const cancelOrderFormSchema = cancelOrderSchema.extend({
  ...formOrderId,
  // A paid order's cancellation refunds money: the form asks staff to confirm it.
  confirm: z.literal("yes", { error: "Tick the box to confirm the cancellation." }),
});
export const orderIdFormSchema = z.strictObject(formOrderId);
export const refundOrderFormSchema = z.strictObject({
  ...formOrderId,
  amount: safeString({ error: "Enter the amount to refund." })
    .trim()
    .regex(MAJOR_UNITS_PATTERN, "Enter an amount such as 12.50."),
  reason: refundOrderSchema.shape.reason,
});
