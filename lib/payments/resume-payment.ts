import type { Db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { providerForMethod } from "./current-provider";
import { startPayment } from "./start-payment";

/** "Try again" for an unpaid order: through the provider of the method the shopper chose at checkout. */
export async function resumePayment(db: Db, orderId: string, orderUrl: string): Promise<{ redirectUrl: string }> {
  const order = await db.order.findUnique({ where: { id: orderId }, select: { paymentMethod: true } });
  if (!order) throw notFound("The order was not found.");
  const provider = providerForMethod(order.paymentMethod);
  if (!provider) throw new AppError("conflict", "This order is not paid online.");
  return startPayment(db, orderId, provider, orderUrl);
}
