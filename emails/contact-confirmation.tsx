import type { ShopIdentity } from "@/lib/shop/shop-identity";
import type { ContactMessageProps } from "./contact-message";
import { type EmailLanguage, emailLanguage } from "./email-language";
import { EmailLayout, textSignature } from "./email-layout";
import { type RenderedEmail, renderEmail, textBody } from "./rendered-email";

export function ContactConfirmation({
  shop,
  name,
  subject,
  body,
  lang,
}: ContactMessageProps & { shop: ShopIdentity; lang: EmailLanguage }) {
  const { t } = lang;
  return (
    <EmailLayout shop={shop} title={t("email.contactConfirmation.title")} language={lang.language}>
      <h1 style={{ fontSize: 22 }}>{t("email.contactConfirmation.heading", { name })}</h1>
      <p>{t("email.contactConfirmation.body")}</p>
      <p>{t("email.contactConfirmation.subjectLine", { subject })}</p>
      <div style={{ whiteSpace: "pre-wrap", borderLeft: "3px solid #e3dfd8", paddingLeft: 12 }}>{body}</div>
    </EmailLayout>
  );
}

/** The sender's copy of their message, in the language they wrote in. */
export function contactConfirmationEmail(props: ContactMessageProps, shop: ShopIdentity): RenderedEmail {
  const lang = emailLanguage(props.language);
  const { t } = lang;
  return renderEmail(
    t("email.contactConfirmation.subject", { subject: props.subject }),
    <ContactConfirmation shop={shop} {...props} lang={lang} />,
    textBody([
      t("email.contactConfirmation.heading", { name: props.name }),
      t("email.contactConfirmation.body"),
      t("email.contactConfirmation.subjectLine", { subject: props.subject }),
      props.body,
      textSignature(shop),
    ]),
  );
}
