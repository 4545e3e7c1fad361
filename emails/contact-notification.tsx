import type { ShopIdentity } from "@/lib/shop/shop-identity";
import type { ContactMessageProps } from "./contact-message";
import { EmailLayout, linkStyle, textSignature } from "./email-layout";
import { type RenderedEmail, renderEmail, textBody } from "./rendered-email";

export function ContactNotification({
  shop,
  name,
  email,
  subject,
  body,
}: ContactMessageProps & { shop: ShopIdentity }) {
  return (
    <EmailLayout shop={shop} title="New contact message">
      <h1 style={{ fontSize: 22 }}>New message from the contact form</h1>
      <p>
        From: {name} &lt;
        <a href={`mailto:${email}`} style={linkStyle}>
          {email}
        </a>
        &gt;
      </p>
      <p>Subject: {subject}</p>
      <div style={{ whiteSpace: "pre-wrap", borderLeft: "3px solid #e3dfd8", paddingLeft: 12 }}>{body}</div>
      <p>
        <a href={`${shop.baseUrl}/admin/messages`} style={linkStyle}>
          Open the messages in the admin
        </a>
      </p>
    </EmailLayout>
  );
}

export function contactNotificationEmail(props: ContactMessageProps, shop: ShopIdentity): RenderedEmail {
  return renderEmail(
    `Contact form: ${props.subject}`,
    <ContactNotification shop={shop} {...props} />,
    textBody([
      "New message from the contact form",
      `From: ${props.name} <${props.email}>\nSubject: ${props.subject}`,
      props.body,
      `Messages in the admin: ${shop.baseUrl}/admin/messages`,
      textSignature(shop),
    ]),
  );
}
