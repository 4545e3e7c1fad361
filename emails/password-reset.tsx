import type { ShopIdentity } from "@/lib/shop/shop-identity";
import { type EmailLanguage, emailLanguage } from "./email-language";
import { EmailLayout, buttonStyle, linkStyle, textSignature } from "./email-layout";
import { type RenderedEmail, renderEmail, textBody } from "./rendered-email";

export interface PasswordResetProps {
  name: string;
  resetUrl: string;
  expiresInMinutes: number;
  /** The language of the request that asked for the reset; by default the shop's. */
  language?: string | undefined;
}

export function PasswordReset({
  shop,
  name,
  resetUrl,
  expiresInMinutes,
  lang,
}: PasswordResetProps & { shop: ShopIdentity; lang: EmailLanguage }) {
  const { t } = lang;
  return (
    <EmailLayout shop={shop} title={t("email.passwordReset.heading")} language={lang.language}>
      <h1 style={{ fontSize: 22 }}>{t("email.passwordReset.heading")}</h1>
      <p>{t("email.common.hello", { name })}</p>
      <p>{t("email.passwordReset.body", { shop: shop.name, minutes: expiresInMinutes })}.</p>
      <p>
        <a href={resetUrl} style={buttonStyle}>
          {t("email.passwordReset.button")}
        </a>
      </p>
      <p style={{ fontSize: 13 }}>
        {t("email.passwordReset.paste")}{" "}
        <a href={resetUrl} style={linkStyle}>
          {resetUrl}
        </a>
      </p>
      <p>{t("email.passwordReset.notYou")}</p>
    </EmailLayout>
  );
}

export function passwordResetEmail(props: PasswordResetProps, shop: ShopIdentity): RenderedEmail {
  const lang = emailLanguage(props.language);
  const { t } = lang;
  return renderEmail(
    t("email.passwordReset.subject", { shop: shop.name }),
    <PasswordReset shop={shop} {...props} lang={lang} />,
    textBody([
      t("email.common.hello", { name: props.name }),
      `${t("email.passwordReset.body", { shop: shop.name, minutes: props.expiresInMinutes })}:`,
      props.resetUrl,
      t("email.passwordReset.notYou"),
      textSignature(shop),
    ]),
  );
}
