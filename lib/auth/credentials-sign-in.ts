import { logIn } from "@/lib/accounts/log-in";
import { loginSchema } from "@/lib/accounts/schemas";
import { db } from "@/lib/db";
import { clientAddress } from "@/lib/http/client-address";
import { requestHeaders } from "@/lib/http/request-cookies";
import { type SignInStep, afterPassword } from "@/lib/two-factor/sign-in-step";
import { deviceTokenFromCookies, trustedDeviceFromCookies } from "./session";

/**
 * The Credentials provider's check (lib/auth/next-auth-options.ts): the shop's password sign-in with its throttling,
 * its one answer for every wrong address or password, the staff single-sign-on rule and the second-factor step.
 * Throws AppError (or ZodError for a malformed form) on refusal.
 */
export async function signInWithPassword(
  credentials: Record<string, string> | undefined,
): Promise<{ userId: string; step: SignInStep }> {
  const input = loginSchema.parse({ email: credentials?.email, password: credentials?.password });
  const loggedIn = await logIn(db, input, {
    clientAddress: clientAddress(await requestHeaders()),
    deviceToken: await deviceTokenFromCookies(),
  });
  const step = await afterPassword(db, loggedIn, await trustedDeviceFromCookies());
  return { userId: loggedIn.userId, step };
}
