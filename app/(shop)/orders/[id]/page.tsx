import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Price } from "@/app/_components/price";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { currentUserId } from "@/lib/http/shopper";
import { type OrderView, getOrder } from "@/lib/orders/get-order";
import { orderTokenValid } from "@/lib/orders/order-link";
import { orderStatusLabels } from "@/lib/orders/state-machine";
import { loadPaymentInstructions } from "@/lib/payments/bank-transfer/payment-instructions";
import { settleDueTestPayments } from "@/lib/payments/test-payment-actions";
import { retryPaymentAction } from "./actions";
import { PaymentInstructionsPanel } from "./payment-instructions";
import { ReturnsSection } from "./returns-section";
import { PostalAddress } from "@/app/_components/postal-address";
import { InvoiceRecipientSection } from "./invoice-recipient-section";

export const metadata: Metadata = { title: "Your order", robots: { index: false } };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ token?: string; payment?: string; return?: string }>;
};

async function load(id: string, token: string | undefined): Promise<OrderView | null> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  await settleDueTestPayments(db);
  try {
    return await getOrder(db, id, {
      userId: await currentUserId(),
      linkValid: orderTokenValid(id, token),
      staff: false,
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  }
}

async function PaymentState({
  order,
  token,
  returned,
}: {
  order: OrderView;
  token: string;
  returned: string | undefined;
}) {
  if (order.status !== "PENDING_PAYMENT") return null;
  // A bank transfer is paid from the shopper's bank, not here: the page shows how.
  if (order.paymentMethod === "bank_transfer") {
    const instructions = await loadPaymentInstructions(db, order.id);
    return instructions ? (
      <PaymentInstructionsPanel instructions={instructions} locale={env.SHOP_LOCALE} />
    ) : (
      <p className="notice notice-warn" role="status">
        This order is waiting for a bank transfer. Please contact us for the payment details.
      </p>
    );
  }
  const payment = order.latestPayment;
  const processing = payment?.status === "PROCESSING" || (returned === "returned" && payment?.status === "PENDING");
  if (processing) {
    return (
      <div className="notice notice-warn" role="status">
        {/* Refreshes without JavaScript until the payment settles. */}
        <meta httpEquiv="refresh" content="3" />
        <p>
          <strong>We are confirming your payment.</strong> This page updates by itself.
        </p>
      </div>
    );
  }
  const failed = payment && ["FAILED", "CANCELLED", "EXPIRED"].includes(payment.status);
  const unavailable = returned === "unavailable";
  return (
    <div className={`notice ${failed || unavailable ? "notice-error" : "notice-warn"}`} role="alert">
      <p>
        <strong>
          {unavailable
            ? "The payment service did not answer."
            : failed
              ? payment.status === "CANCELLED"
                ? "You cancelled the payment."
                : "The payment did not go through."
              : "This order is waiting for payment."}
        </strong>{" "}
        Your order and its items are held until{" "}
        {new Date(order.expiresAt).toLocaleTimeString(env.SHOP_LOCALE, { hour: "2-digit", minute: "2-digit" })}.
      </p>
      <form action={retryPaymentAction}>
        <input type="hidden" name="orderId" value={order.id} />
        <input type="hidden" name="token" value={token} />
        <button className="button" type="submit">
          {failed || unavailable ? "Try paying again" : "Pay now"}
        </button>
      </form>
    </div>
  );
}

export default async function OrderPage({ params, searchParams }: Props) {
  const [{ id }, { token = "", payment, return: returned }] = await Promise.all([params, searchParams]);
  const order = await load(id, token);
  if (!order) notFound();
  const userId = await currentUserId();
  const money = (amountMinor: number) => <Price money={{ amountMinor, currency: order.currency }} />;
  const address = order.shippingAddress;
  return (
    <>
      <h1>Order {order.number}</h1>
      {order.status === "PAID" || order.status === "SHIPPED" || order.status === "DELIVERED" ? (
        <p className="notice notice-ok" role="status">
          <strong>Thank you! Your order is {orderStatusLabels[order.status].toLowerCase()}.</strong> A confirmation is
          on its way to {order.email}.
        </p>
      ) : (
        <p>
          Status: <strong>{orderStatusLabels[order.status]}</strong>
        </p>
      )}
      <PaymentState order={order} token={token} returned={payment} />
      {order.trackingNumber ? (
        <section aria-labelledby="shipment-heading" className="notice">
          <h2 id="shipment-heading">Shipment</h2>
          <p>
            Your order left our warehouse{order.carrier ? ` with ${order.carrier}` : ""}. Tracking number:{" "}
            <strong data-testid="tracking-number">{order.trackingNumber}</strong>
          </p>
        </section>
      ) : null}
      {order.refunds.length > 0 ? (
        <section aria-labelledby="refunds-heading" className="notice">
          <h2 id="refunds-heading">Refunds</h2>
          <ul>
            {order.refunds.map((refund, i) => (
              <li key={`${refund.createdAt}-${i}`}>
                {money(refund.amountMinor)} refunded on{" "}
                {new Date(refund.createdAt).toLocaleDateString(env.SHOP_LOCALE, {
                  dateStyle: "medium",
                  timeZone: env.SHOP_TIME_ZONE,
                })}
              </li>
            ))}
          </ul>
          <p>It reaches the account you paid from within a few working days.</p>
        </section>
      ) : null}
      <ReturnsSection
        orderId={order.id}
        token={token}
        userId={userId}
        linkValid={orderTokenValid(order.id, token)}
        justRequested={returned === "requested"}
      />
      <div className="cart-layout">
        <section aria-labelledby="items-heading">
          <h2 id="items-heading">Items</h2>
          <table className="variant-table">
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Qty</th>
                <th scope="col">Price</th>
                <th scope="col">Total</th>
              </tr>
            </thead>
            <tbody>
              {order.lines.map((l) => (
                <tr key={l.sku}>
                  <td>
                    {l.productName}
                    {l.variantTitle ? <span className="muted"> — {l.variantTitle}</span> : null}
                  </td>
                  <td>{l.quantity}</td>
                  <td>{money(l.unitPriceMinor)}</td>
                  <td>{money(l.grossMinor)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>Delivery address</h2>
          <PostalAddress address={address} />
          <InvoiceRecipientSection orderId={order.id} />
        </section>
        <aside className="cart-summary" aria-label="Totals">
          <table className="totals">
            <tbody>
              <tr>
                <th scope="row">Items</th>
                <td>{money(order.itemsTotalMinor + order.discountMinor)}</td>
              </tr>
              {order.discountMinor > 0 ? (
                <tr>
                  <th scope="row">Discount {order.discountCode}</th>
                  <td>−{money(order.discountMinor)}</td>
                </tr>
              ) : null}
              <tr>
                <th scope="row">Delivery</th>
                <td>{order.shippingMinor === 0 ? "Free" : money(order.shippingMinor)}</td>
              </tr>
              <tr className="grand">
                <th scope="row">Total</th>
                <td>{money(order.totalMinor)}</td>
              </tr>
              {order.refundedMinor > 0 ? (
                <tr>
                  <th scope="row">Refunded</th>
                  <td data-testid="refunded-total">−{money(order.refundedMinor)}</td>
                </tr>
              ) : null}
              {order.vatBreakdown.map((e) => (
                <tr key={e.rateBps} className="muted">
                  <th scope="row">incl. VAT {e.rateBps / 100} %</th>
                  <td>{money(e.vatMinor)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <Link href="/">Continue shopping</Link>
          </p>
        </aside>
      </div>
    </>
  );
}
