import type { ShopIdentity } from "@/lib/shop/shop-identity";
import { EmailLayout, buttonStyle, textSignature } from "./email-layout";
import { type RenderedEmail, renderEmail, textBody } from "./rendered-email";

// Sent when two-factor sign-in is turned on or off, so an owner learns of a change they did not make.

export type TwoFactorChange = "enabled" | "disabled";

const wording: Record<TwoFactorChange, { subject: string; body: string }> = {
  enabled: {
    subject: "Two-factor sign-in is on",
    body: "Two-factor sign-in has been turned on for your account: signing in now also needs a code from your authenticator app or one of your recovery codes.",
  },
  disabled: {
    subject: "Two-factor sign-in is off",
    body: "Two-factor sign-in has been turned off for your account: signing in now needs only your password.",
  },
};

const NOT_YOU = "If you did not do this, change your password at once and contact us.";

function TwoFactorChanged({ shop, name, change }: { shop: ShopIdentity; name: string; change: TwoFactorChange }) {
  const { subject, body } = wording[change];
  return (
    <EmailLayout shop={shop} title={subject}>
      <h1 style={{ fontSize: 22 }}>{subject}</h1>
      <p>Hello {name},</p>
      <p>{body}</p>
      <p>{NOT_YOU}</p>
      <p>
        <a href={`${shop.baseUrl}/account/two-factor`} style={buttonStyle}>
          Review your sign-in settings
        </a>
      </p>
    </EmailLayout>
  );
}

export function twoFactorChangedEmail(
  change: TwoFactorChange,
  props: { name: string },
  shop: ShopIdentity,
): RenderedEmail {
  const { subject, body } = wording[change];
  return renderEmail(
    `${subject} · ${shop.name}`,
    <TwoFactorChanged shop={shop} name={props.name} change={change} />,
    textBody([
      `Hello ${props.name},`,
      body,
      NOT_YOU,
      `Your sign-in settings: ${shop.baseUrl}/account/two-factor`,
      textSignature(shop),
    ]),
  );
}
