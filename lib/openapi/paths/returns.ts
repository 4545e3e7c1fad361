import { z } from "zod";
import { safeString } from "@/lib/validation";
import { OrderStatus, PaymentMethod, RefundStatus, ReturnStatus } from "@/lib/generated/prisma/enums";
import { orderParamsSchema, orderTokenQuerySchema } from "@/lib/orders/schemas";
import type { OrderReturns } from "@/lib/returns/get-order-returns";
import type { StaffReturnView } from "@/lib/returns/get-return-for-staff";
import type { ReturnListRow } from "@/lib/returns/list-returns";
import type { ReturnView } from "@/lib/returns/return-view";
import {
  approveReturnSchema,
  receiveReturnSchema,
  rejectReturnSchema,
  requestReturnSchema,
  returnListQuerySchema,
  returnParamsSchema,
} from "@/lib/returns/schemas";
import type { ApiOperation } from "../registry";
import { readScope, timestamp, writeScope } from "../shared";

// Returns (the right of withdrawal): the shopper asks from the order, staff approve or reject, receive the parcel
// and refund it through the order's payment provider.

const minor = z.number().int();

const returnObject = z.object({
  id: z.uuid(),
  number: safeString().meta({ description: 'The order number and a count, e.g. "100042-R1".' }),
  orderId: z.uuid(),
  status: z.enum(ReturnStatus),
  reason: safeString().meta({ description: 'The shopper\'s reason ("" when none was given).' }),
  staffNote: safeString().nullable().meta({ description: "Staff's note when approving or rejecting." }),
  createdAt: timestamp,
  decidedAt: timestamp.nullable(),
  receivedAt: timestamp.nullable(),
  refundedAt: timestamp.nullable(),
  lines: z.array(
    z.object({
      id: z.uuid(),
      orderLineId: z.uuid(),
      productName: safeString(),
      variantTitle: safeString(),
      sku: safeString(),
      quantity: z.number().int(),
      restocked: z.boolean().nullable().meta({ description: "Once received: whether the units went back into stock." }),
      creditMinor: minor.nullable().meta({ description: "Once refunded: what the refund gave back for these units." }),
    }),
  ),
});
const returnSchema: z.ZodType<ReturnView> = returnObject.meta({ id: "Return" });

const orderReturnsSchema: z.ZodType<OrderReturns> = z
  .object({
    orderId: z.uuid(),
    orderNumber: safeString(),
    currency: safeString(),
    window: z.object({
      open: z.boolean().meta({ description: "Whether a return may be requested now." }),
      closedReason: safeString().nullable().meta({ description: "Why not, in words for the shopper." }),
      deliveredAt: timestamp.nullable().meta({ description: "When the order was marked delivered." }),
      closesAt: timestamp.nullable().meta({ description: "The last moment a return may be requested." }),
      days: z.number().int().meta({ description: "The shop's return window in days (RETURN_WINDOW_DAYS)." }),
    }),
    lines: z.array(
      z.object({
        orderLineId: z.uuid(),
        productName: safeString(),
        variantTitle: safeString(),
        sku: safeString(),
        quantity: z.number().int().meta({ description: "Units bought." }),
        returned: z.number().int().meta({ description: "Units in returns that were not rejected." }),
        returnable: z.number().int().meta({ description: "Units that may still be returned." }),
        unitPriceMinor: minor,
      }),
    ),
    returns: z.array(returnSchema),
  })
  .meta({ id: "OrderReturns" });

const staffReturnSchema: z.ZodType<StaffReturnView> = returnObject
  .extend({
    requestedBy: safeString().meta({ description: '"customer:<user id>" or "link" (the order\'s signed link).' }),
    order: z.object({
      id: z.uuid(),
      number: safeString(),
      email: safeString(),
      status: z.enum(OrderStatus),
      currency: safeString(),
      paymentMethod: z.enum(PaymentMethod),
    }),
    refunds: z.array(
      z.object({
        id: z.uuid(),
        amountMinor: minor,
        status: z.enum(RefundStatus),
        failureReason: safeString().nullable(),
        createdAt: timestamp,
        creditNote: z.object({ id: z.uuid(), number: safeString() }).nullable(),
      }),
    ),
    manualRefund: z
      .boolean()
      .meta({ description: "Paid by bank transfer or cash: staff pay the refund out themselves; the shop books it." }),
    actions: z.object({ approve: z.boolean(), reject: z.boolean(), receive: z.boolean(), refund: z.boolean() }),
  })
  .meta({ id: "StaffReturn" });

const returnRowSchema: z.ZodType<ReturnListRow> = z.object({
  id: z.uuid(),
  number: safeString(),
  status: z.enum(ReturnStatus),
  orderId: z.uuid(),
  orderNumber: safeString(),
  email: safeString(),
  units: z.number().int(),
  createdAt: timestamp,
});

