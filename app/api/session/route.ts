import { cookieJar } from "@/lib/http/request-cookies";
import { endAllSessions } from "@/lib/accounts/end-all-sessions";
import { logIn } from "@/lib/accounts/log-in";
import { loginSchema } from "@/lib/accounts/schemas";
import { afterLogin } from "@/lib/auth/after-login";
import { requireUser } from "@/lib/auth/guards";
import { KNOWN_DEVICE_COOKIE } from "@/lib/auth/cookie-names";
import { clearSessionCookie, rememberDevice, startSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { clientAddress } from "@/lib/http/client-address";
import { handler } from "@/lib/http/handler";
import { cookieValue } from "@/lib/http/shopper";

// Log in (POST) and log out everywhere (DELETE) for JSON clients; the login form uses the same domain function.

export const POST = handler({ body: loginSchema, maxBodyBytes: 4 * 1024 }, async ({ request, body }) => {
  const session = await logIn(db, body, {
    clientAddress: clientAddress(request.headers),
    deviceToken: cookieValue(request.headers.get("cookie"), KNOWN_DEVICE_COOKIE),
  });
  await startSession(session);
  await rememberDevice(session.deviceToken);
  await afterLogin(session.userId, await cookieJar());
  return { userId: session.userId };
});

export const DELETE = handler({}, async () => {
  const user = await requireUser();
  await endAllSessions(db, user.id);
  await clearSessionCookie();
  return new Response(null, { status: 204 });
});
