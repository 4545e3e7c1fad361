import type { ShopIdentity } from "@/lib/shop/shop-identity";
import { type EmailLanguage, emailLanguage } from "./email-language";
import { EmailLayout, buttonStyle, textSignature } from "./email-layout";
import { type OrderEmailData, money } from "./order-email-data";
import { type EmailAttachment, type RenderedEmail, renderEmail, textBody } from "./rendered-email";

export interface RefundInfo {
  amountMinor: number;
  creditNoteNumber: string | null;
  /** The return the refund pays back, if any (e.g. "100042-R1"). */
  returnNumber?: string | null;
}

const refundValues = (order: OrderEmailData, refund: RefundInfo, lang: EmailLanguage) => ({
  name: order.customerName,
  amount: money(refund.amountMinor, order.currency, lang.locale),
  number: order.orderNumber,
  returnNumber: refund.returnNumber ?? "none",
});

export function OrderRefunded({
  shop,
  order,
  refund,
  lang,
}: {
  shop: ShopIdentity;
  order: OrderEmailData;
  refund: RefundInfo;
  lang: EmailLanguage;
}) {
  const { t } = lang;
  return (
    <EmailLayout
      shop={shop}
      title={t("email.refunded.subject", { number: order.orderNumber })}
      language={lang.language}
    >
      <h1 style={{ fontSize: 22 }}>{t("email.refunded.heading")}</h1>
      <p>{t("email.refunded.body", refundValues(order, refund, lang))}</p>
      {refund.creditNoteNumber && <p>{t("email.refunded.creditNote", { number: refund.creditNoteNumber })}</p>}
      <p>
        <a href={order.orderUrl} style={buttonStyle}>
          {t("email.common.viewOrder")}
        </a>
      </p>
    </EmailLayout>
  );
}

export function orderRefundedEmail(
  order: OrderEmailData,
  refund: RefundInfo,
  shop: ShopIdentity,
  creditNote: EmailAttachment | null,
): RenderedEmail {
  const lang = emailLanguage(order.language);
  const { t } = lang;
  return renderEmail(
    t("email.refunded.subject", { number: order.orderNumber }),
    <OrderRefunded shop={shop} order={order} refund={refund} lang={lang} />,
    textBody([
      t("email.common.hello", { name: order.customerName }),
      t("email.refunded.bodyText", refundValues(order, refund, lang)),
      refund.creditNoteNumber && t("email.refunded.creditNote", { number: refund.creditNoteNumber }),
      t("email.common.yourOrder", { url: order.orderUrl }),
      textSignature(shop),
    ]),
    creditNote ? [creditNote] : [],
  );
}
