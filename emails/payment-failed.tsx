import type { ShopIdentity } from "@/lib/shop/shop-identity";
import { type EmailLanguage, emailLanguage } from "./email-language";
import { EmailLayout, buttonStyle, textSignature } from "./email-layout";
import type { OrderEmailData } from "./order-email-data";
import { OrderSummary, orderSummaryText } from "./order-summary";
import { type RenderedEmail, renderEmail, textBody } from "./rendered-email";

export function PaymentFailed({
  shop,
  order,
  lang,
}: {
  shop: ShopIdentity;
  order: OrderEmailData;
  lang: EmailLanguage;
}) {
  const { t } = lang;
  return (
    <EmailLayout
      shop={shop}
      title={t("email.paymentFailed.subject", { number: order.orderNumber })}
      language={lang.language}
    >
      <h1 style={{ fontSize: 22 }}>{t("email.paymentFailed.heading")}</h1>
      <p>{t("email.paymentFailed.body", { name: order.customerName, number: order.orderNumber })}</p>
      <OrderSummary order={order} lang={lang} />
      <p>
        <a href={order.orderUrl} style={buttonStyle}>
          {t("email.paymentFailed.retry")}
        </a>
      </p>
    </EmailLayout>
  );
}

export function paymentFailedEmail(order: OrderEmailData, shop: ShopIdentity): RenderedEmail {
  const lang = emailLanguage(order.language);
  const { t } = lang;
  return renderEmail(
    t("email.paymentFailed.subject", { number: order.orderNumber }),
    <PaymentFailed shop={shop} order={order} lang={lang} />,
    textBody([
      t("email.common.hello", { name: order.customerName }),
      t("email.paymentFailed.bodyText", { number: order.orderNumber }),
      order.orderUrl,
      orderSummaryText(order, lang),
      textSignature(shop),
    ]),
  );
}
