import type { ShopIdentity } from "@/lib/shop/shop-identity";
import { headerSafe } from "@/lib/mail/header-safe";
import { EmailLayout } from "./email-layout";
import { type RenderedEmail, renderEmail, textBody } from "./rendered-email";

export interface ContactReplyProps {
  /** The visitor's name as they gave it. */
  name: string;
  /** What their message was about, e.g. "A return (NW-10023)". */
  subject: string;
  /** The staff member's answer, plain text. */
  reply: string;
  /** The visitor's message, quoted below the answer. */
  original: string;
  originalSentAt: string;
  staffName?: string | undefined;
}

const quoteStyle = {
  whiteSpace: "pre-wrap",
  borderLeft: "3px solid #e3dfd8",
  paddingLeft: 12,
  color: "#5c5852",
  margin: "8px 0 0",
} as const;

/** "Re: …" on one line whatever the stored subject holds, so it can never add a header. */
export function contactReplySubject(subject: string): string {
  return headerSafe(`Re: ${subject}`);
}

function sentOn(iso: string, shop: ShopIdentity, timeZone: string): string {
  return new Intl.DateTimeFormat(shop.locale, { dateStyle: "long", timeStyle: "short", timeZone }).format(
    new Date(iso),
  );
}

/** "> "-prefixed lines, the plain-text convention for a quoted message. */
function quoted(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => (line ? `> ${line}` : ">"))
    .join("\n");
}

export function ContactReply({
  shop,
  timeZone,
  name,
  subject,
  reply,
  original,
  originalSentAt,
  staffName,
}: ContactReplyProps & { shop: ShopIdentity; timeZone: string }) {
  return (
    <EmailLayout shop={shop} title={contactReplySubject(subject)}>
      <p>Dear {name},</p>
      <div style={{ whiteSpace: "pre-wrap" }}>{reply}</div>
      <p>
        Kind regards,
        <br />
        {staffName ? `${staffName}, ${shop.name}` : shop.name}
      </p>
      <hr style={{ border: 0, borderTop: "1px solid #e3dfd8", margin: "24px 0 12px" }} />
      <p style={{ margin: 0, color: "#5c5852" }}>
        On {sentOn(originalSentAt, shop, timeZone)} you wrote ({subject}):
      </p>
      <blockquote style={quoteStyle}>{original}</blockquote>
    </EmailLayout>
  );
}

export function contactReplyEmail(props: ContactReplyProps, shop: ShopIdentity, timeZone: string): RenderedEmail {
  return renderEmail(
    contactReplySubject(props.subject),
    <ContactReply shop={shop} timeZone={timeZone} {...props} />,
    textBody([
      `Dear ${props.name},`,
      props.reply,
      `Kind regards,\n${props.staffName ? `${props.staffName}, ${shop.name}` : shop.name}`,
      `On ${sentOn(props.originalSentAt, shop, timeZone)} you wrote (${props.subject}):\n${quoted(props.original)}`,
    ]),
  );
}
