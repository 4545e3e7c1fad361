import { TWO_FACTOR_PENDING_COOKIE } from "@/lib/auth/cookie-names";
import { openSession } from "@/lib/auth/open-session";
import { db } from "@/lib/db";
import { handler } from "@/lib/http/handler";
import { cookieValue } from "@/lib/http/request-cookies";
import { completeSignInWithCode } from "@/lib/two-factor/complete-sign-in";
import { verifySignInBodySchema } from "@/lib/two-factor/schemas";

// The second step of a JSON sign-in: `{ code, remember? }` with the pending cookie that POST /api/session set.
// 401 for a wrong, replayed or expired code, 429 after five wrong codes.

export const POST = handler(
  { auth: "public", body: verifySignInBodySchema, maxBodyBytes: 1024 },
  async ({ request, body }) => {
    const signedIn = await completeSignInWithCode(
      db,
      cookieValue(request.headers.get("cookie"), TWO_FACTOR_PENDING_COOKIE),
      body,
    );
    await openSession(signedIn);
    return { userId: signedIn.claims.userId };
  },
);
