import type { ShopIdentity } from "@/lib/shop/shop-identity";
import { formatDueDate } from "@/lib/payments/bank-transfer/describe-instructions";
import type { PaymentInstructions } from "@/lib/payments/bank-transfer/payment-instructions";
import { DeliveryBlock, deliveryText } from "./delivery-block";
import { type EmailLanguage, emailLanguage } from "./email-language";
import { EmailLayout, buttonStyle, textSignature } from "./email-layout";
import type { OrderEmailData } from "./order-email-data";
import { OrderSummary, orderSummaryText } from "./order-summary";
import { PaymentInstructionsBlock } from "./payment-instructions-block";
import { localizedInstructionsText } from "./payment-instructions-text";
import { type EmailAttachment, type RenderedEmail, renderEmail, textBody } from "./rendered-email";

// The two e-mails of a bank-transfer order before it is paid: the order confirmation with how to pay, sent when the
// order is placed, and a reminder before the due date. Both carry the QR code inline and the order confirmation
// PDF (with the same instructions) as attachments.

type Kind = "instructions" | "reminder";

function subject(kind: Kind, order: OrderEmailData, { t }: EmailLanguage): string {
  return kind === "instructions"
    ? t("email.bankTransfer.subjectInstructions", { number: order.orderNumber })
    : t("email.bankTransfer.subjectReminder", { number: order.orderNumber });
}

function intro(kind: Kind, order: OrderEmailData, instructions: PaymentInstructions | null, lang: EmailLanguage) {
  const values = {
    number: order.orderNumber,
    due: instructions ? formatDueDate(instructions.dueDate, lang.locale) : "none",
  };
  return kind === "instructions"
    ? lang.t("email.bankTransfer.introInstructions", values)
    : lang.t("email.bankTransfer.introReminder", values);
}

function greeting(kind: Kind, order: OrderEmailData, { t }: EmailLanguage, text: boolean): string {
  if (kind === "instructions") return t("email.orderConfirmation.heading", { name: order.customerName });
  return text
    ? t("email.common.hello", { name: order.customerName })
    : t("email.common.helloHeading", { name: order.customerName });
}

function BankTransferEmail({
  kind,
  shop,
  order,
  instructions,
  lang,
}: {
  kind: Kind;
  shop: ShopIdentity;
  order: OrderEmailData;
  instructions: PaymentInstructions | null;
  lang: EmailLanguage;
}) {
  const { t } = lang;
  return (
    <EmailLayout shop={shop} title={subject(kind, order, lang)} language={lang.language}>
      <h1 style={{ fontSize: 22 }}>{greeting(kind, order, lang, false)}</h1>
      <p>{intro(kind, order, instructions, lang)}</p>
      {instructions ? (
        <PaymentInstructionsBlock instructions={instructions} lang={lang} />
      ) : (
        <p>
          <strong>{t("email.bankTransfer.noLongerAwaits")}</strong> {t("email.bankTransfer.currentState")}
        </p>
      )}
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

/**
 * A bank-transfer e-mail, in the order's language. `instructions` is null when the order was paid or closed before
 * the message was rendered (then it says so instead of asking for money); `attachments` are the QR code image (cid)
 * and the PDF.
 */
export function bankTransferEmail(
  kind: Kind,
  order: OrderEmailData,
  instructions: PaymentInstructions | null,
  shop: ShopIdentity,
  attachments: EmailAttachment[],
): RenderedEmail {
  const lang = emailLanguage(order.language);
  const { t } = lang;
  return renderEmail(
    subject(kind, order, lang),
    <BankTransferEmail kind={kind} shop={shop} order={order} instructions={instructions} lang={lang} />,
    textBody([
      greeting(kind, order, lang, true),
      intro(kind, order, instructions, lang),
      instructions
        ? `${t("email.bankTransfer.payByTransfer")}:\n${localizedInstructionsText(instructions, lang)}`
        : t("email.bankTransfer.noLongerAwaitsText"),
      orderSummaryText(order, lang),
      deliveryText(order, lang),
      t("email.common.yourOrder", { url: order.orderUrl }),
      textSignature(shop),
    ]),
    instructions ? attachments : [],
  );
}
