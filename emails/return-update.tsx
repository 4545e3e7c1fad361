import type { ShopIdentity } from "@/lib/shop/shop-identity";
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

const subjects: Record<ReturnEmailStep, (number: string) => string> = {
  requested: (n) => `We received your return request ${n}`,
  approved: (n) => `Return ${n} approved: please send the items`,
  rejected: (n) => `Return ${n} was not accepted`,
  received: (n) => `Your returned items arrived (${n})`,
};

/** What each step tells the shopper, as paragraphs (the same in HTML and plain text). */
function paragraphs(order: OrderEmailData, ret: ReturnEmailData, shop: ShopIdentity): string[] {
  const hello = `Hello ${order.customerName},`;
  switch (ret.step) {
    case "requested":
      return [
        hello,
        `we received your request ${ret.number} to return items from order ${order.orderNumber}. We will check it and write to you again, usually within two working days. Please do not send anything before we confirm.`,
      ];
    case "approved":
      return [
        hello,
        `your return ${ret.number} for order ${order.orderNumber} is approved. Please pack the items below and send them to: ${[shop.legalName, ...shop.addressLines].join(", ")}. Write ${ret.number} on the parcel.`,
        ...(ret.staffNote ? [`Our note: ${ret.staffNote}`] : []),
        "We refund the items once they have arrived.",
      ];
    case "rejected":
      return [
        hello,
        `we could not accept your return ${ret.number} for order ${order.orderNumber}.`,
        ...(ret.staffNote ? [`Why: ${ret.staffNote}`] : []),
        `Reply to this e-mail or write to ${shop.email} if you have questions.`,
      ];
    case "received":
      return [
        hello,
        `the items of your return ${ret.number} (order ${order.orderNumber}) have arrived. We are refunding them now; a separate e-mail confirms the refund with its credit note.`,
      ];
  }
}

export function ReturnUpdate({
  shop,
  order,
  ret,
}: {
  shop: ShopIdentity;
  order: OrderEmailData;
  ret: ReturnEmailData;
}) {
  const subject = subjects[ret.step](ret.number);
  return (
    <EmailLayout shop={shop} title={subject}>
      <h1 style={{ fontSize: 22 }}>{subject}</h1>
      {paragraphs(order, ret, shop).map((text, i) => (
        <p key={i} style={{ whiteSpace: "pre-line" }}>
          {text}
        </p>
      ))}
      <p>Items in this return:</p>
      <ul>
        {ret.items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
      <p>
        <a href={order.orderUrl} style={buttonStyle}>
          View your order
        </a>
      </p>
    </EmailLayout>
  );
}

export function returnUpdateEmail(order: OrderEmailData, ret: ReturnEmailData, shop: ShopIdentity): RenderedEmail {
  return renderEmail(
    subjects[ret.step](ret.number),
    <ReturnUpdate shop={shop} order={order} ret={ret} />,
    textBody([
      ...paragraphs(order, ret, shop),
      `Items in this return:\n${ret.items.map((item) => `- ${item}`).join("\n")}`,
      `Your order: ${order.orderUrl}`,
      textSignature(shop),
    ]),
  );
}
