import { z } from "zod";
import { safeString } from "@/lib/validation";
import { DeliveryKind, OrderStatus, PaymentMethod, PaymentStatus } from "@/lib/generated/prisma/enums";
import type { OrderView } from "@/lib/orders/get-order";
import {
  orderParamsSchema,
  orderTokenQuerySchema,
  pickupSnapshotSchema,
  storedAddressSchema,
} from "@/lib/orders/schemas";
import type { ApiOperation } from "../registry";
import { timestamp } from "../shared";

const minor = z.number().int();

/** The order as its shopper sees it; staff see more (paths/admin-orders.ts extends it). */
export const orderObject = z.object({
  id: z.uuid(),
  number: safeString(),
  userId: z.uuid().nullable(),
  email: safeString(),
  status: z.enum(OrderStatus),
  currency: safeString(),
  lines: z.array(
    z.object({
      productName: safeString(),
      variantTitle: safeString(),
      sku: safeString(),
      quantity: z.number().int(),
      unitPriceMinor: minor,
      grossMinor: minor,
      discountMinor: minor,
      vatRateBps: z.number().int(),
      vatMinor: minor,
    }),
  ),
  itemsTotalMinor: minor,
  discountMinor: minor,
  discountCode: safeString().nullable(),
  shippingMinor: minor,
  surchargeMinor: minor.meta({ description: "Cash-on-delivery surcharge (VAT as shipping), part of totalMinor." }),
  shippingMethod: safeString().meta({ description: "The delivery method's name when the order was placed." }),
  deliveryKind: z.enum(DeliveryKind),
  pickup: pickupSnapshotSchema
    .nullable()
    .meta({ description: "Click & collect: the pickup location as it was when the order was placed." }),
  paymentMethod: z.enum(PaymentMethod),
  paymentDueAt: timestamp.nullable().meta({ description: "Bank transfer: when the money must arrive." }),
  totalMinor: minor,
  vatMinor: minor,
  vatBreakdown: z.array(z.object({ rateBps: z.number().int(), grossMinor: minor, vatMinor: minor, netMinor: minor })),
  refundedMinor: minor,
  shippingAddress: storedAddressSchema,
  latestPayment: z
    .object({ id: z.uuid(), status: z.enum(PaymentStatus), failureReason: safeString().nullable() })
    .nullable(),
  trackingNumber: safeString().nullable(),
  carrier: safeString().nullable().meta({ description: "Who carries the parcel, with trackingNumber once shipped." }),
  refunds: z
    .array(z.object({ amountMinor: minor, createdAt: timestamp }))
    .meta({ description: "Money given back so far, oldest first." }),
  expiresAt: timestamp.meta({ description: "An unpaid order gives its stock back at this time." }),
  createdAt: timestamp,
  paidAt: timestamp.nullable(),
  events: z.array(z.object({ toStatus: z.enum(OrderStatus), createdAt: timestamp })),
});

const orderSchema: z.ZodType<OrderView> = orderObject.meta({
  id: "Order",
  description: "Amounts are integers in the order currency's minor unit.",
});

const access =
  "Visible to the customer who placed it and to anyone holding its signed link (`token`, from the confirmation e-mail); everyone else gets 404.";

export const orderOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/orders/{id}",
    tag: "Orders",
    summary: "Gets an order",
    description: access,
    params: orderParamsSchema,
    query: orderTokenQuerySchema,
    success: { status: 200, description: "The order.", schema: orderSchema },
    errors: ["not_found"],
  },
  {
    method: "post",
    path: "/api/orders/{id}/payment",
    tag: "Orders",
    summary: "Starts (or resumes) paying an unpaid order",
    description: `After a declined card or a payment service outage. An open attempt is reused; the order can be paid only once. ${access}`,
    params: orderParamsSchema,
    query: orderTokenQuerySchema,
    success: {
      status: 201,
      description: "Where to pay.",
      schema: z.object({ paymentUrl: safeString() }),
    },
    errors: ["not_found", "conflict"],
  },
  {
    method: "get",
    path: "/api/orders/{id}/invoice",
    tag: "Orders",
    summary: "Downloads the order's invoice (PDF)",
    description: `The invoice exactly as issued when the order was paid. Also open to staff. ${access}`,
    params: orderParamsSchema,
    query: orderTokenQuerySchema,
    success: { status: 200, description: "The invoice.", contentType: "application/pdf" },
    errors: ["not_found"],
  },
];
