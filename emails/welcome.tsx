import type { ShopIdentity } from "@/lib/shop/shop-identity";
import { EmailLayout, buttonStyle, textSignature } from "./email-layout";
import { type RenderedEmail, renderEmail, textBody } from "./rendered-email";

export interface WelcomeProps {
  name: string;
}

export function Welcome({ shop, name }: WelcomeProps & { shop: ShopIdentity }) {
  return (
    <EmailLayout shop={shop} title={`Welcome to ${shop.name}`}>
      <h1 style={{ fontSize: 22 }}>Welcome, {name}</h1>
      <p>Your account at {shop.name} is ready. You can follow your orders and download invoices in your account.</p>
      <p>
        <a href={`${shop.baseUrl}/account`} style={buttonStyle}>
          Go to your account
        </a>
      </p>
    </EmailLayout>
  );
}

export function welcomeEmail(props: WelcomeProps, shop: ShopIdentity): RenderedEmail {
  return renderEmail(
    `Welcome to ${shop.name}`,
    <Welcome shop={shop} {...props} />,
    textBody([
      `Welcome, ${props.name}`,
      `Your account at ${shop.name} is ready. You can follow your orders and download invoices in your account.`,
      `Your account: ${shop.baseUrl}/account`,
      textSignature(shop),
    ]),
  );
}
