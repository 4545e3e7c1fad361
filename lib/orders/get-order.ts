import { z } from "zod";
import { pickupSnapshotSchema, storedAddressSchema } from "@/lib/orders/schemas";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { DeliveryKind, OrderStatus, PaymentMethod, PaymentStatus } from "@/lib/generated/prisma/client";
import type { VatBreakdownEntry } from "@/lib/checkout/pricing";

const breakdownSchema = z.array(
  z.object({ rateBps: z.number(), grossMinor: z.number(), vatMinor: z.number(), netMinor: z.number() }),
);

export interface OrderView {
  id: string;
  number: string;
  userId: string | null;
  email: string;
  status: OrderStatus;
  currency: string;
  lines: {
    productName: string;
    variantTitle: string;
    sku: string;
    quantity: number;
    unitPriceMinor: number;
    grossMinor: number;
    discountMinor: number;
    vatRateBps: number;
    vatMinor: number;
  }[];
  itemsTotalMinor: number;
  discountMinor: number;
  discountCode: string | null;
  shippingMinor: number;
  /** Cash-on-delivery surcharge (VAT as shipping); part of totalMinor. */
  surchargeMinor: number;
  shippingMethod: string;
  deliveryKind: DeliveryKind;
  /** Click & collect: where the order is picked up (shippingAddress then holds that place and who collects). */
  pickup: z.infer<typeof pickupSnapshotSchema> | null;
  paymentMethod: PaymentMethod;
  /** Bank transfer: when the money must arrive. */
  paymentDueAt: string | null;
  totalMinor: number;
  vatMinor: number;
  vatBreakdown: VatBreakdownEntry[];
  refundedMinor: number;
  shippingAddress: z.infer<typeof storedAddressSchema>;
  latestPayment: { id: string; status: PaymentStatus; failureReason: string | null } | null;
  trackingNumber: string | null;
  carrier: string | null;
  /** Money given back so far, oldest first. */
  refunds: { amountMinor: number; createdAt: string }[];
  expiresAt: string;
  createdAt: string;
  paidAt: string | null;
  events: { toStatus: OrderStatus; createdAt: string }[];
}

/**
 * An order as its viewer may see it. `viewer` is who asks: the shopper who placed it, anyone holding its signed
 * link, or staff. Everyone else gets "not found", never "forbidden", so order ids reveal nothing.
 */
export async function getOrder(
  db: Db,
  orderId: string,
  viewer: { userId: string | null; linkValid: boolean; staff: boolean },
): Promise<OrderView> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    include: {
      lines: { orderBy: { position: "asc" } },
      payments: { orderBy: { createdAt: "desc" }, take: 1 },
      events: { orderBy: { createdAt: "asc" } },
      refunds: {
        where: { status: "SUCCEEDED" },
        orderBy: { createdAt: "asc" },
        select: { amountMinor: true, createdAt: true },
      },
    },
  });
  const allowed =
    order && (viewer.staff || viewer.linkValid || (viewer.userId !== null && order.userId === viewer.userId));
  if (!order || !allowed) throw notFound("The order was not found.");
  const payment = order.payments[0];
  return {
    id: order.id,
    number: order.number,
    userId: order.userId,
    email: order.email,
    status: order.status,
    currency: order.currency,
    lines: order.lines.map((l) => ({
      productName: l.productName,
      variantTitle: l.variantTitle,
      sku: l.sku,
      quantity: l.quantity,
      unitPriceMinor: l.unitPriceMinor,
      grossMinor: l.grossMinor,
      discountMinor: l.discountMinor,
      vatRateBps: l.vatRateBps,
      vatMinor: l.vatMinor,
    })),
    itemsTotalMinor: order.itemsTotalMinor,
    discountMinor: order.discountMinor,
    discountCode: order.discountCode,
    shippingMinor: order.shippingMinor,
    surchargeMinor: order.surchargeMinor,
    shippingMethod: order.shippingMethod,
    deliveryKind: order.deliveryKind,
    pickup: order.pickupSnapshot === null ? null : pickupSnapshotSchema.parse(order.pickupSnapshot),
    paymentMethod: order.paymentMethod,
    paymentDueAt: order.paymentDueAt?.toISOString() ?? null,
    totalMinor: order.totalMinor,
    vatMinor: order.vatMinor,
    vatBreakdown: breakdownSchema.parse(order.vatBreakdown),
    refundedMinor: order.refundedMinor,
    shippingAddress: storedAddressSchema.parse(order.shippingAddress),
    latestPayment: payment ? { id: payment.id, status: payment.status, failureReason: payment.failureReason } : null,
    trackingNumber: order.trackingNumber,
    carrier: order.carrier,
    refunds: order.refunds.map((r) => ({ amountMinor: r.amountMinor, createdAt: r.createdAt.toISOString() })),
    expiresAt: order.expiresAt.toISOString(),
    createdAt: order.createdAt.toISOString(),
    paidAt: order.paidAt?.toISOString() ?? null,
    events: order.events.map((e) => ({ toStatus: e.toStatus, createdAt: e.createdAt.toISOString() })),
  };
}

export async function listOrdersForUser(db: Db, userId: string) {
  return db.order.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, number: true, status: true, totalMinor: true, currency: true, createdAt: true },
  });
}
