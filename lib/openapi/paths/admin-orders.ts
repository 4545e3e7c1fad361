import { accountingExportQuerySchema } from "@/lib/accounting/schemas";
import { z } from "zod";
import { safeString } from "@/lib/validation";
import { EmailStatus, OrderStatus, PaymentStatus, RefundStatus } from "@/lib/generated/prisma/enums";
import type { CancelOutcome } from "@/lib/orders/cancel-order";
import type { RefundOutcome } from "@/lib/orders/complete-refund";
import type { StaffOrderView } from "@/lib/orders/get-order-for-staff";
import type { StaffOrderPage } from "@/lib/orders/list-orders-for-staff";
import {
  cancelOrderSchema,
  creditNoteParamsSchema,
  orderFiltersSchema,
  orderListQuerySchema,
  orderParamsSchema,
  refundOrderSchema,
  shipOrderSchema,
} from "@/lib/orders/schemas";
import type { ApiOperation } from "../registry";
import { type Json, readScope, timestamp, writeScope } from "../shared";
import { orderObject } from "./orders";

// Orders as staff handle them: the list, one order with everything about it, the status changes (ship, deliver,
// cancel), refunds through the payment provider, and the documents issued.

const TAG = "Admin: orders";
const minor = z.number().int();
const settled = z.enum(["SUCCEEDED", "PENDING"]).meta({
  description: "PENDING: the payment provider accepted it and confirms later; the amount stays held meanwhile.",
});

export const staffOrderSchema: z.ZodType<StaffOrderView> = orderObject
  .extend({
    attentionReason: safeString()
      .nullable()
      .meta({ description: "Why the order needs a person's attention, or null." }),
    paymentProvider: safeString(),
    refundableMinor: minor.meta({ description: "What may be refunded now: refunds in flight hold their amount." }),
    payments: z.array(
      z.object({
        id: z.uuid(),
        provider: safeString(),
        reference: safeString().nullable(),
        amountMinor: minor,
        currency: safeString(),
        status: z.enum(PaymentStatus),
        failureReason: safeString().nullable(),
        createdAt: timestamp,
      }),
    ),
    refundAttempts: z.array(
      z.object({
        id: z.uuid(),
        amountMinor: minor,
        currency: safeString(),
        reason: safeString(),
        status: z.enum(RefundStatus),
        reference: safeString().nullable(),
        failureReason: safeString().nullable(),
        actor: safeString(),
        createdAt: timestamp,
        creditNote: z
          .object({ id: z.uuid(), number: safeString() })
          .nullable()
          .meta({ description: "Download it from GET /api/admin/orders/{id}/credit-notes/{creditNoteId}." }),
      }),
    ),
    history: z.array(
      z.object({
        fromStatus: z.enum(OrderStatus).nullable(),
        toStatus: z.enum(OrderStatus),
        actor: safeString().meta({ description: 'e.g. "staff:<user id>", "payment:stripe", "system".' }),
        actorName: safeString().nullable().meta({ description: "The staff member's e-mail address, when on file." }),
        note: safeString().nullable(),
        createdAt: timestamp,
      }),
    ),
    emails: z.array(
      z.object({
        id: z.uuid(),
        template: safeString(),
        recipient: safeString(),
        status: z.enum(EmailStatus),
        attempts: z.number().int(),
        lastError: safeString().nullable(),
        createdAt: timestamp,
        sentAt: timestamp.nullable(),
      }),
    ),
    invoice: z
      .object({ id: z.uuid(), number: safeString(), issuedAt: timestamp, totalMinor: minor })
      .nullable()
      .meta({ description: "Issued when the order was paid; download it from GET /api/admin/orders/{id}/invoice." }),
    actions: z
      .object({
        ship: z.boolean(),
        deliver: z.boolean(),
        cancel: z.boolean(),
        refund: z.boolean(),
        resendConfirmation: z.boolean(),
        recordCash: z.boolean().describe("Cash on delivery: the cash can be recorded (POST …/cash-received)."),
      })
      .meta({ description: "What the order's state allows now." }),
  })
  .meta({ id: "StaffOrder", description: "The shopper's view of the order plus what only staff see." });

