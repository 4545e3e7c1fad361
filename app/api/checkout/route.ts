import { checkoutOrder } from "@/lib/checkout/checkout-order";
import { checkoutSchema } from "@/lib/checkout/schemas";
import { db } from "@/lib/db";
import { clientAddress } from "@/lib/http/client-address";
import { handler } from "@/lib/http/handler";
import { languageFromAcceptLanguage } from "@/lib/i18n/languages";

/** Places the caller's cart as an order (prices from the server only) and starts the payment. */
export const POST = handler(
  { auth: "public", shopper: true, body: checkoutSchema, maxBodyBytes: 16 * 1024 },
  async ({ body, request, cart }) => {
    const result = await checkoutOrder(db, {
      ref: cart,
      checkout: body,
      clientAddress: clientAddress(request.headers),
      language: languageFromAcceptLanguage(request.headers.get("accept-language")),
    });
    return Response.json(result, { status: 201 });
  },
);
