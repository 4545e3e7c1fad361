import type { ShopIdentity } from "@/lib/shop/shop-identity";
import { EmailLayout, buttonStyle, textSignature } from "./email-layout";
import { type OrderEmailData, money } from "./order-email-data";
import { type EmailAttachment, type RenderedEmail, renderEmail, textBody } from "./rendered-email";

export interface RefundInfo {
  amountMinor: number;
  creditNoteNumber: string | null;
  /** The return the refund pays back, if any (e.g. "100042-R1"). */
  returnNumber?: string | null;
}

const forWhat = (refund: RefundInfo) => (refund.returnNumber ? ` (your return ${refund.returnNumber})` : "");

export function OrderRefunded({
  shop,
  order,
  refund,
}: {
  shop: ShopIdentity;
  order: OrderEmailData;
  refund: RefundInfo;
}) {
  return (
    <EmailLayout shop={shop} title={`Refund for order ${order.orderNumber}`}>
      <h1 style={{ fontSize: 22 }}>Your refund</h1>
      <p>
        Hello {order.customerName}, we refunded {money(refund.amountMinor, order.currency, shop.locale)} for order{" "}
        {order.orderNumber}
        {forWhat(refund)}. It reaches your account within a few working days.
      </p>
      {refund.creditNoteNumber && <p>Credit note {refund.creditNoteNumber} is attached.</p>}
      <p>
        <a href={order.orderUrl} style={buttonStyle}>
          View your order
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
  return renderEmail(
    `Refund for order ${order.orderNumber}`,
    <OrderRefunded shop={shop} order={order} refund={refund} />,
    textBody([
      `Hello ${order.customerName},`,
      `we refunded ${money(refund.amountMinor, order.currency, shop.locale)} for order ${order.orderNumber}${forWhat(refund)}. It reaches your account within a few working days.`,
      refund.creditNoteNumber && `Credit note ${refund.creditNoteNumber} is attached.`,
      `Your order: ${order.orderUrl}`,
      textSignature(shop),
    ]),
    creditNote ? [creditNote] : [],
  );
}
