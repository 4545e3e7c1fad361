"use server";

import { redirect } from "next/navigation";
import { changePassword } from "@/lib/accounts/change-password";
import { endAllSessions } from "@/lib/accounts/end-all-sessions";
import { RESET_REQUESTED_MESSAGE } from "@/lib/accounts/messages";
import { registerCustomer } from "@/lib/accounts/register-customer";
import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { resetPassword } from "@/lib/accounts/reset-password";
import {
  changePasswordSchema,
  forgotPasswordSchema,
  registerSchema,
  resetPasswordSchema,
} from "@/lib/accounts/schemas";
import { secondFactorPage } from "@/lib/auth/next-auth-options";
import { clearSessionCookie, readSessionClaims, startSession } from "@/lib/auth/session";
import { loginFormSchema, signInThroughNextAuth } from "@/lib/auth/sign-in-form";
import { db } from "@/lib/db";
import { translator } from "@/lib/i18n/translator";
import { clientAddress } from "@/lib/http/client-address";
import { requestHeaders } from "@/lib/http/request-cookies";
import { action } from "@/lib/http/action";
import { safeReturnPath } from "@/lib/http/safe-redirect";
import { localeHref } from "@/lib/i18n/paths";
import { currentLanguage } from "@/lib/i18n/request-language";
import { translateServerText } from "@/lib/i18n/server-text";
import { localizedReturnPath } from "./return-path";

// Login, registration, logout and passwords. Each action validates with the shared schema, checks who is
// asking where it matters, and calls one domain function.

async function requestOrigin() {
  return { clientAddress: clientAddress(await requestHeaders()), language: await currentLanguage() };
}

export const logInAction = action({ schema: loginFormSchema, auth: "public" }, async (input, { formData }) => {
  const next = safeReturnPath(formData.get("next"));
  // Through next-auth's credentials sign-in (its CSRF check, the Credentials provider, its session cookie); this
  // action keeps the no-JS form's field errors, the entered address and the page's language.
  const step = await signInThroughNextAuth(input, next);
  redirect(await localizedReturnPath(step.kind === "session" ? next : secondFactorPage(step, next)));
});

export const registerAction = action({ schema: registerSchema, auth: "public" }, async (input) => {
  await registerCustomer(db, input, await requestOrigin());
  redirect(await localeHref("/login?registered=1"));
});

export const logOutAction = action({ auth: "public", shopper: true }, async ({ user }): Promise<void> => {
  // Logging out twice, or with an already ended session, simply lands on the home page.
  if (user) await endAllSessions(db, user.id);
  await clearSessionCookie();
  redirect(await localeHref("/"));
});

export const forgotPasswordAction = action({ schema: forgotPasswordSchema, auth: "public" }, async (input) => {
  await requestPasswordReset(db, input, await requestOrigin());
  return { status: "success", message: translateServerText(RESET_REQUESTED_MESSAGE, await currentLanguage()) };
});

export const resetPasswordAction = action({ schema: resetPasswordSchema, auth: "public" }, async (input) => {
  await resetPassword(db, input, await requestOrigin());
  await clearSessionCookie();
  redirect(await localeHref("/login?reset=1"));
});

export const changePasswordAction = action(
  { schema: changePasswordSchema, auth: "customer" },
  async (input, { user }) => {
    const { sessionVersion } = await changePassword(db, user.id, input);
    // Every other session has ended; this device stays logged in with a new cookie, as it signed in.
    const secondFactor = (await readSessionClaims())?.secondFactor === true;
    await startSession({ userId: user.id, sessionVersion, secondFactor });
    const t = translator(await currentLanguage());
    return { status: "success", message: t("account.passwordChanged") };
  },
);
