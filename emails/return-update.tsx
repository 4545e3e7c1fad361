import type { ShopIdentity } from "@/lib/shop/shop-identity";
import { type EmailLanguage, emailLanguage } from "./email-language";
import { EmailLayout, buttonStyle, textSignature } from "./email-layout";
import type { OrderEmailData } from "./order-email-data";
import { type RenderedEmail, renderEmail, textBody } from "./rendered-email";

export type ReturnEmailStep = "requested" | "approved" | "rejected" | "received";

export interface ReturnEmailData {
  number: string;
  step: ReturnEmailStep;
  /** "2 × Linen shirt – M", one per returned line. */
  items: string[];
  /** Staff's note when approving or rejecting. */
  staffNote: string | null;
}

const subject = (ret: ReturnEmailData, lang: EmailLanguage) =>
  lang.t(`email.returns.subject.${ret.step}`, { number: ret.number });

/** What each step tells the shopper, as paragraphs (the same in HTML and plain text). */
function paragraphs(order: OrderEmailData, ret: ReturnEmailData, shop: ShopIdentity, lang: EmailLanguage): string[] {
  const { t } = lang;
  const hello = t("email.common.hello", { name: order.customerName });
  const values = { number: ret.number, order: order.orderNumber };
  switch (ret.step) {
    case "requested":
      return [hello, t("email.returns.requested", values)];
    case "approved":
      return [
        hello,
        t("email.returns.approved", { ...values, address: [shop.legalName, ...shop.addressLines].join(", ") }),
        ...(ret.staffNote ? [t("email.returns.note", { note: ret.staffNote })] : []),
        t("email.returns.refundOnArrival"),
      ];
    case "rejected":
      return [
        hello,
        t("email.returns.rejected", values),
        ...(ret.staffNote ? [t("email.returns.why", { note: ret.staffNote })] : []),
        t("email.returns.questions", { email: shop.email }),
      ];
    case "received":
      return [hello, t("email.returns.received", values)];
  }
}

export function ReturnUpdate({
  shop,
  order,
  ret,
  lang,
}: {
  shop: ShopIdentity;
  order: OrderEmailData;
  ret: ReturnEmailData;
  lang: EmailLanguage;
}) {
  const title = subject(ret, lang);
  return (
    <EmailLayout shop={shop} title={title} language={lang.language}>
      <h1 style={{ fontSize: 22 }}>{title}</h1>
      {paragraphs(order, ret, shop, lang).map((text, i) => (
        <p key={i} style={{ whiteSpace: "pre-line" }}>
          {text}
        </p>
      ))}
      <p>{lang.t("email.returns.items")}</p>
      <ul>
        {ret.items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
      <p>
        <a href={order.orderUrl} style={buttonStyle}>
          {lang.t("email.common.viewOrder")}
        </a>
      </p>
    </EmailLayout>
  );
}

export function returnUpdateEmail(order: OrderEmailData, ret: ReturnEmailData, shop: ShopIdentity): RenderedEmail {
  const lang = emailLanguage(order.language);
  return renderEmail(
    subject(ret, lang),
    <ReturnUpdate shop={shop} order={order} ret={ret} lang={lang} />,
    textBody([
      ...paragraphs(order, ret, shop, lang),
      `${lang.t("email.returns.items")}\n${ret.items.map((item) => `- ${item}`).join("\n")}`,
      lang.t("email.common.yourOrder", { url: order.orderUrl }),
      textSignature(shop),
    ]),
  );
}
