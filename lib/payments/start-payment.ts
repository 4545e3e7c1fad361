import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { log, describeError } from "@/lib/log";
import type { PaymentProvider } from "./provider";

/**
 * Hands an unpaid order to the payment provider and returns where the shopper pays. Safe to repeat: an open
 * attempt is reused; after a failure, decline or cancel a new attempt is made. Never charges twice because the
 * order can only be paid once (see apply-payment-event) and each attempt has its own idempotency key.
 */
export async function startPayment(
  db: Db,
  orderId: string,
  provider: PaymentProvider,
  orderUrl: string,
): Promise<{ redirectUrl: string }> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: { id: true, number: true, email: true, status: true, totalMinor: true, currency: true, expiresAt: true },
  });
  if (!order) throw notFound("The order");
  if (order.status !== "PENDING_PAYMENT") throw new AppError("conflict", "This order is not waiting for payment.");
  if (order.expiresAt <= new Date()) throw new AppError("conflict", "This order expired before it was paid.");

  const open = await db.payment.findFirst({
    where: { orderId, status: { in: ["PENDING", "PROCESSING"] }, redirectUrl: { not: null } },
    orderBy: { createdAt: "desc" },
  });
  if (open?.redirectUrl) return { redirectUrl: open.redirectUrl };

  const payment = await db.payment.create({
    data: { orderId, provider: provider.name, amountMinor: order.totalMinor, currency: order.currency },
  });
  const base = new URL(orderUrl, env.PUBLIC_BASE_URL);
  try {
    const started = await provider.startCheckout({
      paymentId: payment.id,
      orderId,
      orderNumber: order.number,
      amountMinor: order.totalMinor,
      currency: order.currency,
      email: order.email,
      successUrl: withParam(base, "payment", "returned"),
      cancelUrl: withParam(base, "payment", "cancelled"),
      expiresAt: order.expiresAt,
    });
    await db.payment.update({
      where: { id: payment.id },
      data: { reference: started.reference, redirectUrl: started.redirectUrl },
    });
    return { redirectUrl: started.redirectUrl };
  } catch (error) {
    log.warn("payment provider failed to start checkout", {
      orderId,
      provider: provider.name,
      ...describeError(error),
    });
    await db.payment.update({
      where: { id: payment.id },
      data: { status: "FAILED", failureReason: "The payment service could not be reached." },
    });
    throw new AppError(
      "service_unavailable",
      "The payment service is not answering right now. Your order is saved; please try paying again in a moment.",
      { retryAfterSeconds: 10 },
    );
  }
}

function withParam(base: URL, key: string, value: string): string {
  const url = new URL(base);
  url.searchParams.set(key, value);
  return url.toString();
}
