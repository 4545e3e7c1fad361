import type { ShopIdentity } from "@/lib/shop/shop-identity";
import { EmailLayout, buttonStyle, textSignature } from "./email-layout";
import { type RenderedEmail, renderEmail, textBody } from "./rendered-email";

export interface WebhookEndpointDisabledProps {
  endpointId: string;
  url: string;
  reason: string;
}

export function WebhookEndpointDisabled({
  shop,
  endpointId,
  url,
  reason,
}: WebhookEndpointDisabledProps & { shop: ShopIdentity }) {
  return (
    <EmailLayout shop={shop} title="A webhook endpoint was turned off">
      <h1 style={{ fontSize: 22 }}>A webhook endpoint was turned off</h1>
      <p>
        The shop could not deliver events to <strong>{url}</strong> and has stopped sending to it.
      </p>
      <p>{reason}</p>
      <p>
        Events that are still waiting are kept. Turn the endpoint on again once it answers, and they go out in order.
      </p>
      <p>
        <a href={`${shop.baseUrl}/admin/webhooks/${endpointId}`} style={buttonStyle}>
          Open the endpoint
        </a>
      </p>
    </EmailLayout>
  );
}

export function webhookEndpointDisabledEmail(props: WebhookEndpointDisabledProps, shop: ShopIdentity): RenderedEmail {
  return renderEmail(
    "A webhook endpoint was turned off",
    <WebhookEndpointDisabled shop={shop} {...props} />,
    textBody([
      "A webhook endpoint was turned off",
      `The shop could not deliver events to ${props.url} and has stopped sending to it.`,
      props.reason,
      "Events that are still waiting are kept. Turn the endpoint on again once it answers, and they go out in order.",
      `The endpoint: ${shop.baseUrl}/admin/webhooks/${props.endpointId}`,
      textSignature(shop),
    ]),
  );
}
