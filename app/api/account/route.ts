import { REGISTERED_MESSAGE } from "@/lib/accounts/messages";
import { registerCustomer } from "@/lib/accounts/register-customer";
import { registerSchema } from "@/lib/accounts/schemas";
import { db } from "@/lib/db";
import { clientAddress } from "@/lib/http/client-address";
import { handler } from "@/lib/http/handler";
import { languageFromAcceptLanguage } from "@/lib/i18n/languages";

// Registration for JSON clients. The answer is the same whether or not the address already had an account.
export const POST = handler(
  { auth: "public", body: registerSchema, maxBodyBytes: 4 * 1024 },
  async ({ request, body }) => {
    await registerCustomer(db, body, {
      clientAddress: clientAddress(request.headers),
      language: languageFromAcceptLanguage(request.headers.get("accept-language")),
    });
    return Response.json({ message: REGISTERED_MESSAGE }, { status: 202 });
  },
);
