import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { Price } from "@/app/_components/price";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { currentUserId } from "@/lib/http/shopper";
import { formattingLocale } from "@/lib/i18n/languages";
import { currentLanguage } from "@/lib/i18n/request-language";
import { type OrderView, getOrder } from "@/lib/orders/get-order";
import { orderTokenValid } from "@/lib/orders/order-link";
import { loadPaymentInstructions } from "@/lib/payments/bank-transfer/payment-instructions";
import { settleDueTestPayments } from "@/lib/payments/test-payment-actions";
import { retryPaymentAction } from "./actions";
import { PaymentInstructionsPanel } from "./payment-instructions";
import { ReturnsSection } from "./returns-section";
import { PostalAddress } from "@/app/_components/postal-address";
import { InvoiceRecipientSection } from "./invoice-recipient-section";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("order");
  return { title: t("title"), robots: { index: false } };
}

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
  const [t, language] = await Promise.all([getTranslations("order"), currentLanguage()]);
  const locale = formattingLocale(language);
  // A bank transfer is paid from the shopper's bank, not here: the page shows how.
  if (order.paymentMethod === "bank_transfer") {
    const instructions = await loadPaymentInstructions(db, order.id);
    return instructions ? (
      <PaymentInstructionsPanel instructions={instructions} locale={locale} />
    ) : (
      <p className="notice notice-warn" role="status">
        {t("awaitingTransfer")}
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
          <strong>{t("confirmingPayment")}</strong> {t("updatesItself")}
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
            ? t("paymentUnavailable")
            : failed
              ? payment.status === "CANCELLED"
                ? t("paymentCancelled")
                : t("paymentFailed")
              : t("awaitingPayment")}
        </strong>{" "}
        {t("heldUntil", {
          time: new Date(order.expiresAt).toLocaleTimeString(locale, {
            hour: "2-digit",
            minute: "2-digit",
            timeZone: env.SHOP_TIME_ZONE,
          }),
        })}
      </p>
      <form action={retryPaymentAction}>
        <input type="hidden" name="orderId" value={order.id} />
        <input type="hidden" name="token" value={token} />
        <button className="button" type="submit">
          {failed || unavailable ? t("payAgain") : t("payNow")}
        </button>
      </form>
    </div>
  );
}

export default async function OrderPage({ params, searchParams }: Props) {
  const [{ id }, { token = "", payment, return: returned }] = await Promise.all([params, searchParams]);
  const order = await load(id, token);
  if (!order) notFound();
  const [userId, t, language] = await Promise.all([currentUserId(), getTranslations("order"), currentLanguage()]);
  const locale = formattingLocale(language);
  const money = (amountMinor: number) => <Price money={{ amountMinor, currency: order.currency }} />;
  const address = order.shippingAddress;
  return (
    <>
      <h1>{t("heading", { number: order.number })}</h1>
      {order.status === "PAID" || order.status === "SHIPPED" || order.status === "DELIVERED" ? (
        <p className="notice notice-ok" role="status">
          <strong>{t(`thankYou.${order.status}`)}</strong> {t("confirmationSent", { email: order.email })}
        </p>
      ) : (
        <p>
          {t.rich("statusLine", { status: t(`status.${order.status}`), strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
      )}
      <PaymentState order={order} token={token} returned={payment} />
      {order.trackingNumber ? (
        <section aria-labelledby="shipment-heading" className="notice">
          <h2 id="shipment-heading">{t("shipment")}</h2>
          <p>
            {order.carrier ? t("leftWarehouseWith", { carrier: order.carrier }) : t("leftWarehouse")}{" "}
            {t("trackingNumber")} <strong data-testid="tracking-number">{order.trackingNumber}</strong>
          </p>
        </section>
      ) : null}
      {order.refunds.length > 0 ? (
        <section aria-labelledby="refunds-heading" className="notice">
          <h2 id="refunds-heading">{t("refunds")}</h2>
          <ul>
            {order.refunds.map((refund, i) => (
              <li key={`${refund.createdAt}-${i}`}>
                {t.rich("refundedOn", {
                  amount: () => money(refund.amountMinor),
                  date: new Date(refund.createdAt).toLocaleDateString(locale, {
                    dateStyle: "medium",
                    timeZone: env.SHOP_TIME_ZONE,
                  }),
                })}
              </li>
            ))}
          </ul>
          <p>{t("refundArrives")}</p>
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
          <h2 id="items-heading">{t("items")}</h2>
          <table className="variant-table">
            <thead>
              <tr>
                <th scope="col">{t("item")}</th>
                <th scope="col">{t("quantity")}</th>
                <th scope="col">{t("price")}</th>
                <th scope="col">{t("total")}</th>
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
          <h2>{t("deliveryAddress")}</h2>
          <PostalAddress address={address} language={language} />
          <InvoiceRecipientSection orderId={order.id} />
        </section>
        <aside className="cart-summary" aria-label={t("totals")}>
          <table className="totals">
            <tbody>
              <tr>
                <th scope="row">{t("items")}</th>
                <td>{money(order.itemsTotalMinor + order.discountMinor)}</td>
              </tr>
              {order.discountMinor > 0 ? (
                <tr>
                  <th scope="row">{t("discount", { code: order.discountCode ?? "" })}</th>
                  <td>−{money(order.discountMinor)}</td>
                </tr>
              ) : null}
              <tr>
                <th scope="row">{t("delivery")}</th>
                <td>{order.shippingMinor === 0 ? t("free") : money(order.shippingMinor)}</td>
              </tr>
              <tr className="grand">
                <th scope="row">{t("total")}</th>
                <td>{money(order.totalMinor)}</td>
              </tr>
              {order.refundedMinor > 0 ? (
                <tr>
                  <th scope="row">{t("refunded")}</th>
                  <td data-testid="refunded-total">−{money(order.refundedMinor)}</td>
                </tr>
              ) : null}
              {order.vatBreakdown.map((e) => (
                <tr key={e.rateBps} className="muted">
                  <th scope="row">{t("vatRow", { rate: e.rateBps / 100 })}</th>
                  <td>{money(e.vatMinor)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <Link href="/">{t("continueShopping")}</Link>
          </p>
        </aside>
      </div>
    </>
  );
}
