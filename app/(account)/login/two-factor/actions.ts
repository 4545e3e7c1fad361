"use server";

import { redirect } from "next/navigation";
import { openSession } from "@/lib/auth/open-session";
import { pendingSignInFromCookies } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { translator } from "@/lib/i18n/translator";
import { currentLanguage } from "@/lib/i18n/request-language";
import { type FormState } from "@/lib/http/form-state";
import { runFormAction } from "@/lib/http/run-form-action";
import { safeReturnPath } from "@/lib/http/safe-redirect";
import { completeSignInWithCode, completeSignInWithEnrolment } from "@/lib/two-factor/complete-sign-in";
import { confirmEnrolmentSchema, verifySignInSchema } from "@/lib/two-factor/schemas";
import type { EnrolmentState } from "@/app/(account)/_components/two-factor-setup";
import { localizedReturnPath } from "@/app/(account)/return-path";

// The second step of a sign-in. Only the pending cookie from a correct password lets anyone this far; the session
// starts here, once the code is right.

export async function verifyCodeAction(_state: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormAction(verifySignInSchema, formData, async (input) => {
    await openSession(await completeSignInWithCode(db, await pendingSignInFromCookies(), input));
  });
  if (result.status === "success") redirect(await localizedReturnPath(safeReturnPath(formData.get("next"))));
  return result;
}

export async function confirmSignInEnrolmentAction(
  _state: EnrolmentState,
  formData: FormData,
): Promise<EnrolmentState> {
  let recoveryCodes: string[] = [];
  const result = await runFormAction(confirmEnrolmentSchema, formData, async ({ code }) => {
    const signedIn = await completeSignInWithEnrolment(
      db,
      await pendingSignInFromCookies(),
      code,
      undefined,
      await currentLanguage(),
    );
    await openSession(signedIn);
    recoveryCodes = signedIn.recoveryCodes;
  });
  if (result.status !== "success") return result;
  const t = translator(await currentLanguage());
  return { status: "success", message: t("twoFactor.enabledSignedIn"), recoveryCodes };
}
