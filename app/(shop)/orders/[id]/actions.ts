"use server";

import { action } from "@/lib/http/action";
import { currentUserId } from "@/lib/http/shopper";
import { redirect } from "next/navigation";
import { z } from "zod";
import { safeString } from "@/lib/validation";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { localeHref } from "@/lib/i18n/paths";
import { getOrder } from "@/lib/orders/get-order";
import { orderPath, orderTokenValid } from "@/lib/orders/order-link";
import { resumePayment } from "@/lib/payments/resume-payment";

const schema = z.object({ orderId: z.uuid(), token: safeString().max(100) });

/** "Try again" after a declined or cancelled payment: a new attempt for the same order, never a second order. */
export const retryPaymentAction = action({ auth: "public" }, async (_caller, formData: FormData): Promise<void> => {
  const input = schema.parse({ orderId: formData.get("orderId"), token: formData.get("token") ?? "" });
  const order = await getOrder(db, input.orderId, {
    userId: await currentUserId(),
    linkValid: orderTokenValid(input.orderId, input.token),
    staff: false,
  });
  // The order page in the shopper's language, also as the page a payment provider sends them back to.
  const orderPage = await localeHref(orderPath(order.id));
  let destination: string;
  try {
    destination = (await resumePayment(db, order.id, orderPage)).redirectUrl;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    destination = `${orderPath(order.id)}&payment=${error.code === "service_unavailable" ? "unavailable" : "closed"}`;
  }
  // Paths of the shop itself (the order page, the test provider's page) stay in the shopper's language.
  redirect(destination.startsWith("/") ? await localeHref(destination) : destination);
});
