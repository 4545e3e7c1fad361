import { checkoutOptions } from "@/lib/checkout/checkout-options";
import { checkoutOptionsQuerySchema } from "@/lib/checkout/schemas";
import { db } from "@/lib/db";
import { getShopSettings } from "@/lib/delivery/settings-cache";
import { handler } from "@/lib/http/handler";
import { cartRefFromRequest } from "@/lib/http/shopper";
import { paymentCapabilities } from "@/lib/payments/payment-mode";

/** The delivery options for a country and the caller's cart, with the payment methods each allows. */
export const GET = handler({ query: checkoutOptionsQuerySchema }, async ({ query, request }) => {
  const options = await checkoutOptions(
    db,
    await cartRefFromRequest(request),
    query.country,
    await getShopSettings(),
    paymentCapabilities(),
  );
  return Response.json(options, { headers: { "cache-control": "private, no-store" } });
});
