import { checkoutOptions } from "@/lib/checkout/checkout-options";
import { checkoutOptionsQuerySchema } from "@/lib/checkout/schemas";
import { db } from "@/lib/db";
import { getShopSettings } from "@/lib/delivery/settings-cache";
import { handler } from "@/lib/http/handler";
import { paymentCapabilities } from "@/lib/payments/payment-mode";

/** The delivery options for a country and the caller's cart, with the payment methods each allows. */
export const GET = handler(
  { auth: "public", shopper: true, query: checkoutOptionsQuerySchema },
  async ({ query, cart }) => {
    const options = await checkoutOptions(db, cart, query.country, await getShopSettings(), paymentCapabilities());
    return Response.json(options, { headers: { "cache-control": "private, no-store" } });
  },
);
