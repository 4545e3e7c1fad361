"use server";

import { redirect } from "next/navigation";
import { openSession } from "@/lib/auth/open-session";
import { pendingSignInFromCookies } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { translator } from "@/lib/i18n/translator";
import { currentLanguage } from "@/lib/i18n/request-language";
import { action } from "@/lib/http/action";
import { safeReturnPath } from "@/lib/http/safe-redirect";
import { completeSignInWithCode, completeSignInWithEnrolment } from "@/lib/two-factor/complete-sign-in";
import { confirmEnrolmentSchema, verifySignInSchema } from "@/lib/two-factor/schemas";
import type { EnrolmentState } from "@/app/(account)/_components/two-factor-setup";
import { localizedReturnPath } from "@/app/(account)/return-path";

// The second step of a sign-in. Only the pending cookie from a correct password lets anyone this far; the session
// starts here, once the code is right.

export const verifyCodeAction = action({ schema: verifySignInSchema, auth: "public" }, async (input, { formData }) => {
  await openSession(await completeSignInWithCode(db, await pendingSignInFromCookies(), input));
  redirect(await localizedReturnPath(safeReturnPath(formData.get("next"))));
});

export const confirmSignInEnrolmentAction = action(
  { schema: confirmEnrolmentSchema, auth: "public" },
  async ({ code }): Promise<EnrolmentState> => {
    const signedIn = await completeSignInWithEnrolment(
      db,
      await pendingSignInFromCookies(),
      code,
      undefined,
      await currentLanguage(),
    );
    await openSession(signedIn);
    const t = translator(await currentLanguage());
    return { status: "success", message: t("twoFactor.enabledSignedIn"), recoveryCodes: signedIn.recoveryCodes };
  },
);
