import { checkoutOptions } from "@/lib/checkout/checkout-options";
import { checkoutOptionsQuerySchema } from "@/lib/checkout/schemas";
import { db } from "@/lib/db";
import { getShopSettings } from "@/lib/delivery/settings-cache";
import { handler } from "@/lib/http/handler";
import { languageFromAcceptLanguage } from "@/lib/i18n/languages";
import { paymentCapabilities } from "@/lib/payments/payment-mode";

/** The delivery options for a country and the caller's cart, with the payment methods each allows, in the
 * language Accept-Language asks for. */
export const GET = handler(
  { auth: "public", shopper: true, query: checkoutOptionsQuerySchema },
  async ({ query, cart, request }) => {
    const language = languageFromAcceptLanguage(request.headers.get("accept-language"));
    const settings = await getShopSettings();
    const options = await checkoutOptions(db, cart, query.country, settings, paymentCapabilities(), language);
    return Response.json(options, { headers: { "cache-control": "private, no-store", "content-language": language } });
  },
);
