import { db } from "@/lib/db";
import { issueFormToken } from "@/lib/contact/form-token";
import { contactMessageSchema } from "@/lib/contact/schemas";
import { MIN_FILL_MS } from "@/lib/contact/spam-score";
import { submitContactMessage } from "@/lib/contact/submit-contact-message";
import { clientAddress } from "@/lib/http/client-address";
import { handler } from "@/lib/http/handler";
import { languageFromAcceptLanguage } from "@/lib/i18n/languages";

/** Room for a 5,000-character message of multi-byte text plus the other fields; larger bodies get 413. */
const MAX_BODY_BYTES = 32 * 1024;

/** GET /api/contact: a form token for clients that build their own form (send it back after at least 2 s). */
export const GET = handler({ auth: "public" }, () =>
  Promise.resolve(
    Response.json(
      { formToken: issueFormToken(), minFillSeconds: MIN_FILL_MS / 1000 },
      { headers: { "cache-control": "no-store" } },
    ),
  ),
);

/**
 * POST /api/contact {name, email, subject, orderNumber?, message, consent: true, formToken, website: ""}
 * → 201 {id, received: true}. Messages filed as spam get the same answer, so a bot learns nothing.
 */
export const POST = handler(
  { auth: "public", body: contactMessageSchema, maxBodyBytes: MAX_BODY_BYTES },
  async ({ request, body }) => {
    const message = await submitContactMessage(db, body, {
      clientAddress: clientAddress(request.headers),
      language: languageFromAcceptLanguage(request.headers.get("accept-language")),
    });
    return Response.json({ id: message.id, received: true }, { status: 201, headers: { "cache-control": "no-store" } });
  },
);
