import type { ShopIdentity } from "@/lib/shop/shop-identity";
import { EmailLayout, buttonStyle, linkStyle, textSignature } from "./email-layout";
import { type RenderedEmail, renderEmail, textBody } from "./rendered-email";

export interface PasswordResetProps {
  name: string;
  resetUrl: string;
  expiresInMinutes: number;
}

export function PasswordReset({ shop, name, resetUrl, expiresInMinutes }: PasswordResetProps & { shop: ShopIdentity }) {
  return (
    <EmailLayout shop={shop} title="Reset your password">
      <h1 style={{ fontSize: 22 }}>Reset your password</h1>
      <p>Hello {name},</p>
      <p>
        Someone asked to reset the password of your {shop.name} account. The link works once, for {expiresInMinutes}{" "}
        minutes.
      </p>
      <p>
        <a href={resetUrl} style={buttonStyle}>
          Choose a new password
        </a>
      </p>
      <p style={{ fontSize: 13 }}>
        Or paste this address into your browser:{" "}
        <a href={resetUrl} style={linkStyle}>
          {resetUrl}
        </a>
      </p>
      <p>If it was not you, ignore this e-mail: your password stays as it is.</p>
    </EmailLayout>
  );
}

export function passwordResetEmail(props: PasswordResetProps, shop: ShopIdentity): RenderedEmail {
  return renderEmail(
    `Reset your ${shop.name} password`,
    <PasswordReset shop={shop} {...props} />,
    textBody([
      `Hello ${props.name},`,
      `Someone asked to reset the password of your ${shop.name} account. The link works once, for ${props.expiresInMinutes} minutes:`,
      props.resetUrl,
      "If it was not you, ignore this e-mail: your password stays as it is.",
      textSignature(shop),
    ]),
  );
}