const orderPageSchema: z.ZodType<Json<StaffOrderPage>> = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid(),
        number: safeString(),
        createdAt: timestamp,
        status: z.enum(OrderStatus),
        email: safeString(),
        customerName: safeString(),
        currency: safeString(),
        totalMinor: minor,
        refundedMinor: minor,
        itemCount: z.number().int().meta({ description: "Units ordered, over all lines." }),
        attentionReason: safeString().nullable(),
      }),
    ),
    total: z.number().int(),
    page: z.number().int(),
    perPage: z.number().int(),
    pageCount: z.number().int(),
  })
  .meta({ id: "StaffOrderPage" });

const cancelOutcomeSchema: z.ZodType<CancelOutcome> = z.object({
  orderStatus: z.enum(OrderStatus),
  refund: z
    .object({ id: z.uuid(), status: settled, amountMinor: minor, creditNoteNumber: safeString().nullable() })
    .nullable()
    .meta({ description: "The refund that gives the money back, for a paid order; null for an unpaid one." }),
});

const refundOutcomeSchema: z.ZodType<RefundOutcome> = z.object({
  refundId: z.uuid(),
  status: settled,
  amountMinor: minor,
  orderStatus: z.enum(OrderStatus),
  refundedMinor: minor.meta({ description: "Refunded on the order so far, this refund included once it succeeded." }),
  creditNoteNumber: safeString().nullable().meta({ description: "Issued when the refund succeeded." }),
});

const providerRefusal =
  "If the payment provider refuses or cannot be reached, the answer is 503 and the order stays as it was (the failed attempt is kept in `refundAttempts`).";

