import type { ShopIdentity } from "@/lib/shop/shop-identity";
import { type EmailLanguage, emailLanguage } from "./email-language";
import { EmailLayout, buttonStyle, textSignature } from "./email-layout";
import { type RenderedEmail, renderEmail, textBody } from "./rendered-email";

// Sent when two-factor sign-in is turned on or off, or reset by an administrator, so an owner learns of a change
// they did not make.

export type TwoFactorChange = "enabled" | "disabled" | "reset";

function wording(change: TwoFactorChange, { t }: EmailLanguage): { subject: string; body: string } {
  if (change === "enabled")
    return { subject: t("email.twoFactor.enabledSubject"), body: t("email.twoFactor.enabledBody") };
  if (change === "reset") return { subject: t("email.twoFactor.resetSubject"), body: t("email.twoFactor.resetBody") };
  return { subject: t("email.twoFactor.disabledSubject"), body: t("email.twoFactor.disabledBody") };
}

const settingsUrl = (shop: ShopIdentity, lang: EmailLanguage) => `${shop.baseUrl}${lang.path("/account/two-factor")}`;

function TwoFactorChanged({
  shop,
  name,
  change,
  lang,
}: {
  shop: ShopIdentity;
  name: string;
  change: TwoFactorChange;
  lang: EmailLanguage;
}) {
  const { t } = lang;
  const { subject, body } = wording(change, lang);
  return (
    <EmailLayout shop={shop} title={subject} language={lang.language}>
      <h1 style={{ fontSize: 22 }}>{subject}</h1>
      <p>{t("email.common.hello", { name })}</p>
      <p>{body}</p>
      <p>{t("email.twoFactor.notYou")}</p>
      <p>
        <a href={settingsUrl(shop, lang)} style={buttonStyle}>
          {t("email.twoFactor.button")}
        </a>
      </p>
    </EmailLayout>
  );
}

/** In the language of the request that made the change (by default the shop's). */
export function twoFactorChangedEmail(
  change: TwoFactorChange,
  props: { name: string; language?: string | undefined },
  shop: ShopIdentity,
): RenderedEmail {
  const lang = emailLanguage(props.language);
  const { t } = lang;
  const { subject, body } = wording(change, lang);
  return renderEmail(
    `${subject} · ${shop.name}`,
    <TwoFactorChanged shop={shop} name={props.name} change={change} lang={lang} />,
    textBody([
      t("email.common.hello", { name: props.name }),
      body,
      t("email.twoFactor.notYou"),
      t("email.twoFactor.link", { url: settingsUrl(shop, lang) }),
      textSignature(shop),
    ]),
  );
}
