"use server";

import { revalidatePath } from "next/cache";
import { startSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { translator } from "@/lib/i18n/translator";
import { currentLanguage } from "@/lib/i18n/request-language";
import { action } from "@/lib/http/action";
import { confirmEnrolment } from "@/lib/two-factor/confirm-enrolment";
import { disableTwoFactor } from "@/lib/two-factor/disable-two-factor";
import { confirmEnrolmentSchema, disableTwoFactorSchema } from "@/lib/two-factor/schemas";
import type { EnrolmentState } from "@/app/(account)/_components/two-factor-setup";

// Turning two-factor sign-in on or off for the signed-in account, and only that account: the user comes from the
// session, never from the form.

export const enableTwoFactorAction = action(
  { schema: confirmEnrolmentSchema, auth: "customer" },
  async ({ code }, { user }): Promise<EnrolmentState> => {
    const enrolled = await confirmEnrolment(db, user.id, code, undefined, await currentLanguage());
    // Other sessions (opened with the password alone) have ended; this one goes on, now with the second factor.
    await startSession({ userId: user.id, sessionVersion: enrolled.sessionVersion, secondFactor: true });
    const t = translator(await currentLanguage());
    return { status: "success", message: t("twoFactor.enabledSignedOut"), recoveryCodes: enrolled.recoveryCodes };
  },
);

export const disableTwoFactorAction = action(
  { schema: disableTwoFactorSchema, auth: "customer" },
  async (input, { user }) => {
    await disableTwoFactor(db, user.id, input, undefined, await currentLanguage());
    revalidatePath("/account/two-factor");
    const t = translator(await currentLanguage());
    return { status: "success", message: t("twoFactor.disabled") };
  },
);
