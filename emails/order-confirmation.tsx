import type { ShopIdentity } from "@/lib/shop/shop-identity";
import { DeliveryBlock, deliveryText, TestOrderNotice } from "./delivery-block";
import { type EmailLanguage, emailLanguage } from "./email-language";
import { EmailLayout, buttonStyle, textSignature } from "./email-layout";
import type { OrderEmailData } from "./order-email-data";
import { OrderSummary, orderSummaryText } from "./order-summary";
import { type EmailAttachment, type RenderedEmail, renderEmail, textBody } from "./rendered-email";

export function OrderConfirmation({
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
      title={t("email.orderConfirmation.title", { number: order.orderNumber })}
      language={lang.language}
    >
      <TestOrderNotice order={order} lang={lang} />
      <h1 style={{ fontSize: 22 }}>{t("email.orderConfirmation.heading", { name: order.customerName })}</h1>
      <p>
        {t("email.orderConfirmation.paid", { number: order.orderNumber })}{" "}
        {t("email.orderConfirmation.invoiceAttached")}
      </p>
      <OrderSummary order={order} lang={lang} />
      <DeliveryBlock order={order} lang={lang} />
      <p>
        <a href={order.orderUrl} style={buttonStyle}>
          {t("email.common.viewOrder")}
        </a>
      </p>
    </EmailLayout>
  );
}

/** The invoice PDF, when one was issued, travels as an attachment. In the order's language. */
export function orderConfirmationEmail(
  order: OrderEmailData,
  shop: ShopIdentity,
  invoice: EmailAttachment | null,
): RenderedEmail {
  const lang = emailLanguage(order.language);
  const { t } = lang;
  const paid = t("email.orderConfirmation.paid", { number: order.orderNumber });
  return renderEmail(
    t("email.orderConfirmation.subject", { number: order.orderNumber }),
    <OrderConfirmation shop={shop} order={order} lang={lang} />,
    textBody([
      ...(order.testOrder ? [t("email.common.testOrderNotice")] : []),
      t("email.orderConfirmation.heading", { name: order.customerName }),
      invoice ? `${paid} ${t("email.orderConfirmation.invoiceAttached")}` : paid,
      orderSummaryText(order, lang),
      deliveryText(order, lang),
      t("email.common.yourOrder", { url: order.orderUrl }),
      textSignature(shop),
    ]),
    invoice ? [invoice] : [],
  );
}