const access =
  "For the customer who placed the order and anyone holding its signed link (`token`); everyone else gets 404.";

export const returnOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/orders/{id}/returns",
    tag: "Orders",
    summary: "Gets an order's returns and what may still be returned",
    description: `The return window (RETURN_WINDOW_DAYS from when the order was marked delivered), each line's returnable units and the returns so far. ${access}`,
    params: orderParamsSchema,
    query: orderTokenQuerySchema,
    success: { status: 200, description: "The order's returns.", schema: orderReturnsSchema },
    errors: ["not_found"],
  },
  {
    method: "post",
    path: "/api/orders/{id}/returns",
    tag: "Orders",
    summary: "Asks to return items of a delivered order",
    description: `Lines of the order (\`orderLineId\` from GET …/returns) and how many units of each, with an optional reason. Refused with 409 and a field error when the order has not been delivered or the return window has closed (field \`order\`), or when a line has fewer units left to return (field \`lines.<i>.quantity\`); an item not in the order is 400. Units in returns that were not rejected count as returned, also under concurrent requests. ${access}`,
    params: orderParamsSchema,
    query: orderTokenQuerySchema,
    body: requestReturnSchema,
    example: {
      lines: [{ orderLineId: "3f2b8a8e-4b7e-4a51-9a57-6f1c2d9b0e11", quantity: 1 }],
      reason: "Too small.",
    },
    success: { status: 201, description: "The return, requested.", schema: z.object({ return: returnSchema }) },
    errors: ["not_found", "conflict"],
  },
];

const TAG = "Admin: returns";

export const adminReturnOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/admin/returns",
    tag: TAG,
    summary: "Lists return requests",
    description: `Newest first, 25 a page, optionally of one status. ${readScope}`,
    audience: "staff",
    query: returnListQuerySchema,
    success: {
      status: 200,
      description: "One page of returns.",
      schema: z.object({
        rows: z.array(returnRowSchema),
        total: z.number().int(),
        page: z.number().int(),
        pageSize: z.number().int(),
      }),
    },
  },
  {
    method: "get",
    path: "/api/admin/returns/{id}",
    tag: TAG,
    summary: "Gets a return with its order, lines and refunds",
    description: `With the steps its status allows now. ${readScope}`,
    audience: "staff",
    params: returnParamsSchema,
    success: { status: 200, description: "The return.", schema: staffReturnSchema },
    errors: ["not_found"],
  },
  {
    method: "post",
    path: "/api/admin/returns/{id}/approve",
    tag: TAG,
    summary: "Approves a requested return",
    description: `The shopper is e-mailed where to send the items, with the optional note. 409 when the return is no longer waiting for a decision. ${writeScope}`,
    audience: "staff",
    params: returnParamsSchema,
    body: approveReturnSchema,
    example: { note: "Please use the prepaid label in the parcel." },
    success: { status: 200, description: "The return, approved.", schema: staffReturnSchema },
    errors: ["not_found", "conflict"],
  },
  {
    method: "post",
    path: "/api/admin/returns/{id}/reject",
    tag: TAG,
    summary: "Rejects a requested return",
    description: `The note says why and is e-mailed to the shopper; the units become returnable again. 409 when the return is no longer waiting for a decision. ${writeScope}`,
    audience: "staff",
    params: returnParamsSchema,
    body: rejectReturnSchema,
    example: { note: "Personalised items cannot be returned." },
    success: { status: 200, description: "The return, rejected.", schema: staffReturnSchema },
    errors: ["not_found", "conflict"],
  },
  {
    method: "post",
    path: "/api/admin/returns/{id}/receive",
    tag: TAG,
    summary: "Marks an approved return received",
    description: `\`restockLineIds\` lists the return's lines whose units go back into stock (one stock adjustment per line, once); the others do not. 409 when the return is not approved (a second press included). ${writeScope}`,
    audience: "staff",
    params: returnParamsSchema,
    body: receiveReturnSchema,
    example: { restockLineIds: ["6a1f7c2e-0d4b-4e8f-9b3a-2c5d7e9f1a24"] },
    success: { status: 200, description: "The return, received.", schema: staffReturnSchema },
    errors: ["not_found", "conflict"],
  },
  {
    method: "post",
    path: "/api/admin/returns/{id}/refund",
    tag: TAG,
    summary: "Refunds a received return",
    description: `No body. The returned units' worth (what was paid for them after discount) goes back through the order's payment provider — for bank transfer and cash on delivery the refund is booked and staff pay it out — with one credit note listing the returned lines. 409 when the return is not received or already refunded; a provider refusal is 503 and changes nothing. ${writeScope}`,
    audience: "staff",
    params: returnParamsSchema,
    success: {
      status: 201,
      description: "The refund is booked: the return is refunded.",
      schema: staffReturnSchema,
      also: [{ status: 202, description: "The provider accepted the refund and confirms it later." }],
    },
    errors: ["not_found", "conflict"],
  },
];
