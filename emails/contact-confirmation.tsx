import type { ShopIdentity } from "@/lib/shop/shop-identity";
import type { ContactMessageProps } from "./contact-message";
import { EmailLayout, textSignature } from "./email-layout";
import { type RenderedEmail, renderEmail, textBody } from "./rendered-email";

export function ContactConfirmation({ shop, name, subject, body }: ContactMessageProps & { shop: ShopIdentity }) {
  return (
    <EmailLayout shop={shop} title="We received your message">
      <h1 style={{ fontSize: 22 }}>Thank you, {name}</h1>
      <p>We received your message and will answer within two working days. This is what you sent us:</p>
      <p>Subject: {subject}</p>
      <div style={{ whiteSpace: "pre-wrap", borderLeft: "3px solid #e3dfd8", paddingLeft: 12 }}>{body}</div>
    </EmailLayout>
  );
}

export function contactConfirmationEmail(props: ContactMessageProps, shop: ShopIdentity): RenderedEmail {
  return renderEmail(
    `We received your message: ${props.subject}`,
    <ContactConfirmation shop={shop} {...props} />,
    textBody([
      `Thank you, ${props.name}`,
      "We received your message and will answer within two working days. This is what you sent us:",
      `Subject: ${props.subject}`,
      props.body,
      textSignature(shop),
    ]),
  );
}
