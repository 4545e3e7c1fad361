import type { ShopIdentity } from "@/lib/shop/shop-identity";
import { formatDueDate, instructionsText } from "@/lib/payments/bank-transfer/describe-instructions";
import type { PaymentInstructions } from "@/lib/payments/bank-transfer/payment-instructions";
import { DeliveryBlock, deliveryText } from "./delivery-block";
import { EmailLayout, buttonStyle, textSignature } from "./email-layout";
import type { OrderEmailData } from "./order-email-data";
import { OrderSummary, orderSummaryText } from "./order-summary";
import { PaymentInstructionsBlock } from "./payment-instructions-block";
import { type EmailAttachment, type RenderedEmail, renderEmail, textBody } from "./rendered-email";

// The two e-mails of a bank-transfer order before it is paid: the order confirmation with how to pay, sent when the
// order is placed, and a reminder before the due date. Both carry the QR code inline and the order confirmation
// PDF (with the same instructions) as attachments.

type Kind = "instructions" | "reminder";

const subjects: Record<Kind, (order: OrderEmailData) => string> = {
  instructions: (order) => `Order ${order.orderNumber} received — please pay by bank transfer`,
  reminder: (order) => `Reminder: order ${order.orderNumber} is waiting for your payment`,
};

function intro(kind: Kind, order: OrderEmailData, instructions: PaymentInstructions | null, locale: string): string {
  const due = instructions ? ` by ${formatDueDate(instructions.dueDate, locale)}` : "";
  return kind === "instructions"
    ? `We have received order ${order.orderNumber} and are holding the items for you. Please pay${due} by bank transfer with the details below; we send the goods and your invoice when the money arrives.`
    : `We have not yet received the payment for order ${order.orderNumber}. Please pay${due} with the details below, or the order is cancelled and the items go back on sale. If you have just paid, thank you — there is nothing more to do.`;
}

function BankTransferEmail({
  kind,
  shop,
  order,
  instructions,
}: {
  kind: Kind;
  shop: ShopIdentity;
  order: OrderEmailData;
  instructions: PaymentInstructions | null;
}) {
  return (
    <EmailLayout shop={shop} title={subjects[kind](order)}>
      <h1 style={{ fontSize: 22 }}>
        {kind === "instructions" ? `Thank you for your order, ${order.customerName}` : `Hello ${order.customerName}`}
      </h1>
      <p>{intro(kind, order, instructions, shop.locale)}</p>
      {instructions ? (
        <PaymentInstructionsBlock instructions={instructions} locale={shop.locale} />
      ) : (
        <p>
          <strong>This order no longer awaits a transfer.</strong> Its current state is on your order page.
        </p>
      )}
      <OrderSummary order={order} locale={shop.locale} />
      <DeliveryBlock order={order} />
      <p>
        <a href={order.orderUrl} style={buttonStyle}>
          View your order
        </a>
      </p>
    </EmailLayout>
  );
}

/**
 * A bank-transfer e-mail. `instructions` is null when the order was paid or closed before the message was rendered
 * (then it says so instead of asking for money); `attachments` are the QR code image (cid) and the PDF.
 */
export function bankTransferEmail(
  kind: Kind,
  order: OrderEmailData,
  instructions: PaymentInstructions | null,
  shop: ShopIdentity,
  attachments: EmailAttachment[],
): RenderedEmail {
  return renderEmail(
    subjects[kind](order),
    <BankTransferEmail kind={kind} shop={shop} order={order} instructions={instructions} />,
    textBody([
      kind === "instructions" ? `Thank you for your order, ${order.customerName}` : `Hello ${order.customerName},`,
      intro(kind, order, instructions, shop.locale),
      instructions
        ? `Pay by bank transfer:\n${instructionsText(instructions, shop.locale)}`
        : "This order no longer awaits a transfer; its current state is on your order page.",
      orderSummaryText(order, shop.locale),
      deliveryText(order),
      `Your order: ${order.orderUrl}`,
      textSignature(shop),
    ]),
    instructions ? attachments : [],
  );
}
