import { z } from "zod";
import { safeString } from "@/lib/validation";
import { ContactSubject, DeliveryKind, OrderStatus, PaymentMethod, ProductStatus } from "@/lib/generated/prisma/enums";
import { TEST_EVENT_TYPE, WEBHOOK_EVENT_TYPES, type WebhookEventType } from "./event-types";

// Version 1 of the JSON bodies the shop sends, as the database triggers build them. They document the OpenAPI
// document's `webhooks` and the tests parse what is sent with them. A change that could break a receiver gets a new
// `version`; fields may be added within one.

const timestamp = z.iso.datetime();
const minor = z.number().int();

const orderData = z
  .object({
    id: z.uuid(),
    number: safeString(),
    status: z.enum(OrderStatus),
    email: safeString(),
    currency: safeString().meta({ example: "EUR" }),
    itemsTotalMinor: minor,
    discountMinor: minor,
    shippingMinor: minor,
    totalMinor: minor,
    vatMinor: minor,
    refundedMinor: minor,
    shippingMethod: safeString(),
    shippingAddress: z.object({
      name: safeString(),
      line1: safeString(),
      line2: safeString().nullish(),
      city: safeString(),
      postalCode: safeString(),
      country: safeString(),
      phone: safeString().nullish(),
    }),
    paymentProvider: safeString(),
    paymentMethod: z.enum(PaymentMethod),
    deliveryKind: z.enum(DeliveryKind),
    surchargeMinor: minor.meta({ description: "The cash-on-delivery surcharge, included in totalMinor." }),
    pickup: z
      .record(safeString(), z.unknown())
      .nullable()
      .meta({ description: "The pickup point as chosen at checkout, for pickup deliveries." }),
    paymentDueAt: timestamp.nullable().meta({ description: "Bank transfers: when the payment is due." }),
    trackingNumber: safeString().nullable(),
    carrier: safeString().nullable(),
    createdAt: timestamp,
    paidAt: timestamp.nullable(),
    lines: z.array(
      z.object({
        variantId: z.uuid(),
        sku: safeString(),
        productName: safeString(),
        variantTitle: safeString(),
        quantity: z.number().int(),
        unitPriceMinor: minor,
        grossMinor: minor,
        discountMinor: minor,
        vatRateBps: z.number().int(),
        vatMinor: minor,
      }),
    ),
  })
  .meta({ id: "WebhookOrder" });

const orderChange = orderData.extend({
  previousStatus: z
    .enum(OrderStatus)
    .nullable()
    .meta({ description: "The status before this change; null for an order placed in this status." }),
});

const productData = z
  .object({
    id: z.uuid(),
    slug: safeString(),
    name: safeString(),
    description: safeString(),
    status: z.enum(ProductStatus),
    categoryId: z.uuid(),
    vatRateBps: z.number().int(),
    optionNames: z.array(safeString()),
    createdAt: timestamp,
    updatedAt: timestamp,
    variants: z.array(
      z.object({
        id: z.uuid(),
        sku: safeString(),
        optionValues: z.record(safeString(), safeString()),
        priceMinor: minor,
        currency: safeString(),
        active: z.boolean(),
        weightGrams: z.number().int(),
        available: z.number().int().meta({ description: "Units on hand less those held by unpaid orders." }),
      }),
    ),
  })
  .meta({ id: "WebhookProduct" });

export const webhookDataSchemas = {
  "order.created": orderData,
  "order.confirmed": orderChange,
  "order.paid": orderChange,
  "order.shipped": orderChange,
  "order.delivered": orderChange,
  "order.cancelled": orderChange,
  "order.refunded": orderData.extend({
    refund: z.object({ id: z.uuid(), amountMinor: minor, currency: safeString(), reason: safeString() }),
  }),
  "product.created": productData,
  "product.updated": productData,
  "stock.low": z.object({
    variantId: z.uuid(),
    sku: safeString(),
    productId: z.uuid(),
    productName: safeString(),
    stockOnHand: z.number().int(),
    stockReserved: z.number().int(),
    available: z.number().int(),
    threshold: z.number().int().meta({ description: "The shop's low-stock threshold." }),
  }),
  "contact.received": z.object({
    id: z.uuid(),
    name: safeString(),
    email: safeString(),
    subject: z.enum(ContactSubject),
    orderNumber: safeString().nullable(),
    message: safeString(),
    createdAt: timestamp,
  }),
} satisfies Record<WebhookEventType, z.ZodType>;

/** The body of every webhook: Standard Webhooks' recommended envelope plus a payload version. */
export function webhookEnvelope<T extends string, D extends z.ZodType>(type: T, data: D) {
  return z.object({
    type: z.literal(type),
    version: z.literal(1),
    timestamp: timestamp.meta({ description: "When the event happened." }),
    data,
  });
}

export const testEventDataSchema = z.object({
  endpointId: z.uuid(),
  message: safeString(),
});

const isEventType = (type: string): type is WebhookEventType =>
  (WEBHOOK_EVENT_TYPES as readonly string[]).includes(type);

/** The schema of the body sent for an event type (the test event included); null for a type the shop never sends. */
export function webhookBodySchema(type: string): z.ZodType | null {
  if (type === TEST_EVENT_TYPE) return webhookEnvelope(TEST_EVENT_TYPE, testEventDataSchema);
  return isEventType(type) ? webhookEnvelope(type, webhookDataSchemas[type]) : null;
}
