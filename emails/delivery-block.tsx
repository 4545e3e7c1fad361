import type { EmailLanguage } from "./email-language";
import type { OrderEmailData } from "./order-email-data";

// Where the order goes, shared by the order e-mails: the delivery address, or for click & collect the pickup
// location and its opening hours. A test order also says that no money moved.

export function DeliveryBlock({ order, lang }: { order: OrderEmailData; lang: EmailLanguage }) {
  const { t } = lang;
  return order.pickup ? (
    <>
      <h2 style={{ fontSize: 16, marginTop: 20 }}>{t("email.delivery.collectAt", { method: order.deliveryMethod })}</h2>
      <p style={{ whiteSpace: "pre-line" }}>
        {[
          order.pickup.name,
          ...order.pickup.lines,
          order.pickup.openingHours ? t("email.delivery.open", { hours: order.pickup.openingHours }) : "",
        ]
          .filter(Boolean)
          .join("\n")}
      </p>
      <p>{t("email.delivery.collectedBy", { name: order.shippingAddress.name })}</p>
    </>
  ) : (
    <>
      <h2 style={{ fontSize: 16, marginTop: 20 }}>
        {t("email.delivery.shippingTo", { method: order.deliveryMethod })}
      </h2>
      <p style={{ whiteSpace: "pre-line" }}>
        {[order.shippingAddress.name, ...order.shippingAddress.lines].join("\n")}
      </p>
    </>
  );
}

export function deliveryText(order: OrderEmailData, lang: EmailLanguage): string {
  const { t } = lang;
  if (order.pickup) {
    const hours = order.pickup.openingHours ? [t("email.delivery.open", { hours: order.pickup.openingHours })] : [];
    return `${t("email.delivery.collectAt", { method: order.deliveryMethod })}:\n${[order.pickup.name, ...order.pickup.lines, ...hours].join("\n")}\n${t("email.delivery.collectedBy", { name: order.shippingAddress.name })}`;
  }
  return `${t("email.delivery.shippingToText")}\n${[order.shippingAddress.name, ...order.shippingAddress.lines].join("\n")}`;
}

export function TestOrderNotice({ order, lang }: { order: OrderEmailData; lang: EmailLanguage }) {
  return order.testOrder ? (
    <p style={{ padding: 8, background: "#fff3c4", border: "1px solid #8a6d00" }}>
      <strong>{lang.t("email.common.testOrderNotice")}</strong>
    </p>
  ) : null;
}
