import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Price } from "@/app/_components/price";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadTestPayment } from "@/lib/payments/test-payment-actions";
import { testPaymentAction } from "./actions";

export const metadata: Metadata = { title: "Payment", robots: { index: false } };

type Props = { params: Promise<{ paymentId: string }>; searchParams: Promise<{ token?: string }> };

/** The built-in test provider's payment page: no money moves; each button raises the event a real provider would. */
export default async function TestPaymentPage({ params, searchParams }: Props) {
  const [{ paymentId }, { token = "" }] = await Promise.all([params, searchParams]);
  const payment = await loadTestPayment(db, paymentId, token).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  });
  if (!payment) notFound();
  const open = payment.status === "PENDING" && payment.order.status === "PENDING_PAYMENT";
  return (
    <section className="section" aria-labelledby="pay-heading">
      <h1 id="pay-heading">Pay for order {payment.order.number}</h1>
      <p>
        Amount: <Price money={{ amountMinor: payment.amountMinor, currency: payment.currency }} />
      </p>
      <p className="notice">
        This shop uses the built-in test payment service: no card is charged. Choose what the payment should do.
      </p>
      {open ? (
        <form action={testPaymentAction} className="pay-options">
          <input type="hidden" name="paymentId" value={payment.id} />
          <input type="hidden" name="token" value={token} />
          <button className="button" type="submit" name="outcome" value="pay">
            Pay now
          </button>
          <button className="button button-secondary" type="submit" name="outcome" value="pay_delayed">
            Pay, confirmed a few seconds later
          </button>
          <button className="button button-secondary" type="submit" name="outcome" value="decline">
            Decline the payment
          </button>
          <button className="button button-secondary" type="submit" name="outcome" value="cancel">
            Cancel and go back
          </button>
        </form>
      ) : (
        <p role="status">This payment is no longer open.</p>
      )}
    </section>
  );
}
