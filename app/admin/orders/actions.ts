"use server";

import { redirect } from "next/navigation";
import { localeHref } from "@/lib/i18n/paths";
import { currentLanguage } from "@/lib/i18n/request-language";
import { translateServerText } from "@/lib/i18n/server-text";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { action } from "@/lib/http/action";
import { parseMajorUnits } from "@/lib/money/money";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { markCashReceived } from "@/lib/orders/mark-cash-received";
import { markOrderDelivered } from "@/lib/orders/mark-order-delivered";
import { refundOrder } from "@/lib/orders/refund-order";
import { resendOrderConfirmation } from "@/lib/orders/resend-order-confirmation";
import {
  cancelOrderFormSchema,
  orderIdFormSchema,
  refundOrderFormSchema,
  shipOrderFormSchema,
} from "@/lib/orders/schemas";
import { shipOrder } from "@/lib/orders/ship-order";
import type { OrderNotice } from "./notices";

// The order page's forms. Each checks the staff role before reading the form (action() in lib/http/action.ts), calls the same
// domain function as /api/admin/orders, and on success reloads the order page with a notice saying what happened
// (the form itself may no longer be offered, e.g. once the order has shipped).

const done = async (id: string, notice: OrderNotice): Promise<never> =>
  redirect(await localeHref(`/admin/orders/${id}?notice=${notice}`));

export const shipOrderAction = action(
  { schema: shipOrderFormSchema, auth: "staff" },
  async ({ id, ...input }, { actor }) => {
    await shipOrder(db, actor, id, input);
    return done(id, "shipped");
  },
);

export const markDeliveredAction = action({ schema: orderIdFormSchema, auth: "staff" }, async ({ id }, { actor }) => {
  await markOrderDelivered(db, actor, id);
  return done(id, "delivered");
});

export const refundOrderAction = action(
  { schema: refundOrderFormSchema, auth: "staff" },
  async ({ id, amount, reason }, { actor }) => {
    const order = await db.order.findUnique({ where: { id }, select: { currency: true } });
    if (!order) throw notFound("The order was not found.");
    const amountMinor = parseMajorUnits(amount, order.currency);
    if (amountMinor === null || amountMinor === 0) {
      const language = await currentLanguage();
      return {
        status: "error",
        message: translateServerText("Please correct the marked fields.", language),
        fields: { amount: translateServerText("Enter an amount above zero such as 12.50.", language) },
        values: { amount, reason },
      };
    }
    const refund = await refundOrder(db, actor, id, { amountMinor, reason });
    return done(id, refund.status === "SUCCEEDED" ? "refunded" : "refund-pending");
  },
);

export const cancelOrderAction = action(
  { schema: cancelOrderFormSchema, auth: "staff" },
  async ({ id, reason }, { actor }) => {
    const outcome = await cancelOrder(db, actor, id, reason ? { reason } : {});
    return done(
      id,
      outcome.refund === null
        ? "cancelled"
        : outcome.refund.status === "SUCCEEDED"
          ? "cancelled-refunded"
          : "cancel-pending",
    );
  },
);

export const resendConfirmationAction = action(
  { schema: orderIdFormSchema, auth: "staff" },
  async ({ id }, { actor }) => {
    await resendOrderConfirmation(db, actor, id);
    return done(id, "confirmation-sent");
  },
);

export const markCashReceivedAction = action(
  { schema: orderIdFormSchema, auth: "staff" },
  async ({ id }, { actor }) => {
    await markCashReceived(db, actor, id);
    return done(id, "cash-received");
  },
);
