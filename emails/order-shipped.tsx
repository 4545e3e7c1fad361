import type { ShopIdentity } from "@/lib/shop/shop-identity";
import { type EmailLanguage, emailLanguage } from "./email-language";
import { EmailLayout, buttonStyle, textSignature } from "./email-layout";
import type { OrderEmailData } from "./order-email-data";
import { type RenderedEmail, renderEmail, textBody } from "./rendered-email";

export interface ShipmentInfo {
  carrier: string | null;
  trackingNumber: string | null;
}

export function OrderShipped({
  shop,
  order,
  shipment,
  lang,
}: {
  shop: ShopIdentity;
  order: OrderEmailData;
  shipment: ShipmentInfo;
  lang: EmailLanguage;
}) {
  const { t } = lang;
  return (
    <EmailLayout shop={shop} title={t("email.shipped.subject", { number: order.orderNumber })} language={lang.language}>
      <h1 style={{ fontSize: 22 }}>{t("email.shipped.heading")}</h1>
      <p>
        {t("email.shipped.body", {
          name: order.customerName,
          number: order.orderNumber,
          carrier: shipment.carrier ?? "none",
        })}
      </p>
      {shipment.trackingNumber && <p>{t("email.shipped.tracking", { tracking: shipment.trackingNumber })}</p>}
      <p style={{ whiteSpace: "pre-line" }}>
        {[order.shippingAddress.name, ...order.shippingAddress.lines].join("\n")}
      </p>
      <p>
        <a href={order.orderUrl} style={buttonStyle}>
          {t("email.common.viewOrder")}
        </a>
      </p>
    </EmailLayout>
  );
}

export function orderShippedEmail(order: OrderEmailData, shipment: ShipmentInfo, shop: ShopIdentity): RenderedEmail {
  const lang = emailLanguage(order.language);
  const { t } = lang;
  return renderEmail(
    t("email.shipped.subject", { number: order.orderNumber }),
    <OrderShipped shop={shop} order={order} shipment={shipment} lang={lang} />,
    textBody([
      t("email.common.hello", { name: order.customerName }),
      t("email.shipped.bodyText", { number: order.orderNumber, carrier: shipment.carrier ?? "none" }),
      shipment.trackingNumber && t("email.shipped.tracking", { tracking: shipment.trackingNumber }),
      `${t("email.delivery.shippingToText")}\n${[order.shippingAddress.name, ...order.shippingAddress.lines].join("\n")}`,
      t("email.common.yourOrder", { url: order.orderUrl }),
      textSignature(shop),
    ]),
  );
}
