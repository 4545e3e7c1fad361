import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { describeError, log } from "@/lib/log";
import type { PaymentProvider } from "./provider";

export interface PaymentAttempt {
  id: string;
  orderId: string;
  orderNumber: string;
  amountMinor: number;
  currency: string;
  email: string;
  expiresAt: Date;
}

/**
 * Hands an open payment attempt to the provider and records where the shopper pays. If the provider cannot be
 * reached the attempt is marked failed and the shopper can try again; the order is untouched.
 */
export async function handOffPayment(
  db: Db,
  provider: PaymentProvider,
  attempt: PaymentAttempt,
  orderUrl: string,
): Promise<{ redirectUrl: string }> {
  const base = new URL(orderUrl, env.PUBLIC_BASE_URL);
  try {
    const started = await provider.startCheckout({
      paymentId: attempt.id,
      orderId: attempt.orderId,
      orderNumber: attempt.orderNumber,
      amountMinor: attempt.amountMinor,
      currency: attempt.currency,
      email: attempt.email,
      successUrl: withParam(base, "payment", "returned"),
      cancelUrl: withParam(base, "payment", "cancelled"),
      expiresAt: attempt.expiresAt,
    });
    await db.$executeRaw`
      UPDATE payments SET reference = ${started.reference}, "redirectUrl" = ${started.redirectUrl}, "updatedAt" = now()
      WHERE id = ${attempt.id}::uuid`;
    return { redirectUrl: started.redirectUrl };
  } catch (error) {
    log.warn("payment provider failed to start checkout", {
      orderId: attempt.orderId,
      provider: provider.name,
      ...describeError(error),
    });
    await db.payment.update({
      where: { id: attempt.id },
      data: { status: "FAILED", failureReason: "The payment service could not be reached." },
    });
    throw new AppError(
      "service_unavailable",
      "The payment service is not answering right now. Your order is saved; please try paying again in a moment.",
      { retryAfterSeconds: 10 },
    );
  }
}

/**
 * Starts paying an unpaid order (again). Safe to repeat: an open attempt is reused; after a failure, decline or
 * cancel a new attempt is made. The order can only be paid once (see apply-payment-event), and each attempt
 * carries its own idempotency key to the provider, so nothing is charged twice.
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
  if (!order) throw notFound("The order was not found.");
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
  return handOffPayment(
    db,
    provider,
    {
      id: payment.id,
      orderId,
      orderNumber: order.number,
      amountMinor: order.totalMinor,
      currency: order.currency,
      email: order.email,
      expiresAt: order.expiresAt,
    },
    orderUrl,
  );
}

function withParam(base: URL, key: string, value: string): string {
  const url = new URL(base);
  url.searchParams.set(key, value);
  return url.toString();
}