export const adminOrderOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/admin/orders",
    tag: TAG,
    summary: "Lists orders",
    description: `Newest first. \`from\` and \`to\` are days in the shop's time zone; \`q\` matches the order number, e-mail address or customer name. ${readScope}`,
    audience: "staff",
    query: orderListQuerySchema,
    success: { status: 200, description: "One page of orders.", schema: orderPageSchema },
  },
  {
    method: "get",
    path: "/api/admin/orders/export",
    tag: TAG,
    summary: "Exports orders as CSV",
    description: `The orders the same filters select, all of them, one row each with amounts in major units; streamed. ${readScope}`,
    audience: "staff",
    query: orderFiltersSchema,
    success: { status: 200, description: "The CSV file (UTF-8, with a header row).", contentType: "text/csv" },
  },
  {
    method: "get",
    path: "/api/admin/accounting/export",
    tag: TAG,
    summary: "Exports invoices and credit notes for accounting",
    description: `The invoices and credit notes issued from \`from\` to \`to\` (days in the shop's time zone, both included, at most 366 days), as stored when issued: a ZIP holding documents.csv (one row per document and VAT rate) and one ISDOC 6.0.2 file per document under isdoc/. ${readScope}`,
    audience: "staff",
    query: accountingExportQuerySchema,
    success: { status: 200, description: "The ZIP file.", contentType: "application/zip" },
  },
  {
    method: "get",
    path: "/api/admin/orders/{id}",
    tag: TAG,
    summary: "Gets an order with everything staff see",
    description: `Lines, totals, payments, refunds, history, e-mails, invoice and the actions its state allows. ${readScope}`,
    audience: "staff",
    params: orderParamsSchema,
    success: { status: 200, description: "The order.", schema: staffOrderSchema },
    errors: ["not_found"],
  },
  {
    method: "post",
    path: "/api/admin/orders/{id}/shipment",
    tag: TAG,
    summary: "Marks a paid order shipped",
    description: `With the carrier and tracking number; the shopper is e-mailed once. 409 when the order is not paid or is being cancelled. ${writeScope}`,
    audience: "staff",
    params: orderParamsSchema,
    body: shipOrderSchema,
    example: { trackingNumber: "JJD000390007802584", carrier: "DHL" },
    success: { status: 200, description: "The order, now shipped.", schema: staffOrderSchema },
    errors: ["not_found", "conflict"],
  },
  {
    method: "post",
    path: "/api/admin/orders/{id}/delivery",
    tag: TAG,
    summary: "Marks a shipped order delivered",
    description: `No body. 409 when the order is not shipped. ${writeScope}`,
    audience: "staff",
    params: orderParamsSchema,
    success: { status: 200, description: "The order, now delivered.", schema: staffOrderSchema },
    errors: ["not_found", "conflict"],
  },
  {
    method: "post",
    path: "/api/admin/orders/{id}/cash-received",
    tag: TAG,
    summary: "Records the cash of a cash-on-delivery order",
    description: `No body. The order becomes paid (CONFIRMED → PAID, or paidAt set when it already shipped), its invoice is issued and the confirmation e-mail queued, each once. 409 for an order not paid in cash, or whose cash was already recorded. ${writeScope}`,
    audience: "staff",
    params: orderParamsSchema,
    success: { status: 200, description: "The order, now paid.", schema: staffOrderSchema },
    errors: ["not_found", "conflict"],
  },
  {
    method: "post",
    path: "/api/admin/orders/{id}/cancel",
    tag: TAG,
    summary: "Cancels an order",
    description: `An unpaid order is cancelled and its reserved stock released. A paid order that has not shipped is refunded in full through the payment provider and, once the refund succeeds, cancelled with its stock returned. Shipped orders cannot be cancelled (409): refund them instead. ${providerRefusal} ${writeScope}`,
    audience: "staff",
    params: orderParamsSchema,
    body: cancelOrderSchema,
    example: { reason: "The customer asked to cancel before shipping." },
    success: {
      status: 200,
      description: "Cancelled (and refunded, for a paid order).",
      schema: cancelOutcomeSchema,
      also: [
        {
          status: 202,
          description: "The provider accepted the refund and confirms it later; the order is cancelled then.",
        },
      ],
    },
    errors: ["not_found", "conflict"],
  },
  {
    method: "post",
    path: "/api/admin/orders/{id}/refunds",
    tag: TAG,
    summary: "Refunds part or all of a paid order",
    description: `Money only: stock stays as it is. The amount is in the order currency's minor units and may not exceed what is left to refund, counting refunds still in flight (409). A credit note is issued when the refund succeeds. ${providerRefusal} ${writeScope}`,
    audience: "staff",
    params: orderParamsSchema,
    body: refundOrderSchema,
    example: { amountMinor: 1250, reason: "One mug arrived broken." },
    success: {
      status: 201,
      description: "The provider confirmed the refund.",
      schema: z.object({ refund: refundOutcomeSchema }),
      also: [{ status: 202, description: "The provider accepted the refund and confirms it later." }],
    },
    errors: ["not_found", "conflict"],
  },
  {
    method: "get",
    path: "/api/admin/orders/{id}/invoice",
    tag: TAG,
    summary: "Downloads an order's invoice (PDF)",
    description: `Exactly as issued when the order was paid; 404 when none was issued. ${readScope}`,
    audience: "staff",
    params: orderParamsSchema,
    success: { status: 200, description: "The invoice.", contentType: "application/pdf" },
    errors: ["not_found"],
  },
  {
    method: "get",
    path: "/api/admin/orders/{id}/credit-notes/{creditNoteId}",
    tag: TAG,
    summary: "Downloads a credit note (PDF)",
    description: `One of the order's credit notes, exactly as issued for a refund (ids in the order's \`refundAttempts\`). ${readScope}`,
    audience: "staff",
    params: creditNoteParamsSchema,
    success: { status: 200, description: "The credit note.", contentType: "application/pdf" },
    errors: ["not_found"],
  },
];
