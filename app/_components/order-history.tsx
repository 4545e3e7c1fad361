import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { formattingLocale } from "@/lib/i18n/languages";
import { currentLanguage } from "@/lib/i18n/request-language";
import { listOrdersForUser } from "@/lib/orders/get-order";
import { LocaleLink as Link } from "./locale-link";
import { Price } from "./price";

/** The signed-in shopper's orders, newest first. */
export async function OrderHistory({ userId }: { userId: string }) {
  const [orders, t, language] = await Promise.all([
    listOrdersForUser(db, userId),
    getTranslations("order"),
    currentLanguage(),
  ]);
  if (orders.length === 0) return <p className="muted">{t("noOrders")}</p>;
  const locale = formattingLocale(language);
  const day = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeZone: env.SHOP_TIME_ZONE,
  });
  return (
    <table className="variant-table">
      <caption className="visually-hidden">{t("yourOrders")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("order")}</th>
          <th scope="col">{t("placed")}</th>
          <th scope="col">{t("statusColumn")}</th>
          <th scope="col">{t("total")}</th>
        </tr>
      </thead>
      <tbody>
        {orders.map((order) => (
          <tr key={order.id}>
            <td>
              <Link href={`/orders/${order.id}`}>{order.number}</Link>
            </td>
            <td>
              <time dateTime={order.createdAt.toISOString()}>{day.format(order.createdAt)}</time>
            </td>
            <td>{t(`status.${order.status}`)}</td>
            <td>
              <Price money={{ amountMinor: order.totalMinor, currency: order.currency }} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
