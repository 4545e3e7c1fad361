import type { ShopIdentity } from "@/lib/shop/shop-identity";
import { headerSafe } from "@/lib/mail/header-safe";
import { type EmailLanguage, emailLanguage } from "./email-language";
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
  /** The language the visitor wrote in; the reply's own words and dates speak it (by default the shop's). */
  language?: string | undefined;
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

function sentOn(iso: string, lang: EmailLanguage, timeZone: string): string {
  return new Intl.DateTimeFormat(lang.locale, { dateStyle: "long", timeStyle: "short", timeZone }).format(
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
  lang,
}: ContactReplyProps & { shop: ShopIdentity; timeZone: string; lang: EmailLanguage }) {
  const { t } = lang;
  return (
    <EmailLayout shop={shop} title={contactReplySubject(subject)} language={lang.language}>
      <p>{t("email.contactReply.dear", { name })}</p>
      <div style={{ whiteSpace: "pre-wrap" }}>{reply}</div>
      <p>
        {t("email.contactReply.regards")}
        <br />
        {staffName ? `${staffName}, ${shop.name}` : shop.name}
      </p>
      <hr style={{ border: 0, borderTop: "1px solid #e3dfd8", margin: "24px 0 12px" }} />
      <p style={{ margin: 0, color: "#5c5852" }}>
        {t("email.contactReply.youWrote", { date: sentOn(originalSentAt, lang, timeZone), subject })}
      </p>
      <blockquote style={quoteStyle}>{original}</blockquote>
    </EmailLayout>
  );
}

/** Staff's answer, framed (greeting, sign-off, the quoted message) in the language the visitor wrote in. */
export function contactReplyEmail(props: ContactReplyProps, shop: ShopIdentity, timeZone: string): RenderedEmail {
  const lang = emailLanguage(props.language);
  const { t } = lang;
  const wrote = t("email.contactReply.youWrote", {
    date: sentOn(props.originalSentAt, lang, timeZone),
    subject: props.subject,
  });
  return renderEmail(
    contactReplySubject(props.subject),
    <ContactReply shop={shop} timeZone={timeZone} {...props} lang={lang} />,
    textBody([
      t("email.contactReply.dear", { name: props.name }),
      props.reply,
      `${t("email.contactReply.regards")}\n${props.staffName ? `${props.staffName}, ${shop.name}` : shop.name}`,
      `${wrote}\n${quoted(props.original)}`,
    ]),
  );
}
