import { getTranslations } from "next-intl/server";
import { PostalAddress } from "@/app/_components/postal-address";
import { currentLanguage } from "@/lib/i18n/request-language";
import type { StaffOrderView } from "@/lib/orders/get-order-for-staff";

/** Who ordered, where it ships, and its tracking number. */
export async function OrderCustomerPanel({ order }: { order: StaffOrderView }) {
  const t = await getTranslations("admin.orders.customer");
  return (
    <section aria-labelledby="customer-title" className="panel">
      <h2 id="customer-title">{t("title")}</h2>
      <p className="wrap-anywhere">
        <a href={`mailto:${order.email}`}>{order.email}</a>
        <br />
        <span className="muted">{order.userId ? t("hasAccount") : t("guest")}</span>
      </p>
      <h3>{t("shipsTo")}</h3>
      <PostalAddress
        address={order.shippingAddress}
        withPhone
        className="wrap-anywhere"
        language={await currentLanguage()}
      />
      {order.trackingNumber ? (
        <p>
          <strong>{t("tracking")}</strong> {order.carrier ? `${order.carrier} ` : ""}
          <span data-testid="tracking-number">{order.trackingNumber}</span>
        </p>
      ) : null}
    </section>
  );
}
