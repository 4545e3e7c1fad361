import type { ShopIdentity } from "@/lib/shop/shop-identity";
import { type EmailLanguage, emailLanguage } from "./email-language";
import { EmailLayout, buttonStyle, textSignature } from "./email-layout";
import { type RenderedEmail, renderEmail, textBody } from "./rendered-email";

export interface WelcomeProps {
  name: string;
  /** The language the account was registered in; by default the shop's. */
  language?: string | undefined;
}

export function Welcome({ shop, name, lang }: WelcomeProps & { shop: ShopIdentity; lang: EmailLanguage }) {
  const { t } = lang;
  return (
    <EmailLayout shop={shop} title={t("email.welcome.subject", { shop: shop.name })} language={lang.language}>
      <h1 style={{ fontSize: 22 }}>{t("email.welcome.heading", { name })}</h1>
      <p>{t("email.welcome.body", { shop: shop.name })}</p>
      <p>
        <a href={`${shop.baseUrl}${lang.path("/account")}`} style={buttonStyle}>
          {t("email.welcome.button")}
        </a>
      </p>
    </EmailLayout>
  );
}

export function welcomeEmail(props: WelcomeProps, shop: ShopIdentity): RenderedEmail {
  const lang = emailLanguage(props.language);
  const { t } = lang;
  return renderEmail(
    t("email.welcome.subject", { shop: shop.name }),
    <Welcome shop={shop} {...props} lang={lang} />,
    textBody([
      t("email.welcome.heading", { name: props.name }),
      t("email.welcome.body", { shop: shop.name }),
      t("email.welcome.link", { url: `${shop.baseUrl}${lang.path("/account")}` }),
      textSignature(shop),
    ]),
  );
}
