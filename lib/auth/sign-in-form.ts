import { NextResponse } from "next/server";
import type { z } from "zod";
import { loginSchema } from "@/lib/accounts/schemas";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { cookieJar, requestHeaders } from "@/lib/http/request-cookies";
import type { SignInStep } from "@/lib/two-factor/sign-in-step";
import { safeString } from "@/lib/validation";
import { callNextAuth, refusedForCsrf } from "./next-auth-request";
import { CSRF_REFUSED } from "./sign-in-refusal";

/** The login form: e-mail, password and next-auth's CSRF token (lib/auth/csrf-cookie.ts). */
export const loginFormSchema = loginSchema.extend({ csrfToken: safeString().max(200).default("") });

/**
 * The login form's sign-in, run through next-auth's credentials callback inside the server action: next-auth checks
 * the form's CSRF token against its cookie, calls the Credentials provider (the shop's password check) and issues
 * the session cookie, which is passed on to the browser with the action's answer. A refusal is thrown as the shop's
 * AppError, so the form shows it next to the entered address.
 */
export async function signInThroughNextAuth(input: z.infer<typeof loginFormSchema>, next: string): Promise<SignInStep> {
  const { response, outcome } = await callNextAuth({
    url: new URL("/api/auth/callback/credentials", env.PUBLIC_BASE_URL).href,
    method: "POST",
    headers: new Headers(await requestHeaders()),
    segments: ["callback", "credentials"],
    fields: { email: input.email, password: input.password, csrfToken: input.csrfToken },
    next,
  });
  if (refusedForCsrf(response)) throw new AppError("forbidden", CSRF_REFUSED);
  if (outcome.refusal) throw outcome.refusal;
  if (!outcome.step) throw new Error(`next-auth answered the sign-in with ${response.status}`);
  const jar = await cookieJar();
  for (const cookie of new NextResponse(null, { headers: response.headers }).cookies.getAll()) jar.set(cookie);
  return outcome.step;
}
